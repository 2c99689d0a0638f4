// The contract of an exported rule: CEL that decides, from one admitted object, what the linter rule decides from
// the same object. Each src/policy/rules/<rule-id>.ts holds one; test/policy/parity.test.ts evaluates them on the
// linter's own fixtures so the two cannot drift apart silently.
import type { Level } from '../model/types.js';

/** Which admitted objects a validation reads: the pod spec of a workload or pod, or a SecretProviderClass. */
export type PolicyTarget = 'pod' | 'spc';

export interface PolicyValidation {
  /** CEL that is true when the object passes. Reads `object` and the variables of its target (see shapes.ts). */
  readonly expression: string;
  /** Shown to whoever applies the object; starts with the rule id. */
  readonly message: string;
  /** The level of findings this validation stands for, when a rule reports at more than its default level. */
  readonly level?: Level;
}

export interface PolicyRule {
  readonly id: string;
  readonly target: PolicyTarget;
  readonly validations: readonly PolicyValidation[];
  /**
   * Set when only part of the rule is exported: the rule's message ids the CEL decides exactly (parity is checked
   * on those findings alone), and why the rest cannot be (shown by `policy --list`).
   */
  readonly partial?: { readonly messageIds: readonly string[]; readonly rest: string };
}

export interface NotExportable {
  readonly id: string;
  readonly why: string;
}
