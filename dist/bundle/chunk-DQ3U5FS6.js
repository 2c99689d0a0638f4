import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/model/placeholder.js
var PLACEHOLDERS = [/\$\{[^}\s]+\}/, /^\$[A-Za-z_][A-Za-z0-9_]*$/, /^<[^<>\n]+>$/, /\{\{[^}]*\}\}/, /\$\([A-Za-z_][A-Za-z0-9_.]*\)/, /#\{[^}\s]+\}#/, /^__[A-Za-z][A-Za-z0-9_]*__$/];
function findPlaceholder(s) {
  const t = s.trim();
  for (const re of PLACEHOLDERS) {
    const m = re.exec(t);
    if (m)
      return m[0];
  }
  return void 0;
}
function isPlaceholder(s) {
  return typeof s === "string" && findPlaceholder(s) !== void 0;
}
function knownString(s) {
  return typeof s === "string" && s !== "" && !isPlaceholder(s) ? s : void 0;
}

export {
  findPlaceholder,
  isPlaceholder,
  knownString
};
