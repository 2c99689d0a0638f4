import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{KubeconfigError,listContexts,oneLine,resolveKubeconfig}from"./chunk-CFUGUC5C.js";import"./chunk-QQKL3XVC.js";import"./chunk-BLXFZMSS.js";export{KubeconfigError,listContexts,oneLine,resolveKubeconfig};
