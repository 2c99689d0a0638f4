// Parses files into facts (load/context-cache.ts FileFacts, bodies as JSON text), never keeping ASTs, so the main
// thread's memory holds what rules read and not a syntax tree per document; a file's AST is rebuilt on the main
// thread only when a finding or fix needs what the facts do not hold (restoreFacts' reparse). Two kinds of lane do
// the parsing: worker threads, one per core beside the main thread, and the main thread itself whenever it would
// otherwise wait for them (ParsePool).
//
// Used only for runs with enough to parse to repay it (see MIN_BYTES_FOR_WORKERS): a pre-commit run of one file
// never starts a worker.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { lazyBuiltin } from '../lazy-builtin.js';
import type { ParseReason, Span } from '../model/types.js';
import type { FileFacts } from './context-cache.js';
import { answerParseJob } from './parse-job.js';
import type { ParseOptions } from './parse.js';

export interface ParseJob {
  readonly id: number;
  readonly absPath: string;
  readonly relPath: string;
  /** The file's text; undefined: the worker reads the file itself (read-file.ts), within `maxBytes`. */
  readonly text?: string;
  readonly maxBytes: number;
  readonly opts: ParseOptions;
  /** Work out span hints (model/span-hints.ts) with the facts. */
  readonly hints?: boolean;
  /**
   * Send the text the worker read back as `spareText`, for the caller's bounded cache of texts (load-files.ts
   * ReadBackTexts): in a run whose files' texts all fit in that cache, a finding's file is then never read again.
   */
  readonly spareText?: boolean;
}

export interface ParseResult {
  readonly id: number;
  /** The file's facts; undefined when they would not survive JSON (the caller parses the file itself). */
  readonly facts?: FileFacts;
  /** A file the worker was to read and could not: the same outcome readSourceFile gives the main thread. */
  readonly unread?: { readonly kind: 'io'; readonly reason: string } | { readonly kind: 'content'; readonly reason: ParseReason; readonly span: Span; readonly text: string };
  /** The text the worker read, when the caller needs it (no facts, or it may hold suppression directives). */
  readonly text?: string;
  /** The text the worker read, when asked for (ParseJob.spareText) and not sent as `text`. */
  readonly spareText?: string;
  readonly mayHoldDirectives?: boolean;
}

/**
 * Less YAML than this (bytes, estimated: estimateBytes) is parsed on the main thread, keeping its syntax trees. The
 * pool (a worker per other core, and the main thread as a lane of its own) makes facts and hints for every object,
 * which a main-thread parse does not need, so on this project's 2-core machine it is slower: 2,550 documents (1.4 MB)
 * 1.23 s against 1.02 s, 10,000 documents (5.4 MB) 2.85 s against 2.70 s (findings corpus; sparse 2.41 and 2.21 s).
 * What it buys is memory: a main-thread parse keeps every syntax tree until the rules are done, about 21 MiB of RSS
 * per MB of YAML (229 MiB at 10,000 documents, 171 MiB with the pool). So the bound is where that memory would pass
 * twice the streaming parse's (issue 31's target), with a margin: about 165 MiB. It was 1.5 MB before the YAML fast
 * path, and a count of files (2,000) before that. bench/README.md ("Issue 31, seventh session" and "eighth session")
 * has the measurements.
 */
export const MIN_BYTES_FOR_WORKERS = 2_500_000;
/** How many files' sizes estimateBytes looks at, at most: a stat each. */
export const SIZE_SAMPLE = 64;
/** Texts in one batch: enough to amortise a message, small enough to balance the lanes. */
const BATCH_CHARS = 256 * 1024;
/** What an unread file counts for in a batch: a typical manifest's size. */
const UNREAD_FILE_CHARS = 2 * 1024;
/** A worker's garbage is short-lived (one batch's ASTs): a small young generation keeps each worker's memory small. */
const YOUNG_GENERATION_MB = 4;

/**
 * How many parse workers a run with `bytes` of YAML to parse gets. VVP_KV_LINT_WORKERS=N overrides (0 = parse on
 * the main thread only); otherwise one per available core (at most 8), and none for runs with too little to parse
 * (MIN_BYTES_FOR_WORKERS) or single-core machines. A pure function of its arguments and the machine.
 */
export function workerCount(bytes: number, env: Readonly<Record<string, string | undefined>>, cores?: number): number {
  const forced = env['VVP_KV_LINT_WORKERS'];
  if (forced !== undefined && /^\d+$/.test(forced.trim())) return Math.min(Number(forced.trim()), 16);
  if (bytes < MIN_BYTES_FOR_WORKERS) return 0;
  // The main thread is a lane of the pool too (ParsePool): one worker per other core.
  const n = cores ?? coreCount();
  return n > 1 ? Math.min(n - 1, 8) : 0;
}

let cores: number | undefined;
/**
 * The machine's available parallelism, asked once: the loader asks workerCount about every file it queues while no
 * pool has started, and each availableParallelism() is a system call (57 ms of a profiled 7,850-file run without workers).
 */
