// Reads and parses a project's files into the inventory, in file order (the inventory order is deterministic).
// Where each file's objects come from, cheapest first:
//   - a context file unchanged since the context cache saw it (same stat): its cached facts, the file not read;
//   - a context file whose text the cache knows (same content key): its cached facts;
//   - otherwise a parse: by a parse pool once there are enough files to repay starting one (parse-pool.ts: worker
//     threads, and this thread while it waits for them), which answers with facts; else on this thread, keeping
//     the AST.
// Objects restored from facts parse their file again only when something needs exact positions or YAML nodes (a
// finding, a fix), so a large run holds facts, not a syntax tree per document.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import type { Inventory } from '../model/inventory.js';
import type { ManifestObject, SourceFile, ToolNotification } from '../model/types.js';
import { ContextCache, factsOf, forDisk, MAX_ENTRY_CHARS, restoreFacts, type FileFacts, type FileStat } from './context-cache.js';
import { isKustomization, readKustomization } from './kustomize.js';
import { ChartTemplates, hasTemplateSyntax } from './helm-templates.js';
import { parseSourceFile, type ParseOptions } from './parse.js';
import { estimateBytes, fileSize, ParsePool, workerCount, type ParseResult } from './parse-pool.js';
import { decodeSource, formatBytes, readSourceFile, type ReadOutcome } from './read-file.js';

export interface LoadFilesInput {
  readonly root: string;
  /** Every file to read, sorted: the report files and the context. */
  readonly files: readonly string[];
  readonly reportFiles: ReadonlySet<string>;
  readonly maxBytes: number;
  readonly parseOptionsOf: (rel: string) => ParseOptions;
  /** Texts that replace files' contents (stdin under --stdin-filename, a --fix-dry-run pass's own output). */
  readonly texts: ReadonlyMap<string, string>;
  readonly cacheDir: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What one file adds to the inventory: facts to restore, a text to parse on this thread, or a worker's answer. */
type Contribution =
  | { readonly kind: 'facts'; readonly file: SourceFile; readonly facts: FileFacts; readonly opts: ParseOptions }
  | { readonly kind: 'parse'; readonly file: SourceFile; readonly opts: ParseOptions; readonly cacheKey?: string; readonly facts?: Promise<FileFacts | undefined> }
  | { readonly kind: 'unread'; readonly rel: string; readonly reported: boolean; readonly opts: ParseOptions; readonly answer: Promise<ParseResult> };

export async function loadFiles(inventory: Inventory, input: LoadFilesInput): Promise<void> {
  const { root, reportFiles, maxBytes } = input;
  // Repository-relative paths from the walk are normalised already: joining them needs no path.resolve (which
  // normalises again, a few per cent of a warm pre-commit run over 2,000 files).
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const absOf = (rel: string): string => (isAbsolute(rel) || rel.startsWith('..') ? resolve(root, rel) : `${prefix}${rel}`);
  // Context files may come from the cache (see context-cache.ts); opened only when there are any.
  let cache: ContextCache | undefined = input.files.some((rel) => !reportFiles.has(rel)) ? ContextCache.open(input.cacheDir, root, input.env) : undefined;

  const charts = new ChartTemplates(root);
  const readBack = new ReadBackTexts(READ_BACK_CHARS);
  const read = (rel: string): ReadOutcome => {
    const abs = absOf(rel);
    const text = input.texts.get(rel);
    if (text === undefined) return readSourceFile(abs, rel, maxBytes);
    // stdin obeys the file size limit (its reader stopped just past it).
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > maxBytes) return { ok: false, kind: 'content', file: { absPath: abs, relPath: rel, text: '' }, reason: { id: 'tooLargeWhileReading', data: { limit: formatBytes(maxBytes) } }, span: { start: 0, end: 0 } };
    return decodeSource(bytes, abs, rel);
  };
  /**
   * Files a read outcome in the inventory: true for a file to parse; an unusable file is a parse-error finding, an
   * unreadable one a notification (only when it was asked for: an unreadable context file is not worth a word).
   */
  const added = (outcome: ReadOutcome, rel: string, reported: boolean): outcome is ReadOutcome & { ok: true } => {
    if (!outcome.ok && outcome.kind === 'io') {
      inventory.files.delete(rel);
      if (reported) inventory.notifications.push(unreadable(rel, outcome.reason));
      return false;
    }
    inventory.files.set(rel, outcome.file);
    if (!outcome.ok) inventory.inputProblems.push({ kind: 'parse-error', file: outcome.file, span: outcome.span, reason: outcome.reason });
    return outcome.ok;
  };
  // Kustomizations first: the files they patch are partial objects, parsed here and never cached.
  const early = new Map<string, ReadOutcome>();
  const patchFiles = new Set<string>();
  for (const rel of input.files) {
    if (!isKustomization(rel)) continue;
    const o = read(rel);
    early.set(rel, o);
    if (!o.ok) continue;
    const k = readKustomization(rel, o.file.text);
    for (const p of k.patchFiles) patchFiles.add(p);
    for (const name of k.generatedSecrets) inventory.generatedSecretNames.add(name);
  }

