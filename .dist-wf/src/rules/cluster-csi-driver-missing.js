import { clusterAnchor } from '../live/cluster-facts.js';
export const rule = {
    id: 'cluster-csi-driver-missing',
    check(ctx) {
        const facts = ctx.inventory.cluster;
        if (!facts || !facts.csiDriver || facts.csiDriver.present)
            return;
        ctx.report({
            object: clusterAnchor(facts),
            path: [],
            message: `Cluster "${facts.context}" has no CSIDriver secrets-store.csi.k8s.io: secrets-store volumes cannot mount`,
        });
    },
};
