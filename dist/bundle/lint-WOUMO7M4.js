import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-YTJ55LPK.js";
import "./chunk-5EAPVYBK.js";
import "./chunk-5AM7KZQY.js";
import "./chunk-Z3ZAT2ZE.js";
import "./chunk-JY5FJ42G.js";
import "./chunk-RVPLG47E.js";
import "./chunk-O4NO5VXQ.js";
import "./chunk-3SNA73N5.js";
import "./chunk-MNRA6QIC.js";
import "./chunk-P4EUQCNS.js";
import "./chunk-66VMUO7N.js";
import "./chunk-5WKROK5L.js";
import "./chunk-4FIGMFID.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-SANQURRP.js";
import "./chunk-ESD7XBSS.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-N2TPPX43.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
};
