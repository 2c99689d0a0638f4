// A parse worker: answers batches of parse jobs (parse-job.ts) on another core. The AST and the text stay here and
// are dropped with the batch; the main thread gets facts, span hints and, when it asked, the text.
import { parentPort } from 'node:worker_threads';
import { answerParseJob } from './parse-job.js';
import type { ParseJob } from './parse-pool.js';

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map(answerParseJob));
});
