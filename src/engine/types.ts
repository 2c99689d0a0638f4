// The contract between rules, the engine and the reporters.
import type { Level, ResolvedLocation, ToolNotification } from '../model/types.js';

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

// The rule-facing half of the contract lives with the rules (src/rules/contract.ts); re-exported for the engine and reporters.
export type { Fix, MessageData, RelatedReport, Report, RuleContext, RuleDefinition, RuleModule, RuleOptions, TextEdit } from '../rules/contract.js';
import type { Fix, MessageData } from '../rules/contract.js';
import type { Remedy, RenderedRemediation } from '../model/remedy.js';

export interface Suppression {
  readonly kind: 'inSource' | 'external';
  readonly justification: string;
  /**
   * SARIF `suppression.status`, written to the log when set. The suppression pass never sets it (a suppression
   * with a reason applies, one without does not apply at all); it is for findings suppressed by other producers.
   */
  readonly status?: 'accepted';
}

export interface Finding {
  readonly ruleId: string;
  /** The rule's message id and placeholder data (tests assert these rather than the prose). */
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly level: Level;
  readonly message: string;
  readonly location: ResolvedLocation;
  readonly related: readonly { readonly location: ResolvedLocation; readonly message: string }[];
  /** Stable semantic identity: kind/namespace/name + field path (+ discriminator). Line-independent. */
  readonly objectFingerprint: string;
  readonly fix?: Fix;
  /** Azure findings: the fix in Azure as data (see src/model/remedy.ts). */
  readonly remedy?: Remedy;
  /** The remedy rendered (az, Bicep, Terraform), added by src/remediation before reporting. */
  readonly remediation?: RenderedRemediation;
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
