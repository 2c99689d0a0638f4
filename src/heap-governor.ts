// Keeps a large run's heap near its live size. V8 sizes the old generation from the speed of its own collections:
// on a machine with gigabytes to spare it lets the heap grow to four times what was live after the last full
// collection. A 100,000-document run with about 240 MB live reached 1 GB before V8 collected (node --trace-gc:
// "Mark-Compact 1007.0 -> 207.4 MB"). Node offers no API to lower that factor after start-up, and a re-exec with
// --max-old-space-size would cost every run a second process start; so the places that allocate in bulk (parsing
// bodies and files again, building a report) call `heapCheckpoint()`, which asks for a full collection once the
// heap has grown by more than its allowance since the last one.
//
// The collector is reached through V8's --expose-gc flag, set when first needed and read only by the context
// created right after (node:vm): the flag adds a `gc` function to new contexts and changes nothing else. A run
// whose heap stays small (below 64 MB: a one-file run, most runs of a few thousand documents) never sets it.
import { runInNewContext } from 'node:vm';
import { lazyBuiltin } from './lazy-builtin.js';

/** Only runs past CHECK_EVERY checkpoints look at the heap: a small run never loads node:v8. */
const v8 = lazyBuiltin<typeof import('node:v8')>('node:v8');

/** Below this, the heap is left to V8 (its own sizing is fastest, and small). */
const QUIET_BELOW_BYTES = 64 * 1024 * 1024;
/**
 * Growth allowed between collections: a third of the live heap, at least this much. Issue 31 (third session) lowered
 * both from half and 96 MB (and the quiet bound from 192 MB): a repository full of findings reached 170 MB of heap
 * at 10,000 documents, almost all of it garbage of the rules and the SARIF writing (54 MB live), so its peak memory
 * was 2.8 times the streaming parse's; a collection of a heap that size costs about 50 ms. The fourth session lowered
 * them again, to 64 MB and 24 MB: the same repository (about 50 MB live after the rules) peaked at 190 MiB of RSS,
 * about twice the streaming parse's, while it wrote its SARIF; now 177-181 MiB, for three more full collections
 * (50-90 ms each on a loaded machine). The sparse corpus of that size never reaches the bound after the load.
 */
const MIN_ALLOWANCE_BYTES = 24 * 1024 * 1024;
const ALLOWANCE_SHARE = 1 / 3;
/**
 * Above this live heap the allowance is a sixth, not a third (issue 31, fifth session): a repository full of findings
 * at 100,000 documents holds about 330 MB live at the end of its rules, and garbage on top of that set its peak RSS:
 * 686 MiB with a third, 500.7 MiB with a fifth, 496.5 MiB with a sixth (51 s; an eighth: 494.8 MiB, but 67 s, for
 * the many more collections of 0.4-0.8 s each). Runs of 10,000 documents (about 50 MB live) keep the third.
 */
const LARGE_LIVE_BYTES = 192 * 1024 * 1024;
const LARGE_ALLOWANCE_SHARE = 1 / 6;
/** Checkpoints between two looks at the heap statistics (each look costs a few microseconds). */
const CHECK_EVERY = 256;

let collect: (() => void) | null | undefined;
let liveAfterLast = 0;
let calls = 0;

/** Called where a run allocates in bulk; collects when the heap has outgrown its allowance (see the header). */
export function heapCheckpoint(): void {
  if (++calls % CHECK_EVERY !== 0) return;
  const used = v8().getHeapStatistics().used_heap_size;
  if (used < QUIET_BELOW_BYTES) return;
  const share = liveAfterLast > LARGE_LIVE_BYTES ? LARGE_ALLOWANCE_SHARE : ALLOWANCE_SHARE;
  if (used < liveAfterLast + Math.max(liveAfterLast * share, MIN_ALLOWANCE_BYTES)) return;
  collectNow();
}

/**
 * Called where a run has just let go of much of its heap (the CLI, once its inventory is no longer needed): a large
 * heap is collected now, so that the allowance until the next collection is measured from what is live after the
 * release, not from the larger heap before it. A small heap (below the quiet bound) is left to V8.
 */
export function heapReleased(): void {
  if (v8().getHeapStatistics().used_heap_size < QUIET_BELOW_BYTES) return;
  collectNow();
}

/** A full collection now (when the collector could be had), and the live heap after it: the next allowance's base. */
function collectNow(): void {
  const gc = collector();
  if (!gc) return;
  gc();
  liveAfterLast = v8().getHeapStatistics().used_heap_size;
}

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8().setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}
