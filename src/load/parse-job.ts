// What a parse worker does with one file, as a function both lanes of the pool call (parse-pool.ts): a worker thread,
// and the main thread when it would otherwise wait for one. Reads the file (when not given its text), parses it and
// turns it into the facts the inventory needs (load/context-cache.ts FileFacts); the AST is dropped on return.
import { DIRECTIVE_MARKER } from '../model/directive-marker.js';
import { parseSourceFile } from './parse.js';
import { factsOf } from './context-cache.js';
import { readSourceFile } from './read-file.js';
import type { ParseJob, ParseResult } from './parse-pool.js';

/** The job's answer. Never throws: whatever failed here fails again on the main thread, which reports it the ordinary way. */
export function answerParseJob(job: ParseJob): ParseResult {
  try {
    return answer(job);
  } catch {
    return { id: job.id, facts: undefined };
  }
}

function answer(job: ParseJob): ParseResult {
  let text = job.text;
  if (text === undefined) {
    const outcome = readSourceFile(job.absPath, job.relPath, job.maxBytes);
    if (!outcome.ok) {
      return outcome.kind === 'io'
        ? { id: job.id, unread: { kind: 'io', reason: outcome.reason } }
        : { id: job.id, unread: { kind: 'content', reason: outcome.reason, span: outcome.span, text: outcome.file.text } };
    }
    text = outcome.file.text;
  }
  const file = { absPath: job.absPath, relPath: job.relPath, text };
  const parsed = parseSourceFile(file, job.opts);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems, { maxChars: Number.POSITIVE_INFINITY, spanHints: job.hints === true });
  const mayHoldDirectives = text.includes(DIRECTIVE_MARKER);
  // The text goes back when the main thread will need it: to parse it itself, or for its directives; and, when it
  // asked, as a spare for findings' positions and fixes (a copy of a string costs far less than reading it again).
  const needed = job.text === undefined && (!facts || mayHoldDirectives);
  return {
    id: job.id,
    // Facts are a small graph around each body's JSON text (strings copy cheaply): no second JSON pass over them.
    facts,
    ...(needed ? { text } : job.text === undefined && job.spareText ? { spareText: text } : {}),
    mayHoldDirectives,
  };
}
