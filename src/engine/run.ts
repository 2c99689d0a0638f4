// Runs the rules over an inventory: resolves each reported path to a region once, applies configured levels,
// keeps only findings on the files being reported on, and orders results deterministically.
import * as crypto from 'node:crypto';
import type { Inventory } from '../model/inventory.js';
import type { Level, ManifestObject, ResolvedLocation, ToolNotification } from '../model/types.js';
import type { Finding, Report, RuleMeta, RuleModule, RuleOptions } from './types.js';
import { interpolate, type DirectiveVerdict, type RuleContext } from '../rules/contract.js';
import { deriveViews, subjectViews, type DerivedViews } from '../model/views.js';
import { RULE_META } from '../generated/rule-meta.js';
import { RULE_MODULES } from '../generated/rule-modules.js';
import { SkipCollector } from './skips.js';

export interface RunOptions {
  /** Per-rule level or 'off' (config `rules:`). */
  readonly ruleLevels?: Readonly<Record<string, Level | 'off'>>;
  readonly ruleOptions?: RuleOptions;
  /** Repository-relative files findings may be reported on; undefined = every file. Live findings always count. */
  readonly reportFiles?: ReadonlySet<string>;
  /** For tests and extensions; defaults to every built-in rule. */
  readonly rules?: readonly RuleModule[];
  /** Which rules run: the inventory rules (default), or the suppression-* rules over judged directives. */
  readonly phase?: 'inventory' | 'suppressions';
  readonly directives?: readonly DirectiveVerdict[];
  /** Views of the inventory, when already derived (the suppression phase reuses the inventory phase's). */
  readonly views?: DerivedViews;
  /** Rule metadata, for rules that are not built in (the RuleTester); defaults to rules/*.yaml. */
  readonly metas?: readonly RuleMeta[];
  /**
   * False: findings leave out their message data (`data`), which no report format writes (the message is already
   * worded); the CLI's runs, where it is about 66 bytes a finding to the end of the run. Default: kept (tests and
   * the RuleTester assert it).
   */
  readonly messageData?: boolean;
}

export interface RunOutput {
  readonly findings: Finding[];
  readonly notifications: ToolNotification[];
  readonly rules: readonly RuleMeta[];
}

export const ALL_RULE_META: readonly RuleMeta[] = RULE_META;

export function metaById(id: string): RuleMeta | undefined {
  return RULE_META.find((m) => m.id === id);
}

/** The `kind`s the loader must keep: the union of what the rules declare (src/rules/contract.ts `kinds`). */
export function declaredKinds(modules: readonly RuleModule[] = RULE_MODULES): ReadonlySet<string> {
  return new Set(modules.flatMap((m) => m.definition.kinds));
}

