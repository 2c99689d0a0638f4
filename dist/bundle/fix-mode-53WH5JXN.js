import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  fixMode
} from "./chunk-5AM7KZQY.js";
import "./chunk-66VMUO7N.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  fixMode
};
