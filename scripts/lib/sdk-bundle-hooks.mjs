// Module resolution hooks for the test processes (scripts/run-tests.mjs registers them in each chunk): the compiled
// live modules import the Kubernetes and Azure SDKs through `./sdk.js` (src/live/kube/sdk.ts, src/azure/sdk.ts, which
// re-export the packages); here that import gets the bundle the product itself loads (dist/bundle/kube-sdk.cjs,
// azure-sdk.cjs, built from those same modules by scripts/bundle.mjs, which rewrites the same imports). The tests
// then drive the SDK code users run, and a test process loads one file per SDK instead of linking about 800
// (Kubernetes) and 570 (Azure) ES modules: about 0.6 and 0.4 s of CPU in each process that reads a cluster or ARM.
const BUNDLES = [
  { importer: /\/dist\/src\/live\/kube\/kubeconfig\.js$/, url: new URL('../../dist/bundle/kube-sdk.cjs', import.meta.url).href },
  { importer: /\/dist\/src\/azure\/arm-(source|guards)\.js$/, url: new URL('../../dist/bundle/azure-sdk.cjs', import.meta.url).href },
];

export async function resolve(specifier, context, nextResolve) {
  if (specifier === './sdk.js' && context.parentURL) {
    for (const b of BUNDLES) if (b.importer.test(context.parentURL)) return { url: b.url, format: 'commonjs', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
