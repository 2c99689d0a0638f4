// The message ids a parse error can carry (ParseReason in model/types.ts), as a runtime set: the context cache
// accepts a stored reason only with one of them. The object form makes TypeScript insist on every id.
import type { ParseReasonId } from './types.js';

const IDS: Readonly<Record<ParseReasonId, true>> = {
  tooLarge: true,
  tooLargeWhileReading: true,
  binary: true,
  notUtf8: true,
  tooDeep: true,
  tooManyDocuments: true,
  tooManyFlowItems: true,
  parserFailed: true,
  syntax: true,
  valueRunsOn: true,
  unclosedQuote: true,
  unclosedBracket: true,
  aliasWithoutAnchor: true,
  aliasBomb: true,
  unreadableDocument: true,
};

export const PARSE_REASON_IDS: ReadonlySet<string> = new Set(Object.keys(IDS));
