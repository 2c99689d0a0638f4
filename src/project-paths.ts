// Two questions about paths that the CLI, the engine, the config loader, the cache and the language server all ask
// the same way: is a path inside a directory, and which git work tree holds a directory.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** True when `path` is `root` or below it (lexically: `..` segments count, symlinks are not followed). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The nearest directory at or above `start` that holds `.git` (a work tree's top), or undefined. */
export function findGitRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
