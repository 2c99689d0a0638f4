import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-5GH3NY5X.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-T46GUYNA.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-AQQHK5VK.js";
import "./chunk-TQVEPBNK.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
