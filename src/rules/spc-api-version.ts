// spc-api-version: SecretProviderClass must be secrets-store.csi.x-k8s.io/v1 (v1alpha1 deprecated; blank or
// driver-name group rejected by the API server).
import { defineRule } from './contract.js';
import { SPC_GROUP, CSI_DRIVER_NAME } from '../model/kinds.js';
import { azureSpcs, isPlaceholder } from './support/spc.js';
import { replaceInside } from './support/fix.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    apiVersion: 'apiVersion is {{p}}; a SecretProviderClass needs apiVersion: {{SPC_GROUP}}/v1',
    apiVersion2: 'apiVersion must be the string {{SPC_GROUP}}/v1',
    apiVersion3: 'apiVersion uses the CSI driver name {{CSI_DRIVER_NAME}} as API group; the group is {{SPC_GROUP}} (note the x-)',
    apiVersion4: '{{SPC_GROUP}}/v1alpha1 is deprecated; use {{SPC_GROUP}}/v1',
    apiVersion5: 'apiVersion {{p}} is not served for SecretProviderClass; use {{SPC_GROUP}}/v1',
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const o = spc.object;
      const v = o.body['apiVersion'];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        ctx.report({ object: o, path: ['apiVersion'], level: 'error', messageId: 'apiVersion', data: { p: v === undefined ? 'missing' : 'empty', SPC_GROUP } });
      } else if (isPlaceholder(v)) {
        // `$API_VERSION`: unknown until substituted; unresolved-placeholder reports it.
      } else if (typeof v !== 'string') {
        ctx.report({ object: o, path: ['apiVersion'], level: 'error', messageId: 'apiVersion2', data: { SPC_GROUP } });
      } else if (v.startsWith(`${CSI_DRIVER_NAME}/`)) {
        ctx.report({
          object: o, path: ['apiVersion'], level: 'error',
          messageId: 'apiVersion3', data: { CSI_DRIVER_NAME, SPC_GROUP },
          fix: () => replaceInside(o, ['apiVersion'], 'value', CSI_DRIVER_NAME, SPC_GROUP, `Use API group ${SPC_GROUP}`),
        });
      } else if (v === `${SPC_GROUP}/v1alpha1`) {
        ctx.report({
          object: o, path: ['apiVersion'], level: 'warning',
          messageId: 'apiVersion4', data: { SPC_GROUP },
          fix: () => replaceInside(o, ['apiVersion'], 'value', 'v1alpha1', 'v1', 'Use apiVersion v1'),
        });
      } else if (v !== `${SPC_GROUP}/v1`) {
        ctx.report({ object: o, path: ['apiVersion'], level: 'error', messageId: 'apiVersion5', data: { p: JSON.stringify(v), SPC_GROUP } });
      }
    }
  },
});
