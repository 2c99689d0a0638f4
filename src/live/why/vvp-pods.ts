// `why vvp/<vvp-namespace>/<deployment>`: the VVP API names the Deployment's Kubernetes namespace (through its
// DeploymentTarget) and id; VVP labels the Flink pods it creates with deploymentId=<id>, so one label-selected
// list in that namespace finds them.
import { isRecord } from '../../model/kinds.js';
import { readVvp } from '../vvp/read-vvp.js';
import type { WhyTarget } from './target.js';

export async function vvpPodSelector(
  target: WhyTarget,
  flags: { 'vvp-url'?: string; 'vvp-token'?: string },
  env: Readonly<Record<string, string | undefined>>,
  timeoutSeconds?: number,
): Promise<{ namespace: string; labelSelector: string; what: string } | string> {
  const read = await readVvp({ url: flags['vvp-url']!, token: flags['vvp-token'], namespaces: [target.namespace], timeoutMs: (timeoutSeconds ?? 60) * 1000, env });
  const deployments = read.objects.filter((o) => o.kind === 'Deployment' && o.name === target.name);
  if (!deployments.length) {
    const why = read.notifications.map((n) => n.message).slice(0, 2).join('; ');
    return `VVP Deployment ${target.namespace}/${target.name} not found${why ? ` (${why})` : ''}`;
  }
  const d = deployments[0]!.body;
  const meta = isRecord(d['metadata']) ? d['metadata'] : {};
  const spec = isRecord(d['spec']) ? d['spec'] : {};
  const id = typeof meta['id'] === 'string' ? meta['id'] : undefined;
  if (!id) return `VVP Deployment ${target.namespace}/${target.name} has no metadata.id`;
  const targets = read.objects.filter((o) => o.kind === 'DeploymentTarget');
  const dt = targets.find((t) => {
    const m = isRecord(t.body['metadata']) ? t.body['metadata'] : {};
    return (spec['deploymentTargetId'] !== undefined && m['id'] === spec['deploymentTargetId']) || (spec['deploymentTargetName'] !== undefined && m['name'] === spec['deploymentTargetName']);
  });
  const k8s = dt && isRecord(dt.body['spec']) && isRecord(dt.body['spec']['kubernetes']) ? dt.body['spec']['kubernetes'] : {};
  const namespace = typeof k8s['namespace'] === 'string' ? k8s['namespace'] : undefined;
  if (!namespace) return `the Kubernetes namespace of VVP Deployment ${target.namespace}/${target.name} is unknown (its DeploymentTarget was not found)`;
  return { namespace, labelSelector: `deploymentId=${id}`, what: `VVP Deployment ${target.namespace}/${target.name} (id ${id}, DeploymentTarget ${dt!.name})` };
}
