import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-6NYIQQ5E.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-7GZ6RRWO.js";
import "./chunk-F2US2CH2.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-JBEBRESV.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
