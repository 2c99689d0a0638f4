// A parse worker: turns file texts into the facts the inventory needs (load/context-cache.ts FileFacts) on
// another core. The AST stays here and is dropped with the batch; the main thread keeps only facts and parses a
// file again only when a finding needs its exact positions (see parse-pool.ts).
import { parentPort } from 'node:worker_threads';
import { parseSourceFile } from './parse.js';
import { factsOf } from './context-cache.js';
import type { ParseJob, ParseResult } from './parse-pool.js';

parentPort?.on('message', (jobs: ParseJob[]) => {
  const results: ParseResult[] = jobs.map((job) => {
    try {
      const file = { absPath: job.absPath, relPath: job.relPath, text: job.text };
      const parsed = parseSourceFile(file, job.opts);
      const facts = factsOf(parsed.documents, parsed.objects, parsed.problems, { keepSecretValues: true, maxChars: Number.POSITIVE_INFINITY });
      // JSON, not a structured clone of the object graph: the main thread's JSON.parse is the cheaper copy.
      return { id: job.id, facts: facts ? JSON.stringify(facts) : undefined };
    } catch {
      // Whatever failed here fails again on the main thread, which reports it the ordinary way.
      return { id: job.id, facts: undefined };
    }
  });
  parentPort!.postMessage(results);
});
