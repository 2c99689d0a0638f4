// yaml-parse-error: files (or documents) that could not be parsed, at the parser's error position. The loader
// decides why (src/load/read-file.ts, src/load/parse.ts: a ParseReason); this module words each reason.
import { defineRule, interpolate } from './contract.js';
import type { ParseReasonId } from '../model/types.js';

const MESSAGES = {
  tooLarge: 'file is {{size}}, over the size limit of {{limit}} (config maxFileSize)',
  tooLargeWhileReading: 'file is over the size limit of {{limit}} (config maxFileSize)',
  binary: 'binary content (NUL byte at byte offset {{offset}}); not a YAML or JSON file',
  notUtf8: 'not valid UTF-8 (invalid byte {{byte}} at byte offset {{offset}})',
  tooDeep: 'nesting deeper than {{maxDepth}} levels; not parsed',
  tooManyDocuments: 'more than {{limit}} YAML documents in one file (the per-file limit that bounds time and memory); not parsed',
  tooManyFlowItems: 'more than {{limit}} items in flow collections ([a, b], {a: 1}, JSON) in one file (the per-file limit that bounds time and memory); not parsed',
  parserFailed: 'cannot parse: {{error}}',
  // The YAML parser's own words, with any quoted source text removed (src/yaml/safe-message.ts).
  syntax: '{{error}}',
  valueRunsOn: "{{error}} (the value runs on into the next line: check that line's indentation)",
  unclosedQuote: 'the {{quote}} opened here is never closed, so the rest of the document is read as one string',
  unclosedBracket: 'the {{open}} opened here is not closed with {{close}}',
  // The alias name is never shown: under a credential key (`password: *abc…`) the "name" is the password.
  aliasWithoutAnchor: 'this alias (*name) has no anchor (&name) before it in this document (anchors do not carry across ---)',
  aliasBomb: 'alias expansion exceeds the safe bound ({{maxAliasCount}}); possible billion-laughs document',
  unreadableDocument: 'cannot read document: {{error}}',
} as const satisfies Record<ParseReasonId, string>;

export default defineRule({
  kinds: [],
  messages: MESSAGES,
  create(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== 'parse-error') continue;
      const { id, data } = p.reason;
      // The discriminator keeps the worded message, so baselines written before message ids still match.
      const worded = interpolate(MESSAGES[id], data, `yaml-parse-error ${id}`);
      ctx.report({ path: [], location: { kind: 'file', file: p.file, span: p.span, exact: true }, messageId: id, ...(data ? { data } : {}), discriminator: worded });
    }
  },
});
