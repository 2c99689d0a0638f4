import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-OU7R6S6J.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-FOFA6HVA.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-PW3W5A5W.js";
import "./chunk-ZDB6EABT.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
