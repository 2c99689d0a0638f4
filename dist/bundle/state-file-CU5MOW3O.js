import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-7TAFW4WG.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-XA3JAQEP.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-TXM4O5N7.js";
import "./chunk-XXO6VIIM.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
