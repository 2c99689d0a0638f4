// suppression-unused: a directive that can never apply (malformed) or that suppressed nothing (only with
// --report-unused-disables, the suppression pass decides which). Runs in the suppression phase, after every other rule.
import { defineRule } from './contract.js';

export default defineRule({
  kinds: [],
  phase: 'suppressions',
  messages: {
    malformed: '{{where}} never applies: {{why}}',
    unused: '{{where}} suppresses nothing{{forIds}}: no such finding {{scope}}; remove it',
  },
  create(ctx) {
    for (const d of ctx.directives) {
      if (d.verdict === 'malformed') {
        ctx.report({ path: [], location: d.location, identity: d.identity, messageId: 'malformed', data: { where: d.where, why: d.detail } });
      } else if (d.verdict === 'unused') {
        const forIds = d.ruleIds.length > 1 ? ` for ${d.unusedIds.join(', ')}` : '';
        const scope = d.kind === 'next-line' ? 'on the next line' : d.kind === 'file' ? 'in this file' : 'in this object';
        ctx.report({ path: [], location: d.location, identity: d.identity, messageId: 'unused', data: { where: d.where, forIds, scope } });
      }
    }
  },
});
