import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
} from "./chunk-HVRIC4LX.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-DSVTONXW.js";
import "./chunk-QY4OY53H.js";
import "./chunk-XXO6VIIM.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
};
