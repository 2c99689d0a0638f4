import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-4FIGMFID.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-SANQURRP.js";
import "./chunk-ESD7XBSS.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
