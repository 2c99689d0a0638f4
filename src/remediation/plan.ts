// Findings' remedies → one plan: steps that do the same thing are merged (two SPCs that need the same grant get one
// role assignment; reads needed by several SPCs of one identity on one vault become one grant), ordered so the
// mount never loses access (least-privilege grants before the removal of broader ones), and each block keeps
// the findings it fixes for its comment. Pure: renderers (render-az.ts, render-bicep.ts, render-terraform.ts)
// turn a plan into text.
import type { Finding } from '../engine/types.js';
import { positionOf } from '../report/positions.js';
import type { IdentityRef, PolicyKinds, PrincipalRef, ReadNeed, Remedy, RemedyStep, VaultRef } from '../model/remedy.js';

/** How a block's comment names a finding it fixes: `grant-missing at k8s/app.yaml:12:7`. */
export interface FindingRef {
  readonly ruleId: string;
  readonly where: string;
}

export interface PlanBlock {
  readonly step: RemedyStep;
  readonly fixes: readonly FindingRef[];
  /** Alternatives named by the findings' remedies (the first fix is the block; these are the others). */
  readonly alternatives: readonly string[];
}

export interface RemediationPlan {
  readonly blocks: readonly PlanBlock[];
}

/** Where a finding is, for comments (`file:line:col`, or the live object's name). */
export function findingRef(f: Finding): FindingRef {
  const loc = f.location;
  if (loc.kind === 'file') {
    const p = positionOf(loc.file, loc.span.start);
    return { ruleId: f.ruleId, where: `${loc.file.relPath}:${p.line}:${p.column}` };
  }
  return { ruleId: f.ruleId, where: loc.fullyQualifiedName };
}

const ORDER: Record<RemedyStep['action'], number> = {
  'assign-role': 0,
  'add-access-policy': 1,
  'reduce-access-policy': 1,
  'create-federated-credential': 2,
  'enable-object': 3,
  'remove-role-assignment': 4,
  manual: 5,
  'edit-manifest': 6,
};

function lc(s: string | undefined): string {
  return (s ?? '').toLowerCase();
}

function vaultKey(v: VaultRef): string {
  return lc(v.id ?? v.name);
}

function principalKey(p: PrincipalRef): string {
  return lc(p.principalId ?? `label:${p.label}`);
}

/** Steps with the same key are one change; merge() combines them. */
function stepKey(s: RemedyStep): string {
  switch (s.action) {
    case 'assign-role':
      return `role|${vaultKey(s.vault)}|${principalKey(s.principal)}`;
    case 'add-access-policy':
    case 'reduce-access-policy':
      return `policy|${vaultKey(s.vault)}|${principalKey(s.principal)}`;
    case 'remove-role-assignment':
      return `unassign|${lc(s.assignmentId ?? `${s.scope}|${s.roleName}`)}|${principalKey(s.principal)}`;
    case 'create-federated-credential':
      return `fic|${lc(s.identity.id)}|${s.subject}`;
    case 'enable-object':
      return `enable|${vaultKey(s.vault)}|${s.objectKind}|${lc(s.name)}`;
    case 'edit-manifest':
      return `edit|${s.what}`;
    case 'manual':
      return `manual|${s.what}`;
  }
}

/** Union of read needs by object type (history wins). */
export function unionNeeds(a: readonly ReadNeed[], b: readonly ReadNeed[]): ReadNeed[] {
  const by = new Map<ReadNeed['objectType'], boolean>();
  for (const n of [...a, ...b]) by.set(n.objectType, (by.get(n.objectType) ?? false) || n.history);
  return (['secret', 'key', 'cert'] as const).filter((t) => by.has(t)).map((t) => ({ objectType: t, history: by.get(t)! }));
}

function merge(a: RemedyStep, b: RemedyStep): RemedyStep {
  if (a.action === 'assign-role' && b.action === 'assign-role') return { ...a, needs: unionNeeds(a.needs, b.needs) };
  if ((a.action === 'add-access-policy' || a.action === 'reduce-access-policy') && (b.action === 'add-access-policy' || b.action === 'reduce-access-policy')) {
    const needs = unionNeeds(a.needs, b.needs);
    // Reducing wins: it rewrites the whole policy to exactly the reads needed, which includes what `add` adds.
    if (a.action === 'reduce-access-policy') return { ...a, needs };
    if (b.action === 'reduce-access-policy') return { ...b, needs };
    return { ...a, needs };
  }
  if (a.action === 'create-federated-credential' && b.action === 'create-federated-credential') return a.issuer ? a : b;
  return a;
}