  // With workers from the start (enough reported files to parse), reported files are read by the workers too: this
  // thread never holds their text unless a finding needs it.
  const reportedRels = input.files.filter((rel) => reportFiles.has(rel) && !input.texts.has(rel));
  const reportedBytes = estimateBytes(reportedRels.length, (i) => fileSize(absOf(reportedRels[i]!)));
  const parser = new Parser(input.env, maxBytes, reportedBytes);
  const contributions: Contribution[] = [];
  for (const rel of input.files) {
    const reported = reportFiles.has(rel);
    const partial = patchFiles.has(rel);
    const opts: ParseOptions = partial ? { ...input.parseOptionsOf(rel), partial } : input.parseOptionsOf(rel);
    if (reported && parser.readsFiles && !partial && !early.has(rel) && !input.texts.has(rel) && !charts.isUnderChart(rel)) {
      contributions.push({ kind: 'unread', rel, reported, opts, answer: parser.submitUnread(absOf(rel), rel, opts) });
      // Registered now so the files keep their order; replaced or removed when the worker answers.
      inventory.files.set(rel, lazySourceFile(absOf(rel), rel, maxBytes, readBack, undefined, prefix));
      continue;
    }
    let stat: FileStat | undefined;
    // A context file unchanged since it was cached (by stat) is not read; Helm templates are always read (the
    // skip decision looks at their text), patches too (never cached).
    if (cache && !reported && !partial && !input.texts.has(rel) && !charts.isUnderChart(rel)) {
      const abs = absOf(rel);
      const st = statOrUndefined(abs);
      if (st?.isFile() && st.size <= maxBytes) {
        stat = st;
        const hit = cache.keyByStat(rel, st, opts);
        const facts = hit && cache.get(hit.key, hit.textLength);
        if (facts) {
          const file = lazySourceFile(abs, rel, maxBytes, readBack, undefined, prefix);
          inventory.files.set(rel, file);
          contributions.push({ kind: 'facts', file, facts, opts });
          continue;
        }
      }
    }
    const outcome = early.get(rel) ?? read(rel);
    if (!added(outcome, rel, reported)) continue;
    const file = outcome.file;
    if (charts.isUnderChart(rel) && hasTemplateSyntax(file.text)) {
      // Helm chart templates hold `{{ }}` and are not YAML until rendered (helm-templates.ts: only real ones).
      if (reported) inventory.notifications.push({ id: 'helm-template-skipped', level: 'note', message: `${rel}: Helm template skipped (render it with \`helm template\` to lint the result)`, file: rel });
      continue;
    }
    let cacheKey: string | undefined;
    if (!reported && !partial) {
      // A context file: its facts may come from the cache under its content key.
      cache ??= ContextCache.open(input.cacheDir, root, input.env);
      cacheKey = cache.key(file.text, opts);
      if (stat) cache.noteStat(rel, stat, opts, cacheKey, file.text.length);
      const facts = cache.get(cacheKey, file.text.length);
      if (facts) {
        contributions.push({ kind: 'facts', file, facts, opts });
        continue;
      }
    }
    // Patches keep their AST (their objects are partial, which facts do not record).
    contributions.push({ kind: 'parse', file, opts, ...(cacheKey !== undefined ? { cacheKey } : {}), ...(partial ? {} : { facts: parser.submit(file, opts) }) });
  }
  parser.flush();

