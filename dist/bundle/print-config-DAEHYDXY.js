import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-NZXPH3D3.js";
import "./chunk-ORI5BX66.js";
import "./chunk-XW33A2OY.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-RIUZLKQP.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
