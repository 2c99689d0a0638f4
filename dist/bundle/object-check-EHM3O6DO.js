import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
} from "./chunk-ZJ4NDIQE.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-QG2N2GK7.js";
import "./chunk-QY4OY53H.js";
import "./chunk-YXRG2AV3.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
};