  // One parse function per set of options (usually one for the whole run), not a closure per file.
  const reparsers = new Map<ParseOptions, (file: SourceFile) => readonly ManifestObject[]>();
  const reparserFor = (opts: ParseOptions): ((file: SourceFile) => readonly ManifestObject[]) => {
    let f = reparsers.get(opts);
    if (!f) reparsers.set(opts, (f = (file) => parseSourceFile(file, opts).objects));
    return f;
  };
  const restore = (file: SourceFile, facts: FileFacts, opts: ParseOptions): void => {
    const restored = restoreFacts(file, facts, reparserFor(opts));
    inventory.documentCount += facts.documents;
    for (const p of restored.problems) inventory.inputProblems.push(p);
    for (const o of restored.objects) inventory.add(o);
  };
  const parseHere = (file: SourceFile, opts: ParseOptions, cacheKey?: string): void => {
    const parsed = parseSourceFile(file, opts);
    if (cacheKey !== undefined && cache) {
      const fresh = factsOf(parsed.documents, parsed.objects, parsed.problems);
      if (fresh) cache.put(cacheKey, fresh);
    }
    inventory.documentCount += parsed.documents;
    for (const p of parsed.problems) inventory.inputProblems.push(p); // not push(...): a file may repeat 100,000 keys
    for (const o of parsed.objects) inventory.add(o);
  };
  try {
    // Taken off the list as they are handled (from the end of the reversed list: no copying), so each answer's
    // facts are let go once restored instead of all being held to the end of the load.
    contributions.reverse();
    for (let c = contributions.pop(); c !== undefined; c = contributions.pop()) {
      if (c.kind === 'unread') {
        const a = await c.answer;
        const abs = absOf(c.rel);
        if (a.facts !== undefined && !a.unread) {
          // The text stays on disk (read again if a finding needs it), unless the worker sent it back.
          const file = a.text !== undefined ? { absPath: abs, relPath: c.rel, text: a.text } : lazySourceFile(abs, c.rel, maxBytes, readBack, a.mayHoldDirectives, prefix);
          // Kept like a text read back (bounded, oldest first out): a finding in the file needs no read.
          if (a.spareText !== undefined && file instanceof LazySourceFile) readBack.put(file, a.spareText);
          inventory.files.set(c.rel, file);
          restore(file, a.facts, c.opts);
          continue;
        }
        // The worker's read failed, or it has no facts (aliases, a failed worker): handled here, the ordinary way.
        const outcome: ReadOutcome = a.unread?.kind === 'io'
          ? { ok: false, kind: 'io', relPath: c.rel, reason: a.unread.reason }
          : a.unread
            ? { ok: false, kind: 'content', file: { absPath: abs, relPath: c.rel, text: a.unread.text }, reason: a.unread.reason, span: a.unread.span }
            : a.text !== undefined ? decodeSource(Buffer.from(a.text, 'utf8'), abs, c.rel) : read(c.rel);
        if (added(outcome, c.rel, c.reported)) parseHere(outcome.file, c.opts);
        continue;
      }
      const facts = c.kind === 'facts' ? c.facts : await c.facts;
      if (facts) {
        // A worker's facts have no size bound (they never touch the disk); the cache keeps its own.
        if (c.kind === 'parse' && c.cacheKey !== undefined && cache && bodyChars(facts) <= MAX_ENTRY_CHARS) cache.put(c.cacheKey, forDisk(facts));
        restore(c.file, facts, c.opts);
        continue;
      }
      parseHere(c.file, c.opts, c.kind === 'parse' ? c.cacheKey : undefined);
    }
  } finally {
    await parser.close();
  }
  cache?.save();
}

