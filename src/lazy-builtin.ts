// Node built-ins that only some runs use, loaded the first time they are: `node:worker_threads` (parse workers, for
// large runs) and `node:v8` (the heap governor, past a few hundred checkpoints). Each costs about 4-5 ms of a run's
// start when imported at the top, where a one-file run (a pre-commit hook, an editor's save) is about 170 ms.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A function returning the built-in `id`, required on its first call. */
export function lazyBuiltin<T>(id: `node:${string}`): () => T {
  let module: T | undefined;
  return () => (module ??= load(id) as T);
}
