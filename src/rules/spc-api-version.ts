// spc-api-version: SecretProviderClass must be secrets-store.csi.x-k8s.io/v1 (v1alpha1 deprecated; blank or
// driver-name group rejected by the API server).
import { defineRule } from './contract.js';
import { SPC_GROUP, CSI_DRIVER_NAME } from '../model/kinds.js';
import { azureSpcs } from './support/spc.js';
import { replaceInside } from './support/fix.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    missing: 'apiVersion is {{state}}; a SecretProviderClass needs apiVersion: secrets-store.csi.x-k8s.io/v1',
    notString: 'apiVersion must be the string secrets-store.csi.x-k8s.io/v1',
    driverNameAsGroup: 'apiVersion uses the CSI driver name secrets-store.csi.k8s.io as API group; the group is secrets-store.csi.x-k8s.io (note the x-)',
    v1alpha1: 'secrets-store.csi.x-k8s.io/v1alpha1 is deprecated; use secrets-store.csi.x-k8s.io/v1',
    notServed: 'apiVersion {{state}} is not served for SecretProviderClass; use secrets-store.csi.x-k8s.io/v1',
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const o = spc.object;
      const v = o.body['apiVersion'];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        ctx.report({ object: o, path: ['apiVersion'], level: 'error', messageId: 'missing', data: { state: v === undefined ? 'missing' : 'empty' } });
      } else if (typeof v !== 'string') {
        ctx.report({ object: o, path: ['apiVersion'], level: 'error', messageId: 'notString' });
      } else if (v.startsWith(`${CSI_DRIVER_NAME}/`)) {
        ctx.report({
          object: o, path: ['apiVersion'], level: 'error',
          messageId: 'driverNameAsGroup',
          fix: () => replaceInside(o, ['apiVersion'], 'value', CSI_DRIVER_NAME, SPC_GROUP, `Use API group ${SPC_GROUP}`),
        });
      } else if (v === `${SPC_GROUP}/v1alpha1`) {
        ctx.report({
          object: o, path: ['apiVersion'], level: 'warning',
          messageId: 'v1alpha1',
          fix: () => replaceInside(o, ['apiVersion'], 'value', 'v1alpha1', 'v1', 'Use apiVersion v1'),
        });
      } else if (v !== `${SPC_GROUP}/v1`) {
        ctx.report({ object: o, path: ['apiVersion'], level: 'error', messageId: 'notServed', data: { state: JSON.stringify(v) } });
      }
    }
  },
});
