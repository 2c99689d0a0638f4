import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-IO4Y5HZJ.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-LZNGADLU.js";
import "./chunk-MY3R5JWW.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-HF3CCHUE.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-YXRG2AV3.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
