// No CSIDriver secrets-store.csi.k8s.io in the audited cluster.
import { defineRule } from './contract.js';
import { clusterAnchor } from '../model/cluster-facts.js';

export default defineRule({
  requires: ['cluster'],
  kinds: [],
  messages: {
    csiDriverMissing: 'Cluster "{{context}}" has no CSIDriver secrets-store.csi.k8s.io: secrets-store volumes cannot mount',
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || !facts.csiDriver || facts.csiDriver.present) return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      messageId: 'csiDriverMissing', data: { context: facts.context },
    });
  },
});
