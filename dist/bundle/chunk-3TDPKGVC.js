import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/package-root.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "vvp-kv-lint")
          return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir)
      return dirname(fileURLToPath(import.meta.url));
    dir = parent;
  }
}
var PACKAGE_ROOT = findRoot();

export {
  PACKAGE_ROOT
};
