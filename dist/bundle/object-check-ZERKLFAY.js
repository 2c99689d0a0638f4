import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
} from "./chunk-LLILESIT.js";
import "./chunk-4RO7MJC2.js";
import "./chunk-JBEBRESV.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-QY4OY53H.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
};
