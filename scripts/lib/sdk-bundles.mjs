// Which compiled modules import an SDK through `./sdk.js` (src/live/kube/sdk.ts, src/azure/sdk.ts re-export the
// packages), and the bundle of that SDK in dist/bundle/. scripts/bundle.mjs rewrites those imports in the CLI bundle;
// the test processes' resolve hooks (sdk-bundle-hooks.mjs) send them to the same bundles.
export const SDK_IMPORTERS = [
  { importer: /[\\/]live[\\/]kube[\\/]kubeconfig\.js$/, bundle: 'kube-sdk.cjs' },
  { importer: /[\\/]azure[\\/]arm-(source|guards)\.js$/, bundle: 'azure-sdk.cjs' },
];
