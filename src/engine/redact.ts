// The one redaction pass every output goes through: findings (messages, related messages, fix descriptions and fix
// edits), tool notifications and --fix-dry-run diffs. What is sensitive is decided by src/model/sensitive.ts; this
// module only hides it. Values are found by a prefix index, so redacting costs time linear in the text redacted.
import type { Inventory } from '../model/inventory.js';
import type { ManifestObject, ResolvedLocation, Span, ToolNotification } from '../model/types.js';
import { addSensitiveBodyValues, addSensitiveNodes, sensitivePartsOfText, type SensitiveParts, type SensitiveValue } from '../model/sensitive.js';
import type { Node } from 'yaml';
import type { Finding, Fix, TextEdit } from './types.js';
import { FragmentIndex } from './fragments.js';

export const MASK = '***';
/** Shorter values are not searched for in messages: they would garble ordinary words (`1234`, `abc`). */
const MIN_LENGTH = 6;
const PREFIX = MIN_LENGTH;
/** Words that are never secret even where a secret is expected (`token: true` is a flag). */
const ORDINARY = new Set(['true', 'false', 'null', 'secret', 'secrets', 'string', 'object', 'objects', 'array', 'secretproviderclass']);

/** A misformatted credential ID (often a pasted client secret), shown so the user recognises it but cannot use it. */
export function maskedId(value: string): string {
  const v = value.trim();
  return v.length < 12 ? MASK : `${v.slice(0, 3)}…(${v.length} characters)`;
}

export class Redactor {
  private readonly byPrefix = new Map<string, { text: string; replacement: string }[]>();
  private size = 0;
  /** Every run of FRAGMENT characters of the sensitive values (see fragments.ts): a value partly quoted is a leak. */
  private readonly fragments = new FragmentIndex();

  add(v: SensitiveValue): void {
    const text = v.text;
    if (text.length < MIN_LENGTH || ORDINARY.has(text.trim().toLowerCase())) return;
    const replacement = v.kind === 'id' ? maskedId(text) : MASK;
    const key = text.slice(0, PREFIX);
    let list = this.byPrefix.get(key);
    if (!list) this.byPrefix.set(key, (list = []));
    if (list.some((e) => e.text === text)) return;
    this.fragments.addValue(text);
    list.push({ text, replacement });
    // Longest first, so a value that contains another is replaced whole.
    list.sort((a, b) => b.text.length - a.text.length);
    this.size++;
  }

