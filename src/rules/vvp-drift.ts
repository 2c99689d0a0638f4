// vvp-drift: a Deployment in git and the same Deployment in the VVP API differ under spec.template.spec.kubernetes.
import { defineRule } from './contract.js';
import { vvpDrift } from './support/vvp-drift.js';

export default defineRule({
  requires: ['vvp-api'],
  // The VVP Deployments in files (kind Deployment, apiVersion v1) are read too: declared, so the loader keeps them
  // even when no other rule runs (a RuleTester case, `--rule` selections).
  kinds: ['Deployment'],
  messages: {
    // src/rules/support/vvp-drift.ts finds the pairs and the fields that differ.
    drift: 'VVP Deployment "{{name}}" in VVP namespace "{{namespace}}" differs from {{file}} under spec.template.spec.kubernetes: {{differences}}',
  },
  create(ctx) {
    for (const note of vvpDrift(ctx.inventory)) {
      ctx.report({
        object: note.live,
        path: note.paths[0] ?? ['spec', 'template', 'spec', 'kubernetes'],
        messageId: 'drift',
        data: { name: note.live.name ?? '', namespace: note.live.namespace ?? '', file: note.where, differences: note.differences },
        related: [{ object: note.file, path: note.paths[0] ?? ['spec'], message: `the Deployment as committed in ${note.where}` }],
      });
    }
  },
});
