import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-B4XPGSXU.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-TKCDLGES.js";
import "./chunk-S7VOPU5P.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-JMBLEY6S.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-XXO6VIIM.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
