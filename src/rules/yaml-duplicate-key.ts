// yaml-duplicate-key: a mapping repeats a key; reported at the repeated key.
import { defineRule } from './contract.js';

export default defineRule({
  kinds: [],
  messages: {
    duplicateKey: 'key {{key}} is repeated in this mapping; only the last value takes effect',
    duplicateUnnamed: 'a key is repeated in this mapping; only the last value takes effect',
  },
  create(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== 'duplicate-key') continue;
      // The key's name is read from the file's text: a file not reported on (context of a pre-commit run, its
      // text not held) would be read for a finding the engine drops.
      if (!ctx.reportsOnFile(p.file.relPath)) continue;
      // The loader's span covers the whole key; quoted keys keep their quotes in the message.
      const key = p.file.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 80)).split(/\r?\n/)[0]!.trim();
      ctx.report({
        path: [],
        location: { kind: 'file', file: p.file, span: p.span, exact: true },
        messageId: key ? 'duplicateKey' : 'duplicateUnnamed', data: { key: /^["']/.test(key) ? key : JSON.stringify(key) },
        discriminator: String(p.span.start),
      });
    }
  },
});
