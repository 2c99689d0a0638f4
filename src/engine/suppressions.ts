// Suppressions: comment directives and object annotations that silence findings, each with a reason.
//
//   # vvp-kv-lint-disable-next-line <rule-id>[, <rule-id>...] [until=YYYY-MM-DD] -- <reason>
//   # vvp-kv-lint-disable <rule-id>[, <rule-id>...] [until=YYYY-MM-DD] -- <reason>      (the whole file)
//   metadata.annotations: { vvp-kv-lint.io/ignore-<rule-id>: "<reason> [until=YYYY-MM-DD]" }   (that object)
//
// Semantics, decided here and documented in docs/rules/suppression-*.md:
// - "next line" is the next line with content: blank lines and comment-only lines in between are skipped, so
//   several directives can be stacked above one line. A finding matches when its primary location starts there.
// - An annotation covers findings whose primary location lies in that object's document (file objects) or on that
//   live object (same logical name). Only the object's own metadata.annotations count, not pod template ones.
// - A suppression without a reason does NOT apply: the finding stays active and `suppression-reason-missing`
//   points at the directive. "A reason is required" then means something even at the default fail level.
// - `until=` is inclusive (UTC). Past it the finding comes back with a note naming the expired suppression.
// - Malformed directives (no rule id, an unknown rule id, a bad date) are reported as `suppression-unused`
//   always; directives that matched no finding only with --report-unused-disables (on by default in CI).
// - Comments are found with the YAML CST, so `#` lines inside block scalars (embedded YAML) are never directives.
//   Only files being reported on are scanned: a directive in a context file has no findings to match.
import { Parser, type Node } from 'yaml';
import type { Inventory } from '../model/inventory.js';
import type { Level, ManifestObject, ResolvedLocation, SourceFile, Span } from '../model/types.js';
import { lineIndex, lineStarts } from '../yaml/lines.js';
import { compareFindings, runRules } from './run.js';
import type { DirectiveVerdict } from '../rules/contract.js';
import type { DerivedViews } from '../model/views.js';
import { isRecord } from '../model/kinds.js';
import type { Finding } from './types.js';
import { similarIds } from '../similar-ids.js';

export const REASON_MISSING_ID = 'suppression-reason-missing';
export const UNUSED_ID = 'suppression-unused';
export const ANNOTATION_PREFIX = 'vvp-kv-lint.io/ignore-';
const MARKER = 'vvp-kv-lint-disable';
const DIRECTIVE = /^#\s*vvp-kv-lint-(disable-next-line|disable)(?=\s|$)(.*)$/s;
const UNTIL = /(?:^|\s)until=(\S*)/;

export interface Directive {
  readonly kind: 'next-line' | 'file' | 'annotation';
  readonly ruleIds: readonly string[];
  /** '' when none was given. */
  readonly reason: string;
  /** YYYY-MM-DD, inclusive. */
  readonly until?: string;
  /** Where the directive is written (comment or annotation key). */
  readonly location: ResolvedLocation;
  /** Why the directive can never apply (reported as suppression-unused), if so. */
  readonly malformed?: string;
  /** Does a finding's primary location fall under this directive? */
  covers(loc: ResolvedLocation): boolean;
  /** Text used for the directive's own fingerprint (line-independent). */
  readonly identity: string;
}

export interface SuppressionOptions {
  /** Known rule ids (unknown ids in directives are reported). */
  readonly knownRuleIds: readonly string[];
  /** Report directives that suppressed nothing (--report-unused-disables, CI). */
  readonly reportUnused: boolean;
  /** Files findings may be reported on; undefined = all. */
  readonly reportFiles?: ReadonlySet<string>;
  /** Config levels: 'off' drops the suppression-* findings, a level overrides theirs. */
  readonly ruleLevels?: Readonly<Record<string, Level | 'off'>>;
  /** Today as YYYY-MM-DD (UTC); injectable for tests. */
  readonly today?: string;
  /** The inventory's derived views, when the caller already has them. */
  readonly views?: DerivedViews;
}

