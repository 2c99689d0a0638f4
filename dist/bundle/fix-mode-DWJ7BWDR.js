import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{fixMode}from"./chunk-P4R6EV7V.js";import"./chunk-XLHAVJWK.js";import"./chunk-6OMOL222.js";import"./chunk-4VBOAAVR.js";import"./chunk-L65RHAA7.js";import"./chunk-UPWESVDM.js";import"./chunk-PXRXJXMR.js";import"./chunk-BLXFZMSS.js";export{fixMode};
