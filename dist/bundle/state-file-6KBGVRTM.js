import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-WSFXPVV4.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-Y6WYFADE.js";
import "./chunk-SBXSD4C3.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-NJSZTEWF.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
