// A parse worker: reads files (when not given their text) and turns them into the facts the inventory needs
// (load/context-cache.ts FileFacts) on another core. The AST and the text stay here and are dropped with the
// batch; the main thread keeps only facts, and reads and parses a file again only when a finding needs its exact
// positions (see parse-pool.ts).
import { parentPort } from 'node:worker_threads';
import { DIRECTIVE_MARKER } from '../model/directive-marker.js';
import { parseSourceFile } from './parse.js';
import { factsOf } from './context-cache.js';
import { readSourceFile } from './read-file.js';
import type { ParseJob, ParseResult } from './parse-pool.js';

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

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map((job) => {
    try {
      return answer(job);
    } catch {
      // Whatever failed here fails again on the main thread, which reports it the ordinary way.
      return { id: job.id, facts: undefined };
    }
  }));
});
