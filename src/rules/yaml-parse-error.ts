// yaml-parse-error: files (or documents) that could not be parsed, at the parser's error position.
import type { RuleModule } from '../engine/types.js';

export const rule: RuleModule = {
  id: 'yaml-parse-error',
  check(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== 'parse-error') continue;
      ctx.report({ path: [], location: { kind: 'file', file: p.file, span: p.span, exact: true }, message: p.message, discriminator: p.message });
    }
  },
};