function bodyChars(facts: FileFacts): number {
  let n = 0;
  for (const o of facts.objects) n += o.bodyJson.length;
  return n;
}

function unreadable(rel: string, reason: string): ToolNotification {
  return { id: 'file-unreadable', level: 'error', message: `${rel}: ${reason}`, file: rel, incomplete: true };
}

/**
 * Hands files to a parse pool once there are enough of them (workerCount); before that, and without a pool, a
 * file's facts are undefined and it is parsed on this thread. Files queued before the pool starts are sent to it
 * when it does, so a large run parses everything through the pool. When the files to report on alone are enough,
 * the pool starts at once and also reads them (`readsFiles`). The pool's facts always hold span and structure hints
 * (model/object-hints.ts: about 400 bytes an object), so no finding parses its file a second time here, however
 * large the run.
 */
class Parser {
  private pool: ParsePool | undefined;
  private readonly waiting: { file: SourceFile; opts: ParseOptions; resolve: (facts: FileFacts | undefined) => void }[] = [];
  /** Characters of the waiting files' texts: what the pool would have to parse. */
  private waitingChars = 0;
  /** The largest of them: one thread parses it whatever happens, so it is not counted as work to share. */
  private largestWaiting = 0;
  private closed = false;
  readonly readsFiles: boolean;
  private readonly spareTexts: boolean;

  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly maxBytes: number,
    /** Bytes of the files to report on (estimated: parse-pool.ts estimateBytes). */
    reportedBytes: number,
  ) {
    const workers = workerCount(reportedBytes, env);
    if (workers > 0) this.pool = new ParsePool(workers);
    this.readsFiles = this.pool !== undefined;
    // Texts the workers read come back as spares when they all fit in the texts kept for findings (READ_BACK_CHARS):
    // in a repository where every file has findings, reading each again was 0.3 s of the main thread's 2 s after the
    // load at 10,000 documents. A larger run would only push spares out of that cache before they are used.
    this.spareTexts = reportedBytes <= READ_BACK_CHARS;
  }

  submitUnread(absPath: string, relPath: string, opts: ParseOptions): Promise<ParseResult> {
    return this.pool!.parse({ absPath, relPath, maxBytes: this.maxBytes, opts, hints: true, ...(this.spareTexts ? { spareText: true } : {}) });
  }

  submit(file: SourceFile, opts: ParseOptions): Promise<FileFacts | undefined> {
    if (this.pool) return this.viaPool(file, opts);
    const answer = new Promise<FileFacts | undefined>((resolve) => this.waiting.push({ file, opts, resolve }));
    this.waitingChars += file.text.length;
    this.largestWaiting = Math.max(this.largestWaiting, file.text.length);
    const workers = workerCount(this.waitingChars - this.largestWaiting, this.env);
    if (workers > 0) {
      this.pool = new ParsePool(workers);
      for (const w of this.waiting.splice(0)) void this.viaPool(w.file, w.opts).then(w.resolve);
    }
    return answer;
  }

  /**
   * Called once everything is queued: sends what is, and lets each worker go once it has answered (ParsePool.finish);
   * files still waiting for a pool that never started are parsed on this thread.
   */
  flush(): void {
    this.pool?.finish();
    for (const w of this.waiting.splice(0)) w.resolve(undefined);
    this.waitingChars = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool?.close();
  }

  private async viaPool(file: SourceFile, opts: ParseOptions): Promise<FileFacts | undefined> {
    const r = await this.pool!.parse({ absPath: file.absPath, relPath: file.relPath, text: file.text, maxBytes: this.maxBytes, opts, hints: true });
    return r.facts;
  }
}


