// The rule contract: what a rule module declares and what it may do. A module is
//
//   export default defineRule({ kinds, messages, fixable, requires, create(ctx) { ... ctx.report({ messageId, data, ... }) } })
//
// and nothing else: its id is its file name (scripts/generate.mjs builds the registry from the file names and checks
// that rules/<id>.yaml, docs/rules-src/<id>.md and the fixtures agree with the module). The engine resolves the
// reported field path to a region, interpolates the message, applies levels and fingerprints (src/engine/run.ts).
import type { FieldPath, Level, LocateTarget, ManifestObject, ResolvedLocation, Span } from '../model/types.js';
import type { Inventory } from '../model/inventory.js';
import type { DerivedViews, SubjectViews } from '../model/views.js';
import type { Remedy } from '../model/remedy.js';

/** A text edit on a file's original source; never overlapping within one fix. */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

export interface Fix {
  readonly description: string;
  /** Edits are on the file of the finding's primary location unless `file` is set. */
  readonly edits: readonly TextEdit[];
}

/** Message placeholders: `{{name}}` in a message is replaced by String(data.name), as a template literal would. */
export type MessageData = Readonly<Record<string, unknown>>;

/** What a rule hands to ctx.report(): an object and a field path; the engine resolves the region. */
export interface Report<M extends string = string> {
  /** The object the finding is about; omitted only for input problems, which carry `location`. */
  readonly object?: ManifestObject;
  readonly path: FieldPath;
  readonly target?: LocateTarget;
  /** A key of the rule's `messages`; the engine throws for an unknown id (a rule author's mistake). */
  readonly messageId: M;
  readonly data?: MessageData;
  /** For rules with two levels in the catalog (e.g. spc-api-version). Defaults to the rule's level. */
  readonly level?: Level;
  readonly related?: readonly RelatedReport[];
  /** Builds the fix lazily, only for file objects; return undefined when no unambiguous fix exists. Needs `fixable: true`. */
  readonly fix?: () => Fix | undefined;
  /** Extra identity for the semantic fingerprint when one path can carry several findings. */
  readonly discriminator?: string;
  /** Use an already resolved location instead of object+path (embedded YAML inside a scalar, a comment). */
  readonly location?: ResolvedLocation;
  /**
   * The whole line-independent identity of a finding that has no object (a suppression directive): replaces the
   * object/path part of the fingerprint, so it does not depend on the message text.
   */
  readonly identity?: string;
  /** Azure findings: what to do in Azure, computed from the state (src/remediation renders it as az/Bicep/Terraform). */
  readonly remedy?: Remedy;
}

export interface RelatedReport {
  readonly object: ManifestObject;
  readonly path: FieldPath;
  readonly target?: LocateTarget;
  readonly message: string;
  readonly location?: ResolvedLocation;
}

/**
 * A check a rule could not run for lack of input (a list not in the Azure state, a principal it cannot resolve).
 * The engine gathers skips with the same cause, reason and remedy into one notification with their count, so the
 * user learns what was not checked and the exact command or flag that would let it run. Never used for a check
 * whose answer is simply "no problem".
 */
export interface Skip {
  /** Stable cause id (`vault-lists-missing`, `certificates-unknown`, `principal-unknown` ...). */
  readonly cause: string;
  /** What was not checked and why, without the count: `objects of key vault kv-a: ...`. */
  readonly reason: string;
  /** The exact command or flag that would let the check run. */
  readonly remedy: string;
  /** Identity of the one check skipped (an SPC entry, a principal): counted once per rule. */
  readonly subject: string;
  /** The object the check was about: a skip on an object not reported on (pre-commit of another file) is dropped. */
  readonly object?: ManifestObject;
}

export interface RuleOptions {
  /** VVP version as [major, minor] when known from flags/config. */
  readonly vvpVersion?: readonly [number, number];
  /** Days before an object's expiry at which kv-object-expired warns (config objectExpiryWarningDays; default 30). */
  readonly objectExpiryWarningDays?: number;
}

