// The part of @kubernetes/client-node the live commands use: kubeconfig loading and its authenticators (exec plugins,
// OIDC, azure). Imported lazily (src/live/kube/kubeconfig.ts), so offline runs never load it. The CLI bundle loads it
// from dist/bundle/kube-sdk.cjs instead (scripts/bundle.mjs): one pre-bundled file rather than the package's 800 ES
// modules, which took about a second of CPU to load on every `audit` and `why`.
export { KubeConfig } from '@kubernetes/client-node';
