// vvp-drift: a Deployment in git and the same Deployment in the VVP API differ under spec.template.spec.kubernetes.
import { defineRule } from './contract.js';
import { vvpDrift } from './support/vvp-drift.js';

export default defineRule({
  requires: ['vvp-api'],
  kinds: [],
  messages: {
    // The drift description (src/live/vvp/drift.ts) names the Deployment and the fields that differ.
    drift: '{{drift}}',
  },
  create(ctx) {
    for (const note of vvpDrift(ctx.inventory)) {
      ctx.report({
        object: note.live,
        path: note.paths[0] ?? ['spec', 'template', 'spec', 'kubernetes'],
        messageId: 'drift',
        data: { drift: note.message },
        related: [{ object: note.file, path: note.paths[0] ?? ['spec'], message: `the Deployment as committed in ${note.file.source.kind === 'file' ? note.file.source.file.relPath : 'git'}` }],
      });
    }
  },
});