  addAll(parts: SensitiveParts): void {
    for (const v of parts.values) this.add(v);
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /**
   * `s` with every known sensitive value replaced, and then every run of it that is also a run of a sensitive value
   * (a placeholder fragment of a credential, a value cut short by a length bound): see FragmentIndex.
   */
  text(s: string): string {
    return this.fragments.mask(this.whole(s), MASK);
  }

  /** `s` with every known sensitive value, whole, replaced. */
  private whole(s: string): string {
    if (this.size === 0 || s.length < MIN_LENGTH) return s;
    let out = '';
    let copied = 0;
    for (let i = 0; i + PREFIX <= s.length; ) {
      const list = this.byPrefix.get(s.slice(i, i + PREFIX));
      const hit = list?.find((e) => s.startsWith(e.text, i));
      if (hit) {
        out += s.slice(copied, i) + hit.replacement;
        i += hit.text.length;
        copied = i;
      } else i++;
    }
    return copied === 0 ? s : out + s.slice(copied);
  }

  /** True when `s` still holds a sensitive value. */
  contains(s: string): boolean {
    return this.text(s) !== s;
  }

  finding(f: Finding): Finding {
    const fix = f.fix ? this.fix(f.fix, f) : undefined;
    // Nothing to hide (the usual case): the finding itself, not a copy. A copy of every finding, made while the
    // originals are still held, was the largest allocation after the rules (about 100 MB at 100,000 documents).
    const message = this.text(f.message);
    if (fix === f.fix && message === f.message && f.related.every((r) => this.text(r.message) === r.message)) return f;
    const out: Finding = {
      ...f,
      message,
      // Most findings have no related locations: their (empty) list is kept, not copied.
      related: f.related.length ? f.related.map((r) => ({ ...r, message: this.text(r.message) })) : f.related,
    };
    if (fix) return { ...out, fix };
    const { fix: _dropped, ...rest } = out;
    return rest as Finding;
  }

  /**
   * A fix whose edit wraps a sensitive value (quoting `clientSecret: 8675309…`) is rewritten as insertions around
   * it, so SARIF `fixes[]` never carries the value; a fix that would still carry one is not offered.
   */
  private fix(fix: Fix, f: Finding): Fix | undefined {
    // The usual fix holds nothing sensitive: its edits are kept as they are (a list rebuilt entry by entry takes
    // six times the memory of a one-edit literal, for every fixable finding of the run), and no text is read.
    if (!fix.edits.some((e) => this.contains(e.text))) {
      const description = this.text(fix.description);
      return description === fix.description ? fix : { ...fix, description };
    }
    const text = f.location.kind === 'file' ? f.location.file.text : undefined;
    const edits: TextEdit[] = [];
    for (const e of fix.edits) {
      if (!this.contains(e.text)) {
        edits.push(e);
        continue;
      }
      const src = text?.slice(e.span.start, e.span.end) ?? '';
      const at = src === '' ? -1 : e.text.indexOf(src);
      const pre = at < 0 ? '' : e.text.slice(0, at);
      const post = at < 0 ? '' : e.text.slice(at + src.length);
      if (at < 0 || this.contains(pre) || this.contains(post)) return undefined;
      if (pre) edits.push({ span: { start: e.span.start, end: e.span.start }, text: pre });
      if (post) edits.push({ span: { start: e.span.end, end: e.span.end }, text: post });
    }
    return { ...fix, description: this.text(fix.description), edits };
  }

  notification(n: ToolNotification): ToolNotification {
    return { ...n, message: this.text(n.message) };
  }
}

/**
 * The redactor for everything an inventory holds: every object through its body; objects of `astFiles` (the reported
 * files findings point into) also through their AST, for the source forms a fix description or message quotes
 * (`0x1F`, `"quoted"`). Other files are not walked by AST: their objects may come from the context cache or a parse
 * worker, whose YAML nodes cost a parse, and no finding quotes their source text. With `memo`, what the objects of
 * other files hold is kept per object (objects are never mutated) and reused by the next call.
 */
export function redactorFor(inventory: Inventory, astFiles?: ReadonlySet<string>, memo?: WeakMap<ManifestObject, SensitiveParts>): Redactor {
  const r = new Redactor();
  const parts: SensitiveParts = { spans: [], values: [] };
  for (const o of inventory.objects) {
    // Objects restored from facts know whether their body holds anything sensitive: most hold nothing, and a
    // pre-commit run restores the whole repository (the walk below would parse every body of it).
    if (o.mayHoldSensitive?.() === false) continue;
    const withAst = o.source.kind === 'file' && (!astFiles || astFiles.has(o.source.file.relPath));
    if (memo && !withAst) {
      // A caller that checks the same unchanged objects again and again (the language server) walks each body once.
      let own = memo.get(o);
      if (!own) {
        own = { spans: [], values: [] };
        addObject(o, own, false);
        memo.set(o, own);
      }
      for (const v of own.values) parts.values.push(v);
      continue;
    }
    addObject(o, parts, withAst);
  }
  r.addAll(parts);
  return r;
}

/** The reported files that findings (or their related locations) point into: those a redactor walks by AST. */
export function filesQuotedBy(findings: readonly Finding[], reportFiles: ReadonlySet<string> | undefined): Set<string> {
  const files = new Set<string>();
  const note = (loc: ResolvedLocation): void => {
    if (loc.kind === 'file' && (!reportFiles || reportFiles.has(loc.file.relPath))) files.add(loc.file.relPath);
  };
  for (const f of findings) {
    note(f.location);
    for (const rel of f.related) note(rel.location);
  }
  return files;
}

function addObject(o: ManifestObject, parts: SensitiveParts, withAst: boolean): void {
  const fromBody: SensitiveParts = { spans: [], values: [] };
  addSensitiveBodyValues(o.body, fromBody);
  // The AST only adds source forms of values the body already has: an object without any needs no parse.
  if (!fromBody.values.length) return;
  if (withAst && o.source.kind === 'file' && o.yamlNode) {
    addSensitiveNodes(o.yamlNode as Node, o.source.file.text, parts);
  }
  // The body adds what the AST has no node for: values reached through an alias or merge key, and the decoded form
  // of a Secret's base64 `data` (the redactor drops repeats).
  for (const v of fromBody.values) parts.values.push(v); // not push(...): a Secret may have 150,000 keys
}

/**
 * Masks, line by line, the sensitive values of one side of a diff: `line` is line `index` of `text`; the part of
 * it inside a sensitive span becomes ***. Built once per text.
 */
export function lineMasker(text: string): (index: number, line: string) => string {
  const parts = sensitivePartsOfText(text);
  if (parts.spans.length === 0) return (_i, line) => line;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const byLine = new Map<number, Span[]>();
  for (const s of parts.spans) {
    let l = lineOf(lineStarts, s.start);
    // A span ending exactly at a line start does not cover that line.
    for (; l < lineStarts.length && lineStarts[l]! < Math.max(s.end, s.start + 1); l++) {
      let list = byLine.get(l);
      if (!list) byLine.set(l, (list = []));
      list.push(s);
    }
  }
  const redactor = new Redactor();
  redactor.addAll(parts);
  return (index, line) => {
    const spans = byLine.get(index);
    if (!spans) return redactor.text(line);
    const start = lineStarts[index]!;
    const eol = /\r?\n$/.exec(line)?.[0] ?? '';
    const body = line.slice(0, line.length - eol.length);
    // Keep what precedes the first sensitive part of the line (indentation, key); hide the rest of the line,
    // from the key's `: ` on, so an anchor or tag written before the value (`&value`, `!x!value`) goes too.
    let from = Math.max(0, Math.min(...spans.map((s) => s.start)) - start);
    const before = body.slice(0, from);
    const colon = Math.max(before.lastIndexOf(': '), before.lastIndexOf(':\t'));
    if (colon >= 0) from = colon + 2;
    else from = before.replace(/[!&][^\s]*\s*$/, '').length;
    return `${body.slice(0, from)}${MASK}${eol}`;
  };
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
