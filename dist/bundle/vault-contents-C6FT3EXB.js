import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  ITEM_COLLECTIONS,
  VaultItemError,
  contentsWanted,
  normaliseVaultContents,
  parseItemId
} from "./chunk-JHCHKXDZ.js";
import "./chunk-YXRG2AV3.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  ITEM_COLLECTIONS,
  VaultItemError,
  contentsWanted,
  normaliseVaultContents,
  parseItemId
};
