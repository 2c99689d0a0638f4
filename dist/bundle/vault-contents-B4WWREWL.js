import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  ITEM_COLLECTIONS,
  VaultItemError,
  contentsWanted,
  normaliseVaultContents,
  parseItemId
} from "./chunk-TG465G5B.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";
export {
  ITEM_COLLECTIONS,
  VaultItemError,
  contentsWanted,
  normaliseVaultContents,
  parseItemId
};
