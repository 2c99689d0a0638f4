// The contract between rules, the engine and the reporters.
import type { FieldPath, Level, LocateTarget, ManifestObject, ResolvedLocation, Span, ToolNotification } from '../model/types.js';
import type { Inventory } from '../model/inventory.js';

/** Declarative metadata of a rule, compiled from rules/<id>.yaml (see schemas/rule.schema.json). */
export interface RuleMeta {
  readonly id: string;
  /** Catalog group: input | spc | csi | identity | vvp | azure | cluster */
  readonly group: string;
  readonly level: Level;
  readonly shortDescription: string;
  readonly fullDescription: string;
  /** How to fix it, one or two sentences. */
  readonly remediation: string;
  /** Markdown help shown by GitHub and `vvp-kv-lint explain`. */
  readonly help: string;
  readonly tags: readonly string[];
  /** SARIF properties.security-severity ("0.1".."10.0"), for security rules only. */
  readonly securitySeverity?: string;
  readonly fixable?: boolean;
}

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

/** What a rule hands to ctx.report(): an object and a field path; the engine resolves the region. */
export interface Report {
  /** The object the finding is about; omitted only for input problems, which carry `location`. */
  readonly object?: ManifestObject;
  readonly path: FieldPath;
  readonly target?: LocateTarget;
  readonly message: string;
  /** For rules with two levels in the catalog (e.g. spc-api-version). Defaults to the rule's level. */
  readonly level?: Level;
  readonly related?: readonly RelatedReport[];
  /** Builds the fix lazily, only for file objects; return undefined when no unambiguous fix exists. */
  readonly fix?: () => Fix | undefined;
  /** Extra identity for the semantic fingerprint when one path can carry several findings. */
  readonly discriminator?: string;
  /** Use an already resolved location instead of object+path (embedded YAML inside a scalar). */
  readonly location?: ResolvedLocation;
}

export interface RelatedReport {
  readonly object: ManifestObject;
  readonly path: FieldPath;
  readonly target?: LocateTarget;
  readonly message: string;
  readonly location?: ResolvedLocation;
}

export interface RuleOptions {
  /** VVP version as [major, minor] when known from flags/config. */
  readonly vvpVersion?: readonly [number, number];
  /** Days before an object's expiry at which kv-object-expired warns (config objectExpiryWarningDays; default 30). */
  readonly objectExpiryWarningDays?: number;
}

export interface RuleContext {
  readonly inventory: Inventory;
  readonly options: RuleOptions;
  report(report: Report): void;
}

export interface RuleModule {
  readonly id: string;
  check(ctx: RuleContext): void;
}

export interface Suppression {
  readonly kind: 'inSource' | 'external';
  readonly justification: string;
  /** Where the directive lives (for unused-directive reporting). */
  readonly status?: 'accepted';
}

export interface Finding {
  readonly ruleId: string;
  readonly level: Level;
  readonly message: string;
  readonly location: ResolvedLocation;
  readonly related: readonly { readonly location: ResolvedLocation; readonly message: string }[];
  /** Stable semantic identity: kind/namespace/name + field path (+ discriminator). Line-independent. */
  readonly objectFingerprint: string;
  readonly fix?: Fix;
  suppressions?: Suppression[];
  baselineState?: 'new' | 'unchanged' | 'absent';
}

/** Everything a reporter needs, and nothing it would have to compute. */
export interface LintResult {
  readonly toolVersion: string;
  readonly rules: readonly RuleMeta[];
  readonly findings: readonly Finding[];
  readonly notifications: readonly ToolNotification[];
  /** Absolute path of the project root (file paths in text and JSON output are relative to it). */
  readonly root: string;
  /**
   * The git work tree holding the project root, when it is not the root itself (config in a monorepo folder).
   * SARIF and GitHub annotations resolve paths against the repository, so those formats are relative to it.
   */
  readonly repositoryRoot?: string;
  readonly filesRead: number;
  /** Files findings are reported on (the paths given); the rest of filesRead was read only for context. */
  readonly filesLinted?: number;
  readonly documentsRead: number;
  /** False when some requested input could not be analysed (unreadable files, failed API calls). */
  readonly executionSuccessful: boolean;
  readonly startTime: Date;
  readonly endTime: Date;
  readonly commandLine: string;
}