/** The plan for every active (unsuppressed) finding that carries a remedy. */
export function planRemediation(findings: readonly Finding[]): RemediationPlan {
  const blocks = new Map<string, { step: RemedyStep; fixes: FindingRef[]; alternatives: string[]; first: number }>();
  let seq = 0;
  for (const f of findings) {
    if (!f.remedy || f.suppressions?.length) continue;
    addRemedy(blocks, f.remedy, findingRef(f), seq++);
  }
  const out = [...blocks.values()].sort((x, y) => ORDER[x.step.action] - ORDER[y.step.action] || sortName(x.step).localeCompare(sortName(y.step)) || x.first - y.first);
  return { blocks: out.map(({ step, fixes, alternatives }) => ({ step, fixes, alternatives })) };
}

/** The plan of one remedy alone (a finding's own fix, as reports show it under the finding). */
export function planOne(remedy: Remedy, ref: FindingRef): RemediationPlan {
  const blocks = new Map<string, { step: RemedyStep; fixes: FindingRef[]; alternatives: string[]; first: number }>();
  addRemedy(blocks, remedy, ref, 0);
  return { blocks: [...blocks.values()].map(({ step, fixes, alternatives }) => ({ step, fixes, alternatives })) };
}

function addRemedy(blocks: Map<string, { step: RemedyStep; fixes: FindingRef[]; alternatives: string[]; first: number }>, remedy: Remedy, ref: FindingRef, seq: number): void {
  remedy.steps.forEach((step, i) => {
    const key = stepKey(step);
    const have = blocks.get(key);
    // The alternative belongs to the remedy's first step (the fix it is an alternative to).
    const alt = i === 0 && remedy.alternative ? [remedy.alternative] : [];
    if (!have) {
      blocks.set(key, { step, fixes: [ref], alternatives: alt, first: seq });
      return;
    }
    have.step = merge(have.step, step);
    if (!have.fixes.some((r) => r.ruleId === ref.ruleId && r.where === ref.where)) have.fixes.push(ref);
    for (const a of alt) if (!have.alternatives.includes(a)) have.alternatives.push(a);
  });
}

function sortName(s: RemedyStep): string {
  switch (s.action) {
    case 'assign-role':
    case 'add-access-policy':
    case 'reduce-access-policy':
    case 'remove-role-assignment':
      return `${s.vault.name}|${s.principal.label}`;
    case 'enable-object':
      return `${s.vault.name}|${s.name}`;
    case 'create-federated-credential':
      return `${s.identity.name ?? s.identity.id}|${s.subject}`;
    case 'edit-manifest':
    case 'manual':
      return s.what;
  }
}

// ---- what steps need, shared by the renderers ----

