import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
var DIRECTIVE_MARKER="vvp-kv-lint-disable";export{DIRECTIVE_MARKER};
