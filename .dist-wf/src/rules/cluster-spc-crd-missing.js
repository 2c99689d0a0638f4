import { clusterAnchor } from '../live/cluster-facts.js';
export const rule = {
    id: 'cluster-spc-crd-missing',
    check(ctx) {
        const facts = ctx.inventory.cluster;
        // undefined = could not be read: no finding from missing data.
        if (!facts || facts.spcCrdInstalled !== false)
            return;
        ctx.report({
            object: clusterAnchor(facts),
            path: [],
            message: `Cluster "${facts.context}" does not serve the SecretProviderClass CRD (secretproviderclasses.secrets-store.csi.x-k8s.io): the Secrets Store CSI driver is not installed`,
        });
    },
};
