import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
var GUID_PATTERN="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",GUID=new RegExp(GUID_PATTERN);function isGuid(s){return GUID.test(s)}export{GUID_PATTERN,isGuid};
