// vvp-extra-labels-unsupported: extraLabels are dropped before VVP 2.5.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { extraLabelsHonoured } from './support/vvp.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    extraLabelsUnsupported: 'extraLabels is only applied from VVP 2.5; on VVP {{major}}.{{minor}} these labels are silently dropped',
  },
  create(ctx) {
    if (extraLabelsHonoured(ctx.options.vvpVersion) !== false) return;
    const [major, minor] = ctx.options.vvpVersion!;
    for (const o of ctx.inventory.ofClass('HelmValues')) {
      if (o.body['extraLabels'] === undefined) continue;
      ctx.report({ object: o, path: ['extraLabels'], target: 'key', messageId: 'extraLabelsUnsupported', data: { major, minor } });
    }
  },
});