export function runRules(inventory: Inventory, opts: RunOptions = {}): RunOutput {
  const phase = opts.phase ?? 'inventory';
  const modules = (opts.rules ?? RULE_MODULES).filter((m) => (m.definition.phase ?? 'inventory') === phase);
  const allMetas = opts.metas ?? RULE_META;
  const metas = new Map(allMetas.map((m) => [m.id, m]));
  const findings: Finding[] = [];
  const notifications: ToolNotification[] = [];
  // Messages repeat: a repository full of findings had 21,550 findings and 740 distinct texts. Each finding keeps
  // the one copy of its text (about 150 bytes a finding less to the end of the run); the copies made while
  // reporting are young garbage. The table lives only while the rules run.
  const texts = new Map<string, string>();
  /** Each distinct finding message's number, for the duplicate keys below. */
  const messageNos = new Map<string, number>();
  const oneCopy = (s: string): string => {
    const known = texts.get(s);
    if (known !== undefined) return known;
    texts.set(s, s);
    return s;
  };
  const views = opts.views ?? deriveViews(inventory);
  const reportFiles = opts.reportFiles;
  const reportsOn = (o: ManifestObject): boolean => o.source.kind !== 'file' || !reportFiles || reportFiles.has(o.source.file.relPath);
  const subjects = subjectViews(inventory, views, reportFiles ? reportsOn : undefined);
  const skips = new SkipCollector();
  const shared = new Map<unknown, unknown>();
  const once = <T>(compute: (data: { inventory: Inventory; views: DerivedViews }) => T): T => {
    if (!shared.has(compute)) shared.set(compute, compute({ inventory, views }));
    return shared.get(compute) as T;
  };

  for (const mod of modules) {
    const meta = metas.get(mod.id);
    if (!meta) continue;
    const configured = opts.ruleLevels?.[mod.id];
    if (configured === 'off') continue;
    const def = mod.definition;
    // What this rule reported already (location and message): a rule's findings are told apart among its own only,
    // so the set lives for one rule. Kept for the whole run it held a long key a finding (290 bytes each at 21,550
    // findings; about 60 MB at 100,000 documents, the rules' peak).
    const seen = new Set<string>();
    const ctx: RuleContext = {
      inventory,
      views,
      subjects,
      reportsOn,
      reportsOnFile: (relPath) => !reportFiles || reportFiles.has(relPath),
      options: opts.ruleOptions ?? {},
      directives: opts.directives ?? [],
      once,
      skip(s): void {
        // Like a finding: only about what is reported on (a pre-commit run of one file hears about that file).
        if (s.object && !reportsOn(s.object)) return;
        skips.add(mod.id, s);
      },
      report(r: Report): void {
        // Rule authors' mistakes fail loudly (the rule is then reported as failed, see below).
        const template = (def.messages as Record<string, string>)[r.messageId];
        if (template === undefined) throw new TypeError(`rule ${mod.id} reported messageId "${r.messageId}", which is not in its messages`);
        if (r.fix && !def.fixable) throw new TypeError(`rule ${mod.id} reported a fix but does not declare fixable: true`);
        // A patch is checked only on what it sets: a finding about an absent or container field is the base's.
        if (r.object?.partial && !setsScalar(r.object.body, r.path)) return;
        // A file object's locator only ever points into its own file: a finding on an object outside the report
        // set is dropped before it is located (locating a cached context object would parse its file).
        if (!r.location && r.object?.source.kind === 'file' && opts.reportFiles && !opts.reportFiles.has(r.object.source.file.relPath)) return;
        const location = r.location ?? r.object?.locator.locate(r.path, r.target);
        if (!location) return;
        if (!inScope(location, opts.reportFiles)) return;
        const text = interpolate(template, r.data, `rule ${mod.id}, message ${r.messageId}`);
        const message = oneCopy(finishSentence(text));
        // The message by its number among the run's texts: a key of a few dozen characters, not the whole sentence.
        let messageNo = messageNos.get(message);
        if (messageNo === undefined) messageNos.set(message, (messageNo = messageNos.size));
        const dedupKey = `${locationKey(location)}\u0000${messageNo}`;
        if (seen.has(dedupKey)) return;
        seen.add(dedupKey);
        const related = !r.related?.length ? NO_RELATED : r.related.map((rel) => ({
          location: rel.location ?? rel.object.locator.locate(rel.path, rel.target),
          message: oneCopy(finishSentence(rel.message)),
        }));
        let fix;
        if (location.kind === 'file' && r.fix) {
          try {
            fix = r.fix();
            // Descriptions repeat like messages ("Quote 'true' as a string"): one copy each.
            if (fix) fix = { ...fix, description: oneCopy(fix.description) };
          } catch {
            fix = undefined; // A fix that cannot be built is simply not offered.
          }
        }
        const finding = findingOf(mod.id, r.messageId, opts.messageData === false ? undefined : r.data, configured ?? r.level ?? meta.level, message, location, related, objectFingerprint(mod.id, r, location, text), fix);
        findings.push(r.remedy ? { ...finding, remedy: r.remedy } : finding);
      },
    };
    try {
      def.create(ctx);
    } catch (err) {
      // One broken rule must not hide the others' results; the run is then marked unsuccessful.
      notifications.push({ id: 'rule-failed', level: 'error', message: `rule ${mod.id} failed: ${(err as Error).message}`, incomplete: true });
    }
  }
  findings.sort(compareFindings);
  notifications.push(...skips.notifications());
  return { findings, notifications, rules: allMetas };
}

