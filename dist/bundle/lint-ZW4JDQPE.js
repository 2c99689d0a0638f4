import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
} from "./chunk-L2JNIUE4.js";
import "./chunk-V4PZTDQV.js";
import "./chunk-F4U2KRHP.js";
import "./chunk-V5GXQPIX.js";
import "./chunk-WDB7JKEC.js";
import "./chunk-XAYQMK5N.js";
import "./chunk-TCUCLCXV.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-JMBLEY6S.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-2LWPD3LK.js";
import "./chunk-QY4OY53H.js";
import "./chunk-ZDB6EABT.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
};
