// Applies findings' fixes to files: minimal text edits on the original source, grouped by file, never two
// overlapping edits in one pass (the loser waits for the next pass, after a re-lint), never an edit that makes
// the file unparsable, up to a bound of passes. Files are written atomically, keeping a BOM, CRLF and the mode;
// every byte outside the edits stays as it was.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { replaceFileAtomically } from '../atomic-write.js';
import { parseAllDocuments } from 'yaml';
import type { Finding, Fix, LintResult, TextEdit } from './types.js';
import type { SourceFile, ToolNotification } from '../model/types.js';

export const DEFAULT_MAX_PASSES = 10;

/** Rules whose findings mean "this file does not parse": a fix must never add one. */
const INPUT_ERROR_RULES = new Set(['yaml-parse-error', 'yaml-duplicate-key']);

export interface AppliedFix {
  readonly ruleId: string;
  readonly description: string;
}

export interface FixedFile {
  readonly relPath: string;
  readonly absPath: string;
  /** The text before any fix (BOM excluded) and after the last pass. */
  readonly original: string;
  readonly fixed: string;
  readonly applied: readonly AppliedFix[];
}

export interface FixOutcome {
  /** Files whose text changed, by path. */
  readonly files: readonly FixedFile[];
  /** The lint result after the last pass (for a dry run: of the fixed texts, linted in memory). */
  readonly result: LintResult;
  readonly passes: number;
  /** Fixes left unapplied: conflicting ones a dry run cannot re-lint for, or ones past the pass bound. */
  readonly pending: number;
  readonly notifications: readonly ToolNotification[];
}

export interface FixOptions {
  /** false: compute every pass in memory only (--fix-dry-run); nothing is written. */
  readonly write: boolean;
  /**
   * Lints the project again: from disk after a pass wrote its files, or, in a dry run, with the fixed texts as an
   * in-memory overlay over the disk (so a dry run shows exactly what --fix would write, over every pass).
   */
  readonly relint: (overlay?: ReadonlyMap<string, string>) => Promise<LintResult>;
  readonly maxPasses?: number;
}

/** Runs fix passes until no fix applies or the bound is reached. */
export async function fixProject(initial: LintResult, opts: FixOptions): Promise<FixOutcome> {
  const maxPasses = opts.maxPasses ?? DEFAULT_MAX_PASSES;
  const files = new Map<string, { relPath: string; absPath: string; original: string; fixed: string; applied: AppliedFix[] }>();
  const frozen = new Set<string>();
  const notifications: ToolNotification[] = [];
  let result = initial;
  let passes = 0;
  let pending = 0;
  for (;;) {
    const plans = planFixes(result.findings, frozen);
    pending = [...plans.values()].reduce((n, p) => n + p.deferred, 0);
    const changing = [...plans.values()].filter((p) => p.text !== p.file.text);
    if (!changing.length) break;
    if (passes >= maxPasses) {
      pending += changing.reduce((n, p) => n + p.applied.length, 0);
      break;
    }
    passes++;
    const before = new Map<string, string>();
    for (const p of changing) {
      const rec = files.get(p.file.relPath) ?? { relPath: p.file.relPath, absPath: p.file.absPath, original: p.file.text, fixed: p.file.text, applied: [] };
      if (opts.write) {
        const why = writeFixed(p.file, p.text);
        if (why) {
          frozen.add(p.file.relPath);
          notifications.push({ id: 'fix-skipped', level: 'warning', message: `${p.file.relPath} was not fixed: ${why}`, file: p.file.relPath });
          continue;
        }
      }
      before.set(p.file.relPath, p.file.text);
      rec.fixed = p.text;
      rec.applied.push(...p.applied);
      files.set(p.file.relPath, rec);
    }
    if (!before.size) break;
    // A dry run re-lints its own output through the loader's overlay; --fix re-reads what it wrote.
    const overlay = (): ReadonlyMap<string, string> => new Map([...files.values()].map((f) => [f.relPath, f.fixed]));
    const relint = (): Promise<LintResult> => (opts.write ? opts.relint() : opts.relint(overlay()));
    const previous = result;
    result = await relint();
    // Safety net for what a per-file parse cannot see (YAML embedded in strings): a pass that adds a parse
    // error to a file is undone for that file, and the file is left alone from then on.
    const reverted = [...before.keys()].filter((rel) => inputErrors(result, rel) > inputErrors(previous, rel));
    if (reverted.length) {
      for (const rel of reverted) {
        const rec = files.get(rel)!;
        const restore = before.get(rel)!;
        if (opts.write) writeFixed({ absPath: rec.absPath, relPath: rel, text: rec.fixed }, restore);
        rec.fixed = restore;
        frozen.add(rel);
        notifications.push({ id: 'fix-reverted', level: 'warning', message: `fixes to ${rel} were undone: they made the file fail to parse`, file: rel });
      }
      result = await relint();
    }
  }
  const changed = [...files.values()].filter((f) => f.fixed !== f.original);
  return { files: changed, result, passes, pending, notifications };
}

interface FilePlan {
  readonly file: SourceFile;
  readonly text: string;
  readonly applied: AppliedFix[];
  /** Fixes that conflicted with an accepted one or broke the file; a later pass may apply them. */
  deferred: number;
}

/**
 * One pass: per file, accepts fixes in order of position while their edits overlap no accepted edit and the
 * file still parses as well as before. Suppressed findings are not fixed.
 */
