// What the suppression pass works with: a directive (comment or annotation) and the pass's options.
import type { Level, ResolvedLocation } from '../../model/types.js';
import type { DerivedViews } from '../../model/views.js';

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
