import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
} from "./chunk-XR4NS3EL.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-JCEHLXCJ.js";
import "./chunk-QY4OY53H.js";
import "./chunk-TQVEPBNK.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
};