export function planFixes(findings: readonly Finding[], frozen: ReadonlySet<string> = new Set()): Map<string, FilePlan> {
  const byFile = new Map<string, { file: SourceFile; items: { ruleId: string; fix: Fix }[] }>();
  for (const f of findings) {
    if (!f.fix || f.location.kind !== 'file' || f.suppressions?.length || !f.fix.edits.length) continue;
    const file = f.location.file;
    if (frozen.has(file.relPath)) continue;
    const entry = byFile.get(file.relPath) ?? { file, items: [] };
    entry.items.push({ ruleId: f.ruleId, fix: f.fix });
    byFile.set(file.relPath, entry);
  }
  const plans = new Map<string, FilePlan>();
  for (const [rel, { file, items }] of byFile) {
    items.sort((a, b) => firstStart(a.fix) - firstStart(b.fix));
    const accepted: TextEdit[] = [];
    const applied: AppliedFix[] = [];
    let deferred = 0;
    let text = file.text;
    const json = /\.json$/i.test(rel);
    const baseErrors = parseErrors(file.text, json);
    for (const { ruleId, fix } of items) {
      const edits = [...fix.edits].sort(byPosition);
      if (!edits.every((e) => e.span.start >= 0 && e.span.end <= file.text.length && e.span.start <= e.span.end) || overlapsWithin(edits)) continue;
      if (edits.every((e) => accepted.some((a) => sameEdit(a, e)))) {
        applied.push({ ruleId, description: fix.description }); // Another finding asked for exactly this.
        continue;
      }
      if (edits.some((e) => accepted.some((a) => conflicts(a, e)))) {
        deferred++;
        continue;
      }
      const candidate = applyEdits(file.text, [...accepted, ...edits]);
      if (parseErrors(candidate, json) > baseErrors) {
        deferred++;
        continue;
      }
      accepted.push(...edits);
      applied.push({ ruleId, description: fix.description });
      text = candidate;
    }
    plans.set(rel, { file, text, applied, deferred });
  }
  return plans;
}

/** Applies non-overlapping edits given in original-text offsets. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(byPosition);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.span.start < pos) throw new Error('overlapping edits');
    out += text.slice(pos, e.span.start) + e.text;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

function firstStart(f: Fix): number {
  return Math.min(...f.edits.map((e) => e.span.start));
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.text === b.text;
}

/** Overlap, or two insertions at one point (their order would be a guess). Touching replacements are fine. */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start < b.span.end && b.span.start < a.span.end) return true;
  const aEmpty = a.span.start === a.span.end;
  const bEmpty = b.span.start === b.span.end;
  if (aEmpty && bEmpty) return a.span.start === b.span.start;
  // An insertion strictly inside a replacement.
  if (aEmpty) return b.span.start < a.span.start && a.span.start < b.span.end;
  if (bEmpty) return a.span.start < b.span.start && b.span.start < a.span.end;
  return false;
}

function overlapsWithin(sorted: readonly TextEdit[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (conflicts(sorted[i - 1]!, sorted[i]!)) return true;
  return false;
}

/** How badly a text parses: YAML errors (duplicate keys included), or for .json files also JSON validity. */
export function parseErrors(text: string, json: boolean): number {
  let n = 0;
  try {
    const docs = parseAllDocuments(text, { prettyErrors: false, logLevel: 'error' });
    for (const d of Array.isArray(docs) ? docs : []) n += d.errors.length;
  } catch {
    n += 1000;
  }
  if (json) {
    try {
      JSON.parse(text);
    } catch {
      n += 1;
    }
  }
  return n;
}

function inputErrors(result: LintResult, relPath: string): number {
  return result.findings.filter((f) => INPUT_ERROR_RULES.has(f.ruleId) && f.location.kind === 'file' && f.location.file.relPath === relPath).length;
}

/**
 * Writes `text` over `file` atomically, keeping a UTF-8 BOM and the file mode, and only when the file on disk still
 * holds the text that was linted. Returns why it did not write.
 *
 * It writes only the file it fixes: a symlinked target is refused (following it could write anywhere the user can
 * write), the target is read without following a link, and the temporary file beside it has a random name and is
 * created exclusively (O_CREAT|O_EXCL fails on any existing name, a planted symlink included), so nothing but the
 * rename ever touches a name we did not just create.
 */
export function writeFixed(file: Pick<SourceFile, 'absPath' | 'relPath' | 'text'>, text: string): string | undefined {
  const target = file.absPath;
  let bytes: Buffer;
  let mode: number;
  try {
    const st = lstatSync(target);
    if (st.isSymbolicLink()) return 'it is a symbolic link (fix the file it points to instead)';
    if (!st.isFile()) return 'it is not a regular file';
    const fd = openSync(target, constants.O_RDONLY | NOFOLLOW);
    try {
      const fst = fstatSync(fd);
      if (!fst.isFile() || fst.ino !== st.ino || fst.dev !== st.dev) return 'it changed on disk while being linted';
      mode = fst.mode & 0o7777;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ELOOP' ? 'it is a symbolic link (fix the file it points to instead)' : `cannot read it (${code})`;
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const onDisk = bytes.subarray(bom ? 3 : 0).toString('utf8');
  if (onDisk !== file.text) return 'it changed on disk while being linted';
  const data = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
  try {
    replaceFileAtomically(target, data, mode);
  } catch (err) {
    return `cannot write it (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`;
  }
  return undefined;
}

/** O_NOFOLLOW where the platform has it (not on Windows, where symlinks need privileges to create anyway). */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