/**
 * A finding as one object literal per shape (with or without data, with or without a fix), keys in the same order
 * as ever: a literal with spread parts kept the parts after the first spread out of the object, in a property array
 * of its own (about 80 bytes more for every finding with a fix; findings live to the end of the run).
 */
function findingOf(ruleId: string, messageId: string, data: Finding['data'], level: Level, message: string, location: ResolvedLocation, related: Finding['related'], objectFingerprint: string, fix: Finding['fix']): Finding {
  if (fix) return data ? { ruleId, messageId, data, level, message, location, related, objectFingerprint, fix } : { ruleId, messageId, level, message, location, related, objectFingerprint, fix };
  return data ? { ruleId, messageId, data, level, message, location, related, objectFingerprint } : { ruleId, messageId, level, message, location, related, objectFingerprint };
}

/** The related locations of the many findings that have none: one list for all of them (it is never changed). */
const NO_RELATED: Finding['related'] = Object.freeze([]);

/** True when `path` leads to a scalar (or an explicit null) in `body`. */
function setsScalar(body: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = body;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return false;
    if (!Object.hasOwn(v, seg)) return false;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v === null || typeof v !== 'object';
}

function inScope(loc: ResolvedLocation, files: ReadonlySet<string> | undefined): boolean {
  return loc.kind !== 'file' || !files || files.has(loc.file.relPath);
}

function locationKey(loc: ResolvedLocation): string {
  return loc.kind === 'file' ? `${loc.file.relPath}:${loc.span.start}:${loc.span.end}` : `${loc.fullyQualifiedName}:${loc.path.join('.')}`;
}

/** Messages are sentences: GitHub shows the first one as a title, and SARIF wants a final period. */
function finishSentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * A line-independent identity for baselines: rule, object identity and field path (plus a discriminator).
 * File-level findings without an object use the file and message.
 */
function objectFingerprint(ruleId: string, r: Report, loc: ResolvedLocation, text: string): string {
  if (r.identity !== undefined) return hex32(sha256(`${ruleId}|${r.identity}`));
  const o: ManifestObject | undefined = r.object;
  const where = loc.kind === 'file' ? loc.file.relPath : loc.fullyQualifiedName;
  // Without an object, the message text (before the final period is added) tells findings apart.
  const identity = o ? `${o.kind ?? o.hint ?? '?'}/${o.namespace ?? ''}/${o.name ?? ''}@${where}` : `${where}|${text}`;
  const key = `${ruleId}|${identity}|${r.path.join('.')}|${r.discriminator ?? ''}`;
  return hex32(sha256(key));
}

/**
 * SHA-256 of a string. crypto.hash (Node 20.12 and later) is the one-shot form, about three times faster than a Hash
 * object per call (a repository full of findings fingerprints tens of thousands); older Node 20 releases lack it.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash;
const sha256 = (text: string): Buffer => (oneShot ? oneShot('sha256', text, 'buffer') : crypto.createHash('sha256').update(text).digest());

/**
 * The first 32 hex digits of a digest, as a string of its own: `digest('hex').slice(0, 32)` gives the same text as a
 * slice that keeps all 64 digits alive (112 bytes a finding instead of 48, to the end of the run).
 */
function hex32(digest: Buffer): string {
  return digest.toString('hex', 0, 16);
}

/** Files first (by path, then offset), then live findings; rule id, then message, break ties. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  if (la.kind !== lb.kind) return la.kind === 'file' ? -1 : 1;
  if (la.kind === 'file' && lb.kind === 'file') {
    if (la.file.relPath !== lb.file.relPath) return la.file.relPath < lb.file.relPath ? -1 : 1;
    if (la.span.start !== lb.span.start) return la.span.start - lb.span.start;
  } else if (la.kind === 'logical' && lb.kind === 'logical') {
    if (la.fullyQualifiedName !== lb.fullyQualifiedName) return la.fullyQualifiedName < lb.fullyQualifiedName ? -1 : 1;
  }
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
