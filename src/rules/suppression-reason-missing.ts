// suppression-reason-missing: a suppression without a reason does not apply; the directive itself is reported.
// Runs in the suppression phase (after every other rule and the suppression pass, src/engine/suppressions.ts),
// because a directive can only be judged once all findings are known.
import { defineRule } from './contract.js';

export default defineRule({
  kinds: [],
  phase: 'suppressions',
  messages: {
    comment: '{{where}} gives no reason, so it does not apply; add " -- <why>" after the rule ids',
    annotation: '{{where}} gives no reason, so it does not apply; give the annotation a value that says why',
  },
  create(ctx) {
    for (const d of ctx.directives) {
      if (d.verdict !== 'no-reason') continue;
      ctx.report({ path: [], location: d.location, identity: d.identity, messageId: d.kind === 'annotation' ? 'annotation' : 'comment', data: { where: d.where } });
    }
  },
});
