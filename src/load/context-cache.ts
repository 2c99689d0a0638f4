// A content-addressed cache of what a context file contributes to the inventory: its objects' plain values and
// identity fields, its input problems and its document count, never an AST. Keyed by a keyed hash of the file's
// text, the parse options that shape its objects, the tool version and the build, so an edited file, a changed
// config or an upgraded tool simply misses. Pre-commit hooks and editors lint one file against a whole repository;
// with the cache warm, the unchanged files are read and hashed, not parsed.
//
// One job per module under cache/:
//   facts.ts     what a file contributes (FileFacts), made from a parse;
//   restore.ts   objects and problems back from facts, positions recovered by a fresh parse on first use;
//   validate.ts  shapes of what was read from disk;
//   location.ts  which directory (never inside the linted tree, never a symlink);
//   (src/user-key.ts the per-user secret every cache file is bound to: a top-level leaf, start/ uses it too;)
//   seal.ts      keyed content keys, the file MAC, sealing of sensitive values;
//   store.ts     the file: read, verify, write owner-only, prune.
// Only files of the context (not reported on) use it.
export { cacheDirectory, cacheLocation } from './cache/location.js';
export { ContextCache, type FileStat } from './cache/store.js';
export { factsOf, forDisk, MAX_ENTRY_CHARS, type CachedObject, type CachedProblem, type CacheKeyOptions, type FileFacts } from './cache/facts.js';
export { restoreFacts } from './cache/restore.js';
