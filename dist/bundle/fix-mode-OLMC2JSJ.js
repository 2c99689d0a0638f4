import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{fixMode}from"./chunk-HVORO3RT.js";import"./chunk-CNL53KMQ.js";import"./chunk-FF2ZNF3P.js";import"./chunk-UPWESVDM.js";import"./chunk-XYZ6DGSI.js";import"./chunk-BLXFZMSS.js";export{fixMode};
