// Module resolution hooks for the test processes (scripts/run-tests.mjs registers them in each chunk): the compiled
// live modules import the Kubernetes and Azure SDKs through `./sdk.js`; here that import gets the bundle the product
// itself loads (dist/bundle/kube-sdk.cjs, azure-sdk.cjs, built from those same modules by scripts/bundle.mjs, which
// rewrites the same imports: sdk-bundles.mjs). The tests then drive the SDK code users run, and a test process loads
// one file per SDK instead of linking about 800 (Kubernetes) and 570 (Azure) ES modules: about 0.6 and 0.4 s of CPU
// in each process that reads a cluster or ARM.
import { SDK_IMPORTERS } from './sdk-bundles.mjs';

const BUNDLES = SDK_IMPORTERS.map(({ importer, bundle }) => ({ importer, url: new URL(`../../dist/bundle/${bundle}`, import.meta.url).href }));

export async function resolve(specifier, context, nextResolve) {
  if (specifier === './sdk.js' && context.parentURL?.includes('/dist/src/')) {
    for (const b of BUNDLES) if (b.importer.test(context.parentURL)) return { url: b.url, format: 'commonjs', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
