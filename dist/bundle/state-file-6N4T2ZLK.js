import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
} from "./chunk-5LZVAIEV.js";
import "./chunk-VJGILXSW.js";
import "./chunk-K6K4WDB4.js";
import "./chunk-E25BTTLQ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-36LOSZW6.js";
export {
  AzureStateError,
  parseAzureState,
  parseAzureStateValue,
  readAzureStateFile
};
