import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
} from "./chunk-WF2RXVEQ.js";
import "./chunk-345QK2AE.js";
import "./chunk-VJGILXSW.js";
import "./chunk-R3EF3FKT.js";
import "./chunk-FPJ23Q7F.js";
import "./chunk-BEQNFOKF.js";
import "./chunk-XFJINCHD.js";
import "./chunk-Q4EQ6SDG.js";
import "./chunk-PVVZUI4R.js";
import "./chunk-WVRFUBQG.js";
import "./chunk-JOEYREUZ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IKQSG3U6.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-KTJ27CFU.js";
import "./chunk-36LOSZW6.js";
export {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
};
