import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-TBJF3ZVN.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-2SM5UPEO.js";
import "./chunk-AXDFK3GF.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-2QQBRAC2.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
