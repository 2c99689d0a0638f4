import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  fleetAuditCommand,
  isFleetAudit,
  mapBounded
} from "./chunk-Q43OP5YR.js";
import "./chunk-KGX6CYOB.js";
import "./chunk-FWCJT6EN.js";
import "./chunk-5EAPVYBK.js";
import "./chunk-2LMHFFDM.js";
import "./chunk-EX3RVN7E.js";
import "./chunk-UFDY2NIS.js";
import "./chunk-6ML7GEFW.js";
import "./chunk-X5PC72RJ.js";
import "./chunk-C2ZKDKCR.js";
import "./chunk-XR4NS3EL.js";
import "./chunk-DHPAXXIO.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-BI7KOSS6.js";
import "./chunk-RSSHRDR3.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-HF3CCHUE.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-5GH3NY5X.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-T46GUYNA.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-AQQHK5VK.js";
import "./chunk-ZWIMHORS.js";
import "./chunk-JCEHLXCJ.js";
import "./chunk-QY4OY53H.js";
import "./chunk-TQVEPBNK.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  fleetAuditCommand,
  isFleetAudit,
  mapBounded
};
