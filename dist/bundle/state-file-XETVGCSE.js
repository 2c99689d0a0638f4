import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{AzureStateError,parseAzureState,parseAzureStateValue,readAzureStateFile}from"./chunk-MDODL3PB.js";import"./chunk-M725RUOV.js";import"./chunk-Y6G5BNZH.js";import"./chunk-BLXFZMSS.js";export{AzureStateError,parseAzureState,parseAzureStateValue,readAzureStateFile};
