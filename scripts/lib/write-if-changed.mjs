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

/**
 * Ends a build script now that its outputs are written. Node 20 can deadlock when a process ends by running out of
 * work (the main thread waits in NodePlatform::DrainTasks for a background task that never reports done:
 * nodejs/node#54918); `scripts/compile.mjs` hung there twice in one day here, which would hang `npm test` and CI.
 * Stopping esbuild's service and exiting explicitly does not wait for the event loop to drain.
 */
export async function finish(esbuild) {
  await esbuild?.stop?.();
  process.exit(process.exitCode ?? 0);
}
