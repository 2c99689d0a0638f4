import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-JYMQCM3M.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-Z3WCSX2U.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-JHCHKXDZ.js";
import "./chunk-YXRG2AV3.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
