// vvp-deployment-target-unknown: without its DeploymentTarget, a VVP deployment's pod namespace is unknown.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { resolveTarget } from '../model/pod-sources/vvp-index.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    deploymentTargetUnknown: 'DeploymentTarget {{target}} is not among the known DeploymentTargets, so the pod namespace is unknown and namespace checks are relaxed',
  },
  create(ctx) {
    // Only deployments that mount secrets lose checks when the namespace is unknown.
    const withSecrets = new Set(ctx.subjects.secretsVolumes.map((sv) => sv.src.object));
    for (const o of [...ctx.subjects.ofClass('VvpDeployment'), ...ctx.subjects.ofClass('VvpSessionCluster')]) {
      if (!withSecrets.has(o)) continue;
      const spec = isRecord(o.body['spec']) ? o.body['spec'] : {};
      const field = typeof spec['deploymentTargetName'] === 'string' ? 'deploymentTargetName' : typeof spec['deploymentTargetId'] === 'string' ? 'deploymentTargetId' : undefined;
      if (!field || resolveTarget(ctx.views.vvpIndex, o)) continue;
      ctx.report({ object: o, path: ['spec', field], messageId: 'deploymentTargetUnknown', data: { target: JSON.stringify(spec[field]) } });
    }
  },
});
