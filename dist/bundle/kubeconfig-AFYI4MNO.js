import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  KubeconfigError,
  listContexts,
  oneLine,
  resolveKubeconfig
} from "./chunk-KGX6CYOB.js";
import "./chunk-ZWIMHORS.js";
import "./chunk-36LOSZW6.js";
export {
  KubeconfigError,
  listContexts,
  oneLine,
  resolveKubeconfig
};