/** Applies every directive of the inventory to the findings; returns the new findings list (sorted as given, plus directive findings). */
export function applySuppressions(findings: readonly Finding[], inventory: Inventory, opts: SuppressionOptions): Finding[] {
  const directives = collectDirectives(inventory, opts);
  if (directives.length === 0) return [...findings];
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const used = new Map<Directive, Set<string>>();
  const out: Finding[] = [];

  for (const f of findings) {
    if (f.suppressions?.length) {
      out.push(f);
      continue;
    }
    const matches = directives.filter((d) => !d.malformed && d.ruleIds.includes(f.ruleId) && d.covers(f.location));
    for (const d of matches) {
      if (d.reason !== '') (used.get(d) ?? used.set(d, new Set()).get(d)!).add(f.ruleId);
    }
    const active = matches.filter((d) => d.reason !== '' && !(d.until !== undefined && today > d.until));
    if (active.length > 0) {
      out.push({ ...f, suppressions: active.map((d) => ({ kind: 'inSource' as const, justification: d.reason })) });
      continue;
    }
    const expired = matches.find((d) => d.reason !== '' && d.until !== undefined && today > d.until);
    if (expired) {
      out.push({
        ...f,
        message: `${f.message} A suppression of this finding expired on ${expired.until} (reason given: ${expired.reason}).`,
        related: [...f.related, { location: expired.location, message: `Suppression expired on ${expired.until}.` }],
      });
      continue;
    }
    out.push(f);
  }

  // The directives' own problems are findings of the suppression-* rules, reported through the same engine as every
  // rule (levels, config, fingerprints); they run now because a directive can only be judged after every finding.
  const verdicts: DirectiveVerdict[] = [];
  for (const d of directives) {
    const base = { where: describeDirective(d), kind: d.kind, ruleIds: d.ruleIds, location: d.location, identity: d.identity };
    if (d.malformed) {
      verdicts.push({ ...base, verdict: 'malformed', detail: d.malformed, unusedIds: [] });
      continue;
    }
    if (d.reason === '') {
      verdicts.push({ ...base, verdict: 'no-reason', detail: '', unusedIds: [] });
      continue;
    }
    if (!opts.reportUnused) continue;
    const hit = used.get(d);
    const unused = d.ruleIds.filter((id) => !hit?.has(id));
    if (unused.length > 0) verdicts.push({ ...base, verdict: 'unused', detail: '', unusedIds: unused });
  }
  if (verdicts.length) {
    const judged = runRules(inventory, { phase: 'suppressions', directives: verdicts, ruleLevels: opts.ruleLevels, ...(opts.views ? { views: opts.views } : {}) });
    out.push(...judged.findings);
  }
  return out.sort(compareFindings);
}

function describeDirective(d: Directive): string {
  if (d.kind === 'annotation') return `annotation ${ANNOTATION_PREFIX}${d.ruleIds[0] ?? ''}`;
  const ids = d.ruleIds.length ? ` ${d.ruleIds.join(', ')}` : '';
  return `suppression "${d.kind === 'file' ? MARKER : `${MARKER}-next-line`}${ids}"`;
}

/** Every directive in the files being reported on and every ignore annotation on their objects (and live ones). */
export function collectDirectives(inventory: Inventory, opts: Pick<SuppressionOptions, 'knownRuleIds' | 'reportFiles'>): Directive[] {
  const out: Directive[] = [];
  const known = new Set(opts.knownRuleIds);
  for (const file of inventory.files.values()) {
    if (opts.reportFiles && !opts.reportFiles.has(file.relPath)) continue;
    // Cheap pre-filter: most files hold no directive and are never re-parsed.
    if (!file.text.includes(MARKER)) continue;
    out.push(...commentDirectives(file, opts.knownRuleIds, known));
  }
  for (const o of inventory.objects) {
    if (o.source.kind === 'file' && opts.reportFiles && !opts.reportFiles.has(o.source.file.relPath)) continue;
    out.push(...annotationDirectives(o, opts.knownRuleIds, known));
  }
  return out;
}

