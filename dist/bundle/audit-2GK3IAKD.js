import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
} from "./chunk-BQBYA3X3.js";
import "./chunk-KGX6CYOB.js";
import "./chunk-BZEP27DY.js";
import "./chunk-5EAPVYBK.js";
import "./chunk-3NKMAUCM.js";
import "./chunk-EX3RVN7E.js";
import "./chunk-U5K3BEPM.js";
import "./chunk-FWB767GO.js";
import "./chunk-WPHLXBQZ.js";
import "./chunk-4ZCGC6IM.js";
import "./chunk-KJEAEYIJ.js";
import "./chunk-HVRIC4LX.js";
import "./chunk-B4XPGSXU.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-TKCDLGES.js";
import "./chunk-S7VOPU5P.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-JMBLEY6S.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-7TAFW4WG.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-XA3JAQEP.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-TXM4O5N7.js";
import "./chunk-ZWIMHORS.js";
import "./chunk-DSVTONXW.js";
import "./chunk-QY4OY53H.js";
import "./chunk-XXO6VIIM.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine
};
