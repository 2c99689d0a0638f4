import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
} from "./chunk-D4GYKB2G.js";
import "./chunk-EWGYMB77.js";
import "./chunk-VX5ESKTL.js";
import "./chunk-5EAPVYBK.js";
import "./chunk-MZEEYGWW.js";
import "./chunk-Z3ZAT2ZE.js";
import "./chunk-JY5FJ42G.js";
import "./chunk-KSC3INN3.js";
import "./chunk-3E6UXEAG.js";
import "./chunk-XAFNPSNE.js";
import "./chunk-WEAOPVU2.js";
import "./chunk-A3RZKEQ4.js";
import "./chunk-L7HLK4VT.js";
import "./chunk-SBR3TSX7.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-KDPDIMJM.js";
import "./chunk-ZDUGY35F.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-A3K6A5IY.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-N2TPPX43.js";
import "./chunk-ONHH4MXA.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-KJPL44PQ.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
};