/** Built-in roles the remedies assign (GUIDs are global; src/azure/builtin-roles.ts has their data actions). */
export const SECRETS_USER = { name: 'Key Vault Secrets User', guid: '4633458b-17de-408a-b874-0445c86b69e6' } as const;
export const CERTIFICATE_USER = { name: 'Key Vault Certificate User', guid: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba' } as const;

/**
 * The least-privilege built-in role for the reads: Key Vault Secrets User for secrets only (getSecret and
 * readMetadata, which covers version history); Key Vault Certificate User as soon as a key or a certificate is
 * mounted — the role the AKS CSI documentation names for those object types (certificates/read, keys/read, and
 * the secret reads), with no write, delete or crypto operation.
 */
export function roleFor(needs: readonly ReadNeed[]): { readonly name: string; readonly guid: string } {
  return needs.some((n) => n.objectType !== 'secret') ? CERTIFICATE_USER : SECRETS_USER;
}

export type PolicyKind = 'secrets' | 'keys' | 'certificates';
const KIND_OF: Record<ReadNeed['objectType'], PolicyKind> = { secret: 'secrets', key: 'keys', cert: 'certificates' };

/** Access-policy permissions the reads need: `get`, plus `list` for version history, per kind. */
export function neededPermissions(needs: readonly ReadNeed[]): Record<PolicyKind, string[]> {
  const out: Record<PolicyKind, string[]> = { secrets: [], keys: [], certificates: [] };
  for (const n of needs) {
    const k = KIND_OF[n.objectType];
    if (!out[k].includes('get')) out[k].push('get');
    if (n.history && !out[k].includes('list')) out[k].push('list');
  }
  return out;
}

/**
 * What `az keyvault set-policy` must be given per kind so the policy ends up with the reads: it replaces the
 * list of every kind it is given, so an existing policy's permissions of that kind are kept and the missing
 * ones added; kinds the reads do not touch are not given (and stay as they are).
 */
export function policyAfterAdd(needs: readonly ReadNeed[], current: PolicyKinds | undefined): Partial<Record<PolicyKind, string[]>> {
  const need = neededPermissions(needs);
  const out: Partial<Record<PolicyKind, string[]>> = {};
  for (const k of ['secrets', 'keys', 'certificates'] as const) {
    if (need[k].length === 0) continue;
    const have = current?.[k] ?? [];
    out[k] = [...have, ...need[k].filter((p) => !have.includes(p) && !have.includes('all'))];
  }
  return out;
}

export function describeNeeds(needs: readonly ReadNeed[]): string {
  const label = { secret: 'secrets', key: 'keys', cert: 'certificates' } as const;
  return needs.map((n) => label[n.objectType] + (n.history ? ' (with version history)' : '')).join(', ');
}

/** Missing pieces a step needs in every rendering (what the state lacks); empty when the step is certain. */
export function missingFor(step: RemedyStep): string[] {
  const out: string[] = [];
  const principal = (p: PrincipalRef): void => {
    if (!p.principalId) out.push(`the principal (object) id of ${p.label}`);
  };
  const vaultId = (v: VaultRef): void => {
    if (!v.id) out.push(`the full resource id of key vault ${v.name} (subscription and resource group)`);
  };
  switch (step.action) {
    case 'assign-role':
      principal(step.principal);
      vaultId(step.vault);
      break;
    case 'add-access-policy':
    case 'reduce-access-policy':
      principal(step.principal);
      vaultId(step.vault);
      if (!step.vault.tenantId) out.push(`the tenant of key vault ${step.vault.name}`);
      break;
    case 'remove-role-assignment':
      if (!step.assignmentId) out.push(`the id of the ${step.roleName} role assignment`);
      break;
    case 'create-federated-credential':
      if (!step.issuer) out.push(`the cluster's OIDC issuer URL (az aks show --name <cluster> --resource-group <rg> --query oidcIssuerProfile.issuerUrl -o tsv)`);
      if (step.namespaceUnknown) out.push('the namespace of the pods (not known from the manifests)');
      if (!step.identity.resourceGroup) out.push(`the resource group of identity ${identityName(step.identity)}`);
      break;
    case 'enable-object':
      break;
    case 'manual':
      out.push(...step.missing);
      break;
    case 'edit-manifest':
      break;
  }
  return out;
}

export function identityName(i: IdentityRef): string {
  return i.name ?? i.id.split('/').pop() ?? i.id;
}

/** A federated credential's name: from the subject's namespace and ServiceAccount (3-120 chars, [A-Za-z0-9_-]). */
export function credentialName(subject: string): string {
  const tail = subject.replace(/^system:serviceaccount:/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `vvp-kv-lint-${tail}`.slice(0, 120);
}

/** Text for one comment line: a line break in a name from the state must not end the comment (and run). */
export function commentText(s: string): string {
  return s.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

/** One line saying what a step does, for summaries and comments. */
export function describeStep(step: RemedyStep): string {
  switch (step.action) {
    case 'assign-role':
      return `assign ${roleFor(step.needs).name} on key vault ${step.vault.name} to ${step.principal.label} (reads ${describeNeeds(step.needs)})`;
    case 'add-access-policy':
      return `give ${step.principal.label} an access policy on key vault ${step.vault.name} with ${permissionsText(neededPermissions(step.needs))}`;
    case 'reduce-access-policy':
      return `reduce the access policy of ${step.principal.label} on key vault ${step.vault.name} to ${permissionsText(neededPermissions(step.needs))}`;
    case 'remove-role-assignment':
      return `remove the ${step.roleName} role assignment of ${step.principal.label} (scope ${step.scope})`;
    case 'create-federated-credential':
      return `add a federated credential for ${step.subject} to identity ${identityName(step.identity)}`;
    case 'enable-object':
      return `enable ${step.objectKind} ${step.name} in key vault ${step.vault.name}`;
    case 'edit-manifest':
      return `in the manifests: ${step.what}`;
    case 'manual':
      return step.what;
  }
}

export function permissionsText(p: Partial<Record<PolicyKind, string[]>>): string {
  const parts = (['secrets', 'keys', 'certificates'] as const).filter((k) => (p[k]?.length ?? 0) > 0).map((k) => `${k}: ${p[k]!.join(', ')}`);
  return parts.length ? parts.join('; ') : 'no permissions';
}
