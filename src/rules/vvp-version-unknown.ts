// vvp-version-unknown: a version-dependent check (extraLabels) could not run because the VVP version is unknown.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    versionUnknown: 'cannot tell whether this VVP version applies extraLabels (2.5+): pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep the chart Chart.yaml beside the values',
  },
  create(ctx) {
    if (ctx.options.vvpVersion) return;
    for (const o of ctx.inventory.ofClass('HelmValues')) {
      if (o.body['extraLabels'] === undefined) continue;
      ctx.report({ object: o, path: ['extraLabels'], target: 'key', messageId: 'versionUnknown' });
    }
  },
});
