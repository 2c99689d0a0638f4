import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
} from "./chunk-5WKROK5L.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
};
