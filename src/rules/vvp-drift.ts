// vvp-drift: a Deployment in git and the same Deployment in the VVP API differ under spec.template.spec.kubernetes.
import type { RuleModule } from '../engine/types.js';
import { vvpDrift } from '../live/vvp/drift.js';

export const rule: RuleModule = {
  id: 'vvp-drift',
  check(ctx) {
    for (const note of vvpDrift(ctx.inventory)) {
      ctx.report({
        object: note.live,
        path: note.paths[0] ?? ['spec', 'template', 'spec', 'kubernetes'],
        message: note.message,
        related: [{ object: note.file, path: note.paths[0] ?? ['spec'], message: `the Deployment as committed in ${note.file.source.kind === 'file' ? note.file.source.file.relPath : 'git'}` }],
      });
    }
  },
};
