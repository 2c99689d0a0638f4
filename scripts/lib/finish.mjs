// How the build scripts end (scripts/compile.mjs, bundle.mjs, generate.mjs).
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