function statOrUndefined(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/**
 * A file whose text stays on disk (a context file restored by stat, or a file a worker parsed): read
 * (synchronously) only when something needs it, a finding's position or a fix. A file that has since become
 * unreadable or undecodable reads as empty. A class, not an object literal with a getter: a large repository has
 * one per file, and the literal took five times the memory.
 *
 * The texts read back are held by a bounded cache (ReadBackTexts), not by each file: in a repository where every
 * file has findings, keeping each text once read held them all to the end of the run (about 95 MB at 100,000
 * documents). Findings come file by file, so a file's text is read back about once.
 */
class LazySourceFile implements SourceFile {
  /**
   * The directory prefix the absolute path is made of, when it is `prefix + relPath` (nearly always), else the whole
   * path: a path kept whole per file took about 135 bytes (flattened once the file is read back; 10 MB at 100,000
   * documents), the prefix is one string shared by every file.
   */
  private readonly dirOrPath: string;
  private readonly joined: boolean;

  constructor(
    absPath: string,
    readonly relPath: string,
    private readonly maxBytes: number,
    /** The run's texts read back (one cache per load: nothing outlives the inventory). */
    private readonly texts: ReadBackTexts,
    readonly mayHoldDirectives?: boolean,
    prefix?: string,
  ) {
    this.joined = prefix !== undefined && absPath.length === prefix.length + relPath.length && absPath.startsWith(prefix) && absPath.endsWith(relPath);
    this.dirOrPath = this.joined ? prefix! : absPath;
  }

  get absPath(): string {
    return this.joined ? this.dirOrPath + this.relPath : this.dirOrPath;
  }

  get text(): string {
    return this.texts.get(this) ?? this.texts.put(this, this.read());
  }

  private read(): string {
    readBackCount++;
    const outcome = decodeSource(readBytes(this.absPath, this.maxBytes), this.absPath, this.relPath);
    return outcome.ok ? outcome.file.text : '';
  }
}

/**
 * The texts of lazily read files, the most recently used kept up to `capacity` characters (and always the last
 * one). A run's findings are located and reported file by file, so a bound far below the repository's size reads
 * each file back about once; everything fits at 10,000 documents (about 5.5 million characters).
 */
class ReadBackTexts {
  private readonly texts = new Map<LazySourceFile, string>();
  private chars = 0;
  /** The file asked last, already last in `texts`: findings ask one file's text many times in a row. */
  private newest: LazySourceFile | undefined;

  constructor(private readonly capacity: number) {}

  get(file: LazySourceFile): string | undefined {
    const text = this.texts.get(file);
    if (text !== undefined && this.texts.size > 1 && file !== this.newest) {
      this.newest = file;
      // Most recently used last: the oldest go first.
      this.texts.delete(file);
      this.texts.set(file, text);
    }
    return text;
  }

  put(file: LazySourceFile, text: string): string {
    this.texts.set(file, text);
    this.newest = file;
    this.chars += text.length;
    for (const [old, oldText] of this.texts) {
      if (this.chars <= this.capacity || old === file) break;
      this.texts.delete(old);
      this.chars -= oldText.length;
    }
    return text;
  }
}

/** Characters of texts read back that a run keeps (ReadBackTexts). */
const READ_BACK_CHARS = 8_000_000;
let readBackCount = 0;

/** Reads of lazily read files' texts so far (for tests: a finding's file should be read back about once). */
export function readBackReads(): number {
  return readBackCount;
}

function lazySourceFile(absPath: string, relPath: string, maxBytes: number, texts: ReadBackTexts, mayHoldDirectives?: boolean, prefix?: string): SourceFile {
  return new LazySourceFile(absPath, relPath, maxBytes, texts, mayHoldDirectives === false ? false : undefined, prefix);
}

/** Only a regular file within the size limit is read (it was one when stat-ed; a FIFO would block). */
function readBytes(abs: string, maxBytes: number): Uint8Array {
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > maxBytes) return new Uint8Array(0);
    return readFileSync(abs);
  } catch {
    return new Uint8Array(0);
  }
}
