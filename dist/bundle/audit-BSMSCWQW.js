import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
} from "./chunk-6UATRZWD.js";
import "./chunk-KTJ27CFU.js";
import "./chunk-J3PFEWKG.js";
import "./chunk-MZEEYGWW.js";
import "./chunk-NYRIDQ7B.js";
import "./chunk-XFJINCHD.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-WUXYDNSD.js";
import "./chunk-K2CXT2BC.js";
import "./chunk-Z24KB7WO.js";
import "./chunk-2C37NGNQ.js";
import "./chunk-PYVQEYUF.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-HP7AR2Y5.js";
import "./chunk-SJ7EKU2U.js";
import "./chunk-IB34W6FL.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-H5A5DFF3.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
};