function coreCount(): number {
  return (cores ??= availableParallelism());
}

/**
 * The bytes of `count` files that workers could share, estimated from the sizes of at most SIZE_SAMPLE of them,
 * evenly spaced (`sizeOf(i)`: file i's size, a stat; a file that cannot be stat-ed counts 0): all but the largest
 * file's. One file is parsed by one thread, so a run that is mostly one file gains nothing from workers and pays
 * their start and the copies of what they send: one 3.3 MB Secret of 150,000 keys took 2.9 s with two workers and
 * 2.2 s without. Files of one repository are alike enough that the sample's mean tells workers from none; the
 * decision is not worth a stat per file of a 100,000-file repository.
 */
export function estimateBytes(count: number, sizeOf: (i: number) => number): number {
  if (count <= 1) return 0;
  const n = Math.min(count, SIZE_SAMPLE);
  let sum = 0;
  let largest = 0;
  for (let k = 0; k < n; k++) {
    const size = sizeOf(Math.floor((k * count) / n));
    sum += size;
    largest = Math.max(largest, size);
  }
  return Math.round(((sum - largest) / (n - 1)) * (count - 1));
}

/** A file's size for estimateBytes: a stat; 0 when it cannot be stat-ed (the parse reports why, if it matters). */
export function fileSize(abs: string): number {
  try {
    return statSync(abs).size;
  } catch {
    return 0;
  }
}

/**
 * Workers started before the pool that will use them: a walk that has found files enough to parse starts them
 * (project.ts), so they load and warm up the parser while it goes on (about 0.1 s of a 10,000-document run).
 * Unreferenced until a pool takes them: a run that ends otherwise is not kept alive by them.
 */
let prestarted: { readonly workers: Worker[]; failed: boolean } | undefined;

export function prestartParseWorkers(env: Readonly<Record<string, string | undefined>>, bytes: number): void {
  const size = workerCount(bytes, env);
  if (prestarted || size === 0) return;
  const started = { workers: [] as Worker[], failed: false };
  for (let i = 0; i < size; i++) {
    const worker = startWorker();
    worker.unref();
    // Until a pool takes it, a worker that fails only marks the set as unusable (the pool then starts its own).
    worker.once('error', () => (started.failed = true));
    started.workers.push(worker);
  }
  prestarted = started;
}

/** Whether workers were prestarted and not yet taken (the walk asks no more once they are). */
export function workersPrestarted(): boolean {
  return prestarted !== undefined;
}

/** Stops prestarted workers no pool took. */
export async function discardPrestartedWorkers(): Promise<void> {
  const left = prestarted;
  prestarted = undefined;
  if (left) await Promise.all(left.workers.map((w) => w.terminate()));
}

/** The prestarted workers, when there are `size` of them and they are well. */
function takePrestarted(size: number): Worker[] | undefined {
  const taken = prestarted;
  if (!taken || taken.failed || taken.workers.length !== size) return undefined;
  prestarted = undefined;
  for (const w of taken.workers) w.ref();
  return taken.workers;
}

/** Loaded when the first worker starts: most runs parse on the main thread. */
const workerThreads = lazyBuiltin<typeof import('node:worker_threads')>('node:worker_threads');

