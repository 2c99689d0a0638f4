// Builds the admission objects for the exported rules: ValidatingAdmissionPolicy + Binding
// (admissionregistration.k8s.io/v1, Kubernetes >= 1.30) or Kyverno ClusterPolicies. One policy per pod shape /
// SecretProviderClass and level, because the binding's validationActions decide what a level does.
import { RULE_META } from '../generated/rule-meta.js';
import type { Level } from '../model/types.js';
import { EXPORTED } from './registry.js';
import { SHAPES, type Shape } from './shapes.js';
import { LEVELS, type LevelActions } from './levels.js';
import type { PolicyValidation } from './types.js';
import { kyvernoCrossObjectRules } from './kyverno-lookups.js';

export interface GenerateOptions {
  readonly levels: LevelActions;
  /** Rule levels from the project config (`rules:` in .vvp-kv-lint.yaml): a level, or off. */
  readonly ruleLevels?: Readonly<Record<string, Level | 'off'>>;
  /** Only namespaces with these labels (binding matchResources.namespaceSelector.matchLabels). */
  readonly namespaceLabels?: Readonly<Record<string, string>>;
  /** Namespaces never checked (kubernetes.io/metadata.name NotIn). */
  readonly excludeNamespaces?: readonly string[];
}

export interface SelectedValidation extends PolicyValidation {
  readonly ruleId: string;
  readonly level: Level;
}

const defaultLevel = new Map(RULE_META.map((m) => [m.id, m.level]));

/** The validations of one shape at one level, after config overrides. */
export function validationsFor(shape: Shape, level: Level, ruleLevels: GenerateOptions['ruleLevels'] = {}): SelectedValidation[] {
  const out: SelectedValidation[] = [];
  for (const rule of EXPORTED) {
    if (rule.target !== shape.target) continue;
    const override = ruleLevels[rule.id];
    if (override === 'off') continue;
    for (const v of rule.validations) {
      // A config override moves the whole rule; without one each validation keeps its own (or the rule's) level.
      const l = override ?? v.level ?? defaultLevel.get(rule.id) ?? 'error';
      if (l === level) out.push({ ...v, ruleId: rule.id, level: l });
    }
  }
  return out;
}

const LABELS = { 'app.kubernetes.io/managed-by': 'vvp-kv-lint' };

function namespaceSelector(opts: GenerateOptions): Record<string, unknown> | undefined {
  const sel: Record<string, unknown> = {};
  if (opts.namespaceLabels && Object.keys(opts.namespaceLabels).length) sel['matchLabels'] = { ...opts.namespaceLabels };
  if (opts.excludeNamespaces?.length) sel['matchExpressions'] = [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: [...opts.excludeNamespaces] }];
  return Object.keys(sel).length ? sel : undefined;
}

export function validatingAdmissionPolicies(opts: GenerateOptions): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = [];
  for (const shape of SHAPES) {
    for (const level of LEVELS) {
      const actions = opts.levels[level];
      const validations = validationsFor(shape, level, opts.ruleLevels);
      if (!actions.length || !validations.length) continue;
      const name = `vvp-kv-lint-${shape.name}-${level}`;
      docs.push({
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicy',
        metadata: { name, labels: LABELS, annotations: { 'vvp-kv-lint.io/rules': [...new Set(validations.map((v) => v.ruleId))].join(',') } },
        spec: {
          // An expression that cannot be evaluated (an API change, a cost limit) lets the object through: the
          // linter and the audit still see it; admission must not become the reason nothing can be deployed.
          failurePolicy: 'Ignore',
          matchConstraints: {
            resourceRules: shape.resources.map((r) => ({ ...r, operations: ['CREATE', 'UPDATE'] })),
          },
          ...(shape.matchCondition ? { matchConditions: [shape.matchCondition] } : {}),
          variables: shape.variables.map((v) => ({ ...v })),
          validations: validations.map((v) => ({ expression: v.expression, message: v.message, reason: 'Invalid' })),
        },
      });
      const selector = namespaceSelector(opts);
      docs.push({
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingAdmissionPolicyBinding',
        metadata: { name, labels: LABELS },
        spec: {
          policyName: name,
          validationActions: [...actions],
          ...(selector ? { matchResources: { namespaceSelector: selector } } : {}),
        },
      });
    }
  }
  return docs;
}

/** Kyverno has no Warn: Deny becomes Enforce, anything else Audit (with emitWarning when Warn was asked). */
function kyvernoAction(actions: readonly string[]): { failureAction: 'Enforce' | 'Audit'; warn: boolean } {
  return { failureAction: actions.includes('Deny') ? 'Enforce' : 'Audit', warn: actions.includes('Warn') };
}

export function kyvernoPolicies(opts: GenerateOptions): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = [];
  const selector = namespaceSelector(opts);
  for (const level of LEVELS) {
    const actions = opts.levels[level];
    if (!actions.length) continue;
    const { failureAction, warn } = kyvernoAction(actions);
    const rules: Record<string, unknown>[] = [];
    for (const shape of SHAPES) {
      const validations = validationsFor(shape, level, opts.ruleLevels);
      if (!validations.length) continue;
      rules.push({
        name: shape.name,
        match: { any: [{ resources: { kinds: [...new Set(shape.kinds.map((k) => k.kind))], operations: ['CREATE', 'UPDATE'], ...(selector ? { namespaceSelector: selector } : {}) } }] },
        ...(shape.matchCondition ? { celPreconditions: [shape.matchCondition] } : {}),
        validate: {
          failureAction,
          cel: {
            variables: shape.variables.map((v) => ({ ...v })),
            expressions: validations.map((v) => ({ expression: v.expression, message: v.message })),
          },
        },
      });
    }
    if (rules.length) docs.push(clusterPolicy(`vvp-kv-lint-${level}`, level, warn, rules, 'none'));
    // The rules with API lookups are written for kind Pod; Kyverno's autogen derives the workload variants.
    const lookups = kyvernoCrossObjectRules(level, failureAction, opts.ruleLevels ?? {}, selector);
    if (lookups.length) docs.push(clusterPolicy(`vvp-kv-lint-lookups-${level}`, level, warn, lookups, 'Deployment,StatefulSet,DaemonSet,Job,CronJob'));
  }
  return docs;
}

function clusterPolicy(name: string, level: Level, warn: boolean, rules: Record<string, unknown>[], autogen: string): Record<string, unknown> {
  return {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: {
      name,
      labels: LABELS,
      annotations: {
        'policies.kyverno.io/title': `vvp-kv-lint rules at level ${level}`,
        'policies.kyverno.io/description': "Generated by `vvp-kv-lint policy --format kyverno` from the linter's rule definitions; each message starts with the rule id.",
        // The CEL rules name every pod shape themselves (autogen none); lookup rules are written for Pods.
        'pod-policies.kyverno.io/autogen-controllers': autogen,
      },
    },
    spec: { background: true, ...(warn ? { emitWarning: true } : {}), rules },
  };
}
