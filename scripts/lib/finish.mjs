// How the build scripts end (scripts/compile.mjs, bundle.mjs, generate.mjs).
/**
 * Ends a build script now that its outputs are written: stops esbuild's service and exits, without waiting for the
 * event loop to drain.
 *
 * Not a cure for Node 20's deadlock at exit (nodejs/node#54918): the main thread joins V8's background threads
 * (NodePlatform::DrainTasks at a natural end, NodePlatform::Shutdown in process.exit) while one of them, an optimising
 * compile job, waits for a garbage collection only the main thread could run. `scripts/compile.mjs` hung so twice,
 * then a third time inside this function's process.exit (gdb: a TurboFan job in
 * CollectionBarrier::AwaitCollectionBackground). What prevents it is package.json running the build scripts with
 * V8's --single-threaded: no background compile or GC tasks, so none to wait for (the scripts spend their time in tsc
 * and esbuild, which are other processes).
 */
export async function finish(esbuild) {
  await esbuild?.stop?.();
  process.exit(process.exitCode ?? 0);
}
