// Build outputs are written only when their bytes change, and then atomically (a temporary file renamed over the
// old one). A second build running beside a test run (two `npm test` in one checkout) then never truncates, removes
// or half-writes a file a test is reading or a CLI it spawned is loading; and an unchanged output keeps its mtime,
// which the caches keyed on the bundle's file (the code cache, the context cache's build id) rely on.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `contents` to `path` unless it already holds exactly that; returns whether it wrote. */
export function writeIfChanged(path, contents) {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents);
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return true;
}
