import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  fixMode
} from "./chunk-7K5ZQWSX.js";
import "./chunk-KJEAEYIJ.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  fixMode
};
