import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  fleetAuditCommand,
  isFleetAudit,
  mapBounded
} from "./chunk-NE24YE4E.js";
import "./chunk-345QK2AE.js";
import "./chunk-VJGILXSW.js";
import "./chunk-IYFZMEPW.js";
import "./chunk-T6TS7VRT.js";
import "./chunk-UKERMGTL.js";
import "./chunk-XFJINCHD.js";
import "./chunk-I57HI4UD.js";
import "./chunk-KIO5VIQL.js";
import "./chunk-PUKXVUSD.js";
import "./chunk-EVNJQBZG.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IKQSG3U6.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-KTJ27CFU.js";
import "./chunk-36LOSZW6.js";
export {
  fleetAuditCommand,
  isFleetAudit,
  mapBounded
};
