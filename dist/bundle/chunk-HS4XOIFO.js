import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
var JSON_RAW=/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;function escapeJsonControls(json){return json.replace(JSON_RAW,ch=>`\\u${ch.charCodeAt(0).toString(16).padStart(4,"0")}`)}export{escapeJsonControls};
