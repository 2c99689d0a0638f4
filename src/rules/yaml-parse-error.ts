// yaml-parse-error: files (or documents) that could not be parsed, at the parser's error position.
import { defineRule } from './contract.js';

export default defineRule({
  kinds: [],
  messages: {
    // The parser's own words (or the loader's: binary, not UTF-8, too large, too deep).
    parseError: '{{reason}}',
  },
  create(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== 'parse-error') continue;
      ctx.report({ path: [], location: { kind: 'file', file: p.file, span: p.span, exact: true }, messageId: 'parseError', data: { reason: p.message }, discriminator: p.message });
    }
  },
});
