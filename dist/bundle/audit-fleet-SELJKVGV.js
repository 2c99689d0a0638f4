import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  fleetAuditCommand,
  isFleetAudit,
  mapBounded
} from "./chunk-3PUUQSXS.js";
import "./chunk-KGX6CYOB.js";
import "./chunk-OSZHKMK4.js";
import "./chunk-5EAPVYBK.js";
import "./chunk-7K5ZQWSX.js";
import "./chunk-EX3RVN7E.js";
import "./chunk-EAGLYMMN.js";
import "./chunk-DAQDLBAL.js";
import "./chunk-PF4F4HD6.js";
import "./chunk-FTHFZFVE.js";
import "./chunk-KJEAEYIJ.js";
import "./chunk-ZJ4NDIQE.js";
import "./chunk-IO4Y5HZJ.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-LZNGADLU.js";
import "./chunk-MY3R5JWW.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-HF3CCHUE.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-JYMQCM3M.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-Z3WCSX2U.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-JHCHKXDZ.js";
import "./chunk-ZWIMHORS.js";
import "./chunk-QG2N2GK7.js";
import "./chunk-QY4OY53H.js";
import "./chunk-YXRG2AV3.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  fleetAuditCommand,
  isFleetAudit,
  mapBounded
};
