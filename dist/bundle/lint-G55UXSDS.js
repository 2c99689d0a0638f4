import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
} from "./chunk-RVPLG47E.js";
import "./chunk-O4NO5VXQ.js";
import "./chunk-3SNA73N5.js";
import "./chunk-MNRA6QIC.js";
import "./chunk-P4EUQCNS.js";
import "./chunk-66VMUO7N.js";
import "./chunk-5WKROK5L.js";
import "./chunk-SANQURRP.js";
import "./chunk-ESD7XBSS.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
};