/** Comments of a YAML file with their offsets, from the CST (block scalar content is not a comment). */
export function yamlComments(text: string): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
    } else if (n !== null && typeof n === 'object') {
      const t = n as { type?: string; offset?: number; source?: string };
      if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
        out.push({ offset: t.offset, source: t.source });
        return;
      }
      for (const v of Object.values(n)) if (v !== null && typeof v === 'object') visit(v);
    }
  };
  try {
    for (const token of new Parser().parse(text)) visit(token);
  } catch {
    // Too deeply nested to walk: the loader already reported the file; it holds no usable directive.
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function commentDirectives(file: SourceFile, ids: readonly string[], known: ReadonlySet<string>): Directive[] {
  const out: Directive[] = [];
  const starts = lineStarts(file.text);
  for (const c of yamlComments(file.text)) {
    const m = DIRECTIVE.exec(c.source);
    if (!m) continue;
    const kind = m[1] === 'disable-next-line' ? 'next-line' : 'file';
    const parsed = parseDirectiveText(m[2]!, ids, known);
    const span: Span = { start: c.offset, end: c.offset + c.source.length };
    const location: ResolvedLocation = { kind: 'file', file, span, exact: true };
    const identity = `${file.relPath}|${kind}|${parsed.ruleIds.join(',')}|${parsed.reason}|${parsed.until ?? ''}`;
    if (kind === 'file') {
      out.push({ kind, ...parsed, location, identity, covers: (loc) => loc.kind === 'file' && loc.file.relPath === file.relPath });
    } else {
      const target = nextContentLine(file.text, starts, lineIndex(starts, c.offset));
      let malformed = parsed.malformed;
      if (target === undefined && !malformed) malformed = 'there is no line after it';
      out.push({
        kind,
        ...parsed,
        ...(malformed ? { malformed } : {}),
        location,
        identity,
        covers: (loc) => loc.kind === 'file' && loc.file.relPath === file.relPath && lineIndex(starts, loc.span.start) === target,
      });
    }
  }
  return out;
}

/** Splits `<ids> [until=DATE] -- <reason>` (until= may also follow the reason). */
export function parseDirectiveText(rest: string, ids: readonly string[], known: ReadonlySet<string>): { ruleIds: string[]; reason: string; until?: string; malformed?: string } {
  const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
  let head = sep ? rest.slice(0, sep.index) : rest;
  let reason = sep ? rest.slice(sep.index + sep[0].length) : '';
  let until: string | undefined;
  for (const part of ['head', 'reason'] as const) {
    const text = part === 'head' ? head : reason;
    const m = UNTIL.exec(text);
    if (!m) continue;
    until = m[1]!;
    const cleaned = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
    if (part === 'head') head = cleaned;
    else reason = cleaned;
  }
  const ruleIds = head.split(/[\s,]+/).filter((s) => s !== '');
  reason = reason.replace(/\s+/g, ' ').trim();
  const out: { ruleIds: string[]; reason: string; until?: string; malformed?: string } = { ruleIds, reason };
  if (until !== undefined) out.until = until;
  const problem = validate(ruleIds, until, ids, known);
  if (problem) out.malformed = problem;
  return out;
}

function validate(ruleIds: readonly string[], until: string | undefined, ids: readonly string[], known: ReadonlySet<string>): string | undefined {
  if (ruleIds.length === 0) return 'it names no rule id';
  for (const id of ruleIds) {
    if (!known.has(id)) {
      const close = similarIds(id, ids);
      return `"${id}" is not a rule id${close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : ''}`;
    }
  }
  if (until !== undefined && !isDate(until)) return `until=${until} is not a date (want YYYY-MM-DD)`;
  return undefined;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function annotationDirectives(o: ManifestObject, ids: readonly string[], known: ReadonlySet<string>): Directive[] {
  const metadata = o.body['metadata'];
  const annotations = isRecord(metadata) ? metadata['annotations'] : undefined;
  if (!isRecord(annotations)) return [];
  const out: Directive[] = [];
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    const ruleId = key.slice(ANNOTATION_PREFIX.length);
    const raw = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
    const m = UNTIL.exec(raw);
    const until = m ? m[1]! : undefined;
    const reason = (m ? raw.slice(0, m.index) + raw.slice(m.index + m[0].length) : raw).replace(/\s+/g, ' ').trim();
    const malformed = validate([ruleId], until, ids, known);
    const location = o.locator.locate(['metadata', 'annotations', key], 'key');
    const home = o.locator.locate([]);
    const identity = `${home.kind === 'file' ? home.file.relPath : home.fullyQualifiedName}|${o.kind ?? ''}/${o.namespace ?? ''}/${o.name ?? ''}|annotation|${ruleId}|${reason}|${until ?? ''}`;
    out.push({
      kind: 'annotation',
      ruleIds: [ruleId],
      reason,
      ...(until !== undefined ? { until } : {}),
      ...(malformed ? { malformed } : {}),
      location,
      identity,
      covers: objectCover(o, home),
    });
  }
  return out;
}

/** The extent of an object: its YAML node's range in its file, or its logical name when live. */
function objectCover(o: ManifestObject, home: ResolvedLocation): (loc: ResolvedLocation) => boolean {
  if (home.kind === 'logical') return (loc) => loc.kind === 'logical' && loc.fullyQualifiedName === home.fullyQualifiedName;
  const range = (o.yamlNode as Node | undefined)?.range;
  const start = range ? range[0] : home.span.start;
  const end = range ? range[2] : home.span.end;
  const rel = home.file.relPath;
  return (loc) => loc.kind === 'file' && loc.file.relPath === rel && loc.span.start >= start && loc.span.start <= end;
}

/** The first line after `line` that holds something other than blanks or a comment. */
function nextContentLine(text: string, starts: ArrayLike<number>, line: number): number | undefined {
  for (let i = line + 1; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    const content = text.slice(starts[i]!, end).trim();
    if (content !== '' && !content.startsWith('#')) return i;
  }
  return undefined;
}

