// No Ready Azure Key Vault provider pod in the audited cluster.
import { defineRule } from './contract.js';
import { clusterAnchor } from '../model/cluster-facts.js';

export default defineRule({
  requires: ['cluster'],
  kinds: [],
  messages: {
    providerMissing: 'Cluster "{{context}}" has no ready Azure Key Vault provider: {{detail}}',
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    const pods = facts?.providerPods;
    if (!facts || !pods || pods.ready > 0) return;
    const detail = pods.total === 0
      ? 'no pod labelled app=csi-secrets-store-provider-azure or app=secrets-store-provider-azure runs'
      : `${pods.total} provider pod${pods.total === 1 ? '' : 's'} (namespace ${pods.namespaces.join(', ')}), none Ready`;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      messageId: 'providerMissing', data: { context: facts.context, detail },
    });
  },
});