function startWorker(): Worker {
  return new (workerThreads().Worker)(new URL('./parse-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/**
 * Batches a worker holds at once: one it works on and one waiting, so it never waits for the main thread between
 * two. The rest stay queued here, for whichever lane is free first.
 */
const IN_FLIGHT = 2;

/**
 * Parses files on worker threads and, while it waits for them, on the main thread too (`answerParseJob`, the same
 * function the workers run). Batches are queued here and handed out as lanes come free: each worker keeps
 * IN_FLIGHT of them, and the main thread takes the next one whenever its event loop has nothing else to do
 * (setImmediate), so it parses instead of idling through the load. Its answers are copied as a worker's are
 * (see localTurn): both lanes hand back the same facts, never an AST.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered. */
  private readonly inFlight: number[] = [];
  private readonly pending = new Map<number, (result: ParseResult) => void>();
  /** Full batches no lane has taken yet, oldest first (`head`: the next one). */
  private readonly queue: ParseJob[][] = [];
  private head = 0;
  private batch: ParseJob[] = [];
  private batchChars = 0;
  private nextId = 0;
  private failed: Error | undefined;
  /** Set by finish(): no job will come after the ones sent. */
  private finished = false;
  private localTurnDue = false;
  /** Jobs answered on this thread so far (for tests: the main thread is a lane of its own). */
  answeredHere = 0;
  /** The exits of the workers let go, by index: each as soon as it has answered all it was sent after finish(). */
  private readonly released = new Map<number, Promise<number>>();

  constructor(size: number) {
    const early = takePrestarted(size);
    for (let i = 0; i < size; i++) {
      const worker = early?.[i] ?? startWorker();
      const index = i;
      worker.on('message', (results: ParseResult[]) => {
        this.inFlight[index] = this.inFlight[index]! - 1;
        for (const r of results) this.settle(r);
        this.dispatch();
        this.releaseIfDone(index);
      });
      // A worker that dies (out of memory, a bug) must not hang the run: its files fail and are parsed in-process.
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.released.has(index)) this.fail(new Error(`parse worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.inFlight.push(0);
    }
  }

  /**
   * Parses a file: `text` when given, else the file as the lane that takes it reads it. A worker that fails answers
   * with neither facts nor `unread`: the caller then reads and parses the file itself.
   */
  parse(job: Omit<ParseJob, 'id'>): Promise<ParseResult> {
    const id = this.nextId++;
    if (this.failed) return Promise.resolve({ id });
    const done = new Promise<ParseResult>((resolve) => this.pending.set(id, resolve));
    this.batch.push({ ...job, id });
    // An unread file costs about what its size on disk would: batches are cut by characters.
    this.batchChars += job.text?.length ?? UNREAD_FILE_CHARS;
    if (this.batchChars >= BATCH_CHARS) this.flush();
    return done;
  }

  /** Queues the jobs gathered so far as a batch. Call once everything is queued (parse() flushes full batches itself). */
  flush(): void {
    if (!this.batch.length || this.failed) return;
    this.queue.push(this.batch);
    this.batch = [];
    this.batchChars = 0;
    this.dispatch();
  }

  /**
   * Sends what is queued and says nothing more will come: from then on each worker stops as soon as it has answered
   * all it was sent and nothing is left to take. At the end of a large load the main thread still restores the last
   * answers; the workers' heaps (tens of MiB of garbage each) went on counting towards the run's peak memory until close().
   */
  finish(): void {
    this.flush();
    this.finished = true;
    for (let i = 0; i < this.workers.length; i++) this.releaseIfDone(i);
  }

  async close(): Promise<void> {
    // A load that ends early (an error) leaves no batch for a later local turn.
    this.queue.length = 0;
    this.head = 0;
    await Promise.all(this.workers.map((w, i) => this.released.get(i) ?? w.terminate()));
  }

  /**
   * Tops every working worker up to IN_FLIGHT batches, the second only while more than one is queued: the last one
   * is left to the main thread (two large files go one to each lane). What is left waits for the main thread's next
   * free turn.
   */
  private dispatch(): void {
    for (let i = 0; i < this.workers.length; i++) {
      while (this.inFlight[i]! < IN_FLIGHT && this.queue.length - this.head > (this.inFlight[i] === 0 ? 0 : 1) && !this.released.has(i)) {
        this.inFlight[i] = this.inFlight[i]! + 1;
        this.workers[i]!.postMessage(this.take());
      }
    }
    if (this.head < this.queue.length && !this.localTurnDue) {
      this.localTurnDue = true;
      setImmediate(() => this.localTurn());
    }
  }

  /** One queued batch answered on this thread; then the next, after whatever else the event loop has to do. */
  private localTurn(): void {
    this.localTurnDue = false;
    if (this.failed || this.head >= this.queue.length) return;
    for (const job of this.take()) {
      this.answeredHere++;
      // Copied as a worker's answer is (postMessage clones it): strings the parse cut out of the file's text (names,
      // parameters) would otherwise keep the whole text alive for the rest of the run, 21 MiB more peak memory at
      // 100,000 documents, for 0.02 s at 10,000. Both lanes then hand the inventory the very same kind of answer.
      this.settle(cloned(answerParseJob(job)));
    }
    this.dispatch();
    for (let i = 0; i < this.workers.length; i++) this.releaseIfDone(i);
  }

  private take(): ParseJob[] {
    const jobs = this.queue[this.head]!;
    this.queue[this.head++] = [];
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    }
    return jobs;
  }

  private settle(result: ParseResult): void {
    this.pending.get(result.id)?.(result);
    this.pending.delete(result.id);
  }

  private releaseIfDone(index: number): void {
    if (!this.finished || this.inFlight[index] !== 0 || this.head < this.queue.length || this.released.has(index)) return;
    this.released.set(index, this.workers[index]!.terminate());
  }

  private fail(err: Error): void {
    this.failed ??= err;
    // Every unanswered file falls back to the main thread: a crashed worker costs time, never results.
    for (const [id, resolve] of this.pending) resolve({ id });
    this.pending.clear();
    this.batch = [];
    this.queue.length = 0;
    this.head = 0;
  }
}

/**
 * A copy of a main-thread answer, as postMessage would make it. Facts are plain data; should one ever hold what
 * cannot be copied, the answer is none, and the file is parsed again the ordinary way (a worker in that case fails
 * to send its batch, and the pool falls back the same way): a local turn runs outside any caller's try.
 */
function cloned(result: ParseResult): ParseResult {
  try {
    return structuredClone(result);
  } catch {
    return { id: result.id };
  }
}