/** A suppression directive the suppression pass judged (input of the suppression-* rules). */
export interface DirectiveVerdict {
  readonly verdict: 'malformed' | 'no-reason' | 'unused';
  /** How a user recognises the directive, e.g. `suppression "vvp-kv-lint-disable-next-line x"`. */
  readonly where: string;
  readonly kind: 'next-line' | 'file' | 'annotation';
  /** malformed: why it never applies; unused: the rule ids that matched nothing. */
  readonly detail: string;
  readonly ruleIds: readonly string[];
  readonly unusedIds: readonly string[];
  readonly location: ResolvedLocation;
  readonly identity: string;
}

export interface RuleContext<M extends string = string> {
  readonly inventory: Inventory;
  /** Views derived once from the enriched inventory (pod sources, secrets volumes, SPC views). */
  readonly views: DerivedViews;
  /**
   * What the rule examines: the pod sources, secrets volumes and objects whose findings can be reported (those of
   * the linted files, and live objects). Loop over these and look things up in `inventory` and `views`: a finding
   * on an object outside them is dropped anyway, and a pre-commit run of one file then does the work of one file.
   */
  readonly subjects: SubjectViews;
  /** True when findings on `object` are reported (it is live, or in a linted file). */
  reportsOn(object: ManifestObject): boolean;
  /**
   * True when findings located in the file (a project-relative path) are reported: a linted file. For rules that
   * walk input problems of every file: a pre-commit run of one file need not read the others' text.
   */
  reportsOnFile(relPath: string): boolean;
  readonly options: RuleOptions;
  /** Only for rules with `phase: 'suppressions'`: the directives judged after every other rule ran. */
  readonly directives: readonly DirectiveVerdict[];
  report(report: Report<M>): void;
  /** Says that a check could not run (see Skip); the engine turns skips into one notification per cause. */
  skip(skip: Skip): void;
  /**
   * Runs `compute` once per run and hands every rule the same result: for work several rules share (Azure grant
   * checks). Keyed by the function, so pass a module-level function, never a closure.
   */
  once<T>(compute: (data: Pick<RuleContext, 'inventory' | 'views'>) => T): T;
}

/** Inputs besides files that a rule needs to report anything; such rules are tested against those sources. */
export type RuleInput = 'azure' | 'cluster' | 'vvp-api';

export interface RuleDefinition<M extends string = string> {
  /**
   * Every Kubernetes `kind` the rule reads from manifests. The loader builds objects for exactly the union of all
   * rules' kinds (plus List); a document of another kind is counted and dropped, so a rule that reads a kind
   * without declaring it sees nothing offline. Helm values files have no kind and are always kept.
   */
  readonly kinds: readonly string[];
  /** Message templates by id; `{{name}}` placeholders are filled from the report's data. */
  readonly messages: Readonly<Record<M, string>>;
  /** True when the rule offers automatic fixes; must agree with `fixable` in rules/<id>.yaml. */
  readonly fixable?: boolean;
  /** Sources the rule needs besides files (its tests live with those sources, not in test/fixtures/rules). */
  readonly requires?: readonly RuleInput[];
  /** 'suppressions': runs after all other rules and the suppression pass, over ctx.directives. */
  readonly phase?: 'suppressions';
  create(ctx: RuleContext<M>): void;
}

/** A rule module's default export. The identity function only gives TypeScript the message ids to check. */
export function defineRule<M extends string>(definition: RuleDefinition<M>): RuleDefinition<M> {
  return definition;
}

/** A registered rule: its definition and the id taken from its file name (src/generated/rule-modules.ts). */
export interface RuleModule {
  readonly id: string;
  readonly definition: RuleDefinition;
}

/** `{{name}}` → String(data.name); a placeholder without data is a rule author's mistake. */
export function interpolate(template: string, data: MessageData | undefined, where: string): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    if (!data || !Object.hasOwn(data, name)) throw new TypeError(`${where}: message placeholder {{${name}}} has no data`);
    return String(data[name]);
  });
}
