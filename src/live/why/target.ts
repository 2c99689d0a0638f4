// The argument of `vvp-kv-lint why`: which pod(s) to explain. `pod/<ns>/<name>`, a workload whose pods are picked by
// its selector (`deployment/…`, `statefulset/…`, `job/…`), or a VVP Deployment by name (`vvp/<vvp-namespace>/<name>`).

export type TargetKind = 'pod' | 'deployment' | 'statefulset' | 'job' | 'vvp';

export interface WhyTarget {
  readonly kind: TargetKind;
  /** Kubernetes namespace; for `vvp`, the VVP namespace. */
  readonly namespace: string;
  readonly name: string;
  /** As the user wrote it, for messages. */
  readonly text: string;
}

const ALIASES: Readonly<Record<string, TargetKind>> = {
  pod: 'pod', pods: 'pod', po: 'pod',
  deployment: 'deployment', deployments: 'deployment', deploy: 'deployment',
  statefulset: 'statefulset', statefulsets: 'statefulset', sts: 'statefulset',
  job: 'job', jobs: 'job',
  vvp: 'vvp',
};

/** Kubernetes names: DNS labels/subdomains (also what VVP accepts for namespaces and deployment names). */
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** The target, or a usage message. */
export function parseTarget(text: string): WhyTarget | string {
  const parts = text.split('/');
  if (parts.length !== 3) return `expected pod/<namespace>/<name> (or deployment/, statefulset/, job/, vvp/), got "${text}"`;
  const [kindText, namespace, name] = parts as [string, string, string];
  const kind = ALIASES[kindText.toLowerCase()];
  if (!kind) return `unknown kind "${kindText}" in "${text}" (expected pod, deployment, statefulset, job or vvp)`;
  if (!NAME.test(namespace)) return `"${namespace}" is not a valid namespace name`;
  if (!NAME.test(name)) return `"${name}" is not a valid ${kind === 'vvp' ? 'deployment' : kind} name`;
  return { kind, namespace, name, text };
}
