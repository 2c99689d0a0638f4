import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  ITEM_COLLECTIONS,
  VaultItemError,
  contentsWanted,
  normaliseVaultContents,
  parseItemId
} from "./chunk-TXM4O5N7.js";
import "./chunk-XXO6VIIM.js";
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
