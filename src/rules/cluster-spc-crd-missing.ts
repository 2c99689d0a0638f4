// The SecretProviderClass CRD is not served by the audited cluster.
import { defineRule } from './contract.js';
import { clusterAnchor } from '../model/cluster-facts.js';

export default defineRule({
  requires: ['cluster'],
  kinds: [],
  messages: {
    spcCrdMissing: 'Cluster "{{context}}" does not serve the SecretProviderClass CRD (secretproviderclasses.secrets-store.csi.x-k8s.io): the Secrets Store CSI driver is not installed',
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    // undefined = could not be read: no finding from missing data.
    if (!facts || facts.spcCrdInstalled !== false) return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      messageId: 'spcCrdMissing', data: { context: facts.context },
    });
  },
});
