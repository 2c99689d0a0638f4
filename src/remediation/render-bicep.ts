// A plan as Bicep. Role assignments and access policies are deployed to the vault's resource group, federated
// credentials to the identity's: one section per resource group (a Bicep file deploys to one), each a complete
// file when the plan touches a single resource group. Resource types and API versions are the documented ones
// (test/fixtures/remediation/bicep-documented.json cites them). What Bicep cannot express without managing
// values (enabling a secret) or should not touch (removing a grant it does not declare) is a comment naming the
// az command.
import { parseResourceId } from '../model/azure-state.js';
import { azBlock } from './render-az.js';
import { commentText, credentialName, describeStep, identityName, missingFor, neededPermissions, policyAfterAdd, roleFor, type PlanBlock, type RemediationPlan } from './plan.js';
import type { RemedyStep } from '../model/remedy.js';

export const BICEP_API = {
  vaults: 'Microsoft.KeyVault/vaults@2023-07-01',
  accessPolicies: 'Microsoft.KeyVault/vaults/accessPolicies@2023-07-01',
  roleAssignments: 'Microsoft.Authorization/roleAssignments@2022-04-01',
  identities: 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31',
  federatedCredentials: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2023-01-31',
} as const;

/** Bicep string literal. */
export function bq(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$\{/g, '\\${').replace(/\n/g, '\\n')}'`;
}

function symbol(prefix: string, name: string, used: Set<string>): string {
  const base = `${prefix}_${name.replace(/[^A-Za-z0-9_]+/g, '_')}`.replace(/_+$/, '');
  let s = base;
  for (let i = 2; used.has(s); i++) s = `${base}_${i}`;
  used.add(s);
  return s;
}

interface Section {
  readonly subscription?: string;
  readonly resourceGroup: string;
  readonly existing: Map<string, { symbol: string; decl: string }>;
  readonly body: string[];
  readonly used: Set<string>;
  /** Vault symbol → accumulated access-policy entries (one `add` resource per vault). */
  readonly policies: Map<string, { comment: string[]; entries: string[] }>;
  /** Identity symbol → last federated credential symbol (writes on one identity must not run concurrently). */
  readonly lastCredential: Map<string, string>;
}

function commentLines(block: PlanBlock): string[] {
  const out = [`// ${describeStep(block.step)}`];
  if (block.fixes.length) out.push(`// fixes: ${block.fixes.map((f) => `${f.ruleId} at ${f.where}`).join('; ')}`);
  for (const a of block.alternatives) out.push(`// alternative: ${a}`);
  return out.map(commentText);
}

function asComment(block: PlanBlock, why: string): string {
  // The az form, minus what the comment above already says.
  const az = azBlock(block).split('\n').slice(1).filter((l) => !/^# (fixes|alternative): /.test(l)).map((l) => `// ${l.replace(/^# ?/, '')}`);
  return [...commentLines(block), commentText(`// not expressible here: ${why}`), ...az].join('\n');
}

/** The section (resource group) a step deploys to; undefined when it is a comment only. */
function scopeOf(step: RemedyStep): { subscription?: string; resourceGroup: string } | undefined {
  if (missingFor(step).length) return undefined;
  switch (step.action) {
    case 'assign-role':
    case 'add-access-policy': {
      const p = parseResourceId(step.vault.id!);
      return { ...(p.subscription ? { subscription: p.subscription } : {}), resourceGroup: p.resourceGroup! };
    }
    case 'create-federated-credential': {
      const p = parseResourceId(step.identity.id);
      return { ...(p.subscription ? { subscription: p.subscription } : {}), resourceGroup: step.identity.resourceGroup ?? p.resourceGroup! };
    }
    default:
      return undefined;
  }
}

function existingVault(sec: Section, name: string): string {
  const key = `vault|${name.toLowerCase()}`;
  let e = sec.existing.get(key);
  if (!e) {
    const sym = symbol('kv', name, sec.used);
    e = { symbol: sym, decl: `resource ${sym} '${BICEP_API.vaults}' existing = {\n  name: ${bq(name)}\n}` };
    sec.existing.set(key, e);
  }
  return e.symbol;
}

function existingIdentity(sec: Section, name: string): string {
  const key = `identity|${name.toLowerCase()}`;
  let e = sec.existing.get(key);
  if (!e) {
    const sym = symbol('id', name, sec.used);
    e = { symbol: sym, decl: `resource ${sym} '${BICEP_API.identities}' existing = {\n  name: ${bq(name)}\n}` };
    sec.existing.set(key, e);
  }
  return e.symbol;
}

function addResource(sec: Section, block: PlanBlock): void {
  const step = block.step;
  switch (step.action) {
    case 'assign-role': {
      const kv = existingVault(sec, step.vault.name);
      const role = roleFor(step.needs);
      const sym = symbol('ra', `${step.vault.name}_${step.principal.principalId!.slice(0, 8)}`, sec.used);
      sec.body.push(
        [
          ...commentLines(block),
          `// ${role.name}`,
          `resource ${sym} '${BICEP_API.roleAssignments}' = {`,
          `  name: guid(${kv}.id, ${bq(step.principal.principalId!)}, ${bq(role.guid)})`,
          `  scope: ${kv}`,
          '  properties: {',
          `    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ${bq(role.guid)})`,
          `    principalId: ${bq(step.principal.principalId!)}`,
          `    principalType: 'ServicePrincipal'`,
          '  }',
          '}',
        ].join('\n'),
      );
      return;
    }
    case 'add-access-policy': {
      const kv = existingVault(sec, step.vault.name);
      const p = policyAfterAdd(step.needs, undefined);
      const permLines = (['secrets', 'keys', 'certificates'] as const)
        .filter((k) => p[k]?.length)
        .flatMap((k) => [`          ${k}: [`, ...p[k]!.map((v) => `            ${bq(v)}`), '          ]']);
      const entry = [
        '      {',
        `        tenantId: ${bq(step.vault.tenantId!)}`,
        `        objectId: ${bq(step.principal.principalId!)}`,
        '        permissions: {',
        ...permLines,
        '        }',
        '      }',
      ].join('\n');
      const acc = sec.policies.get(kv) ?? { comment: [], entries: [] };
      acc.comment.push(...commentLines(block));
      acc.entries.push(entry);
      sec.policies.set(kv, acc);
      return;
    }
    case 'create-federated-credential': {
      const id = existingIdentity(sec, identityName(step.identity));
      const sym = symbol('fic', credentialName(step.subject), sec.used);
      const previous = sec.lastCredential.get(id);
      sec.lastCredential.set(id, sym);
      sec.body.push(
        [
          ...commentLines(block),
          ...(previous ? ['// one credential at a time: Azure refuses concurrent federated-credential writes on one identity'] : []),
          `resource ${sym} '${BICEP_API.federatedCredentials}' = {`,
          `  parent: ${id}`,
          `  name: ${bq(credentialName(step.subject))}`,
          '  properties: {',
          `    issuer: ${bq(step.issuer!)}`,
          `    subject: ${bq(step.subject)}`,
          `    audiences: [`,
          ...step.audiences.map((a) => `      ${bq(a)}`),
          '    ]',
          '  }',
          ...(previous ? [`  dependsOn: [\n    ${previous}\n  ]`] : []),
          '}',
        ].join('\n'),
      );
      return;
    }
    default:
      return;
  }
}

function whyNot(step: RemedyStep): string {
  const missing = missingFor(step);
  if (missing.length) return `needs ${missing.join('; ')}`;
  switch (step.action) {
    case 'enable-object':
      return `Bicep can only redeploy the ${step.objectKind} with its value; enable it with az`;
    case 'remove-role-assignment':
      return 'delete the role assignment where it is declared (Bicep does not remove what it did not deploy)';
    case 'reduce-access-policy':
      return "Bicep's accessPolicies 'add' can only add permissions; rewrite the policy where the vault is declared, or with az";
    case 'edit-manifest':
      return 'a change in the manifests, not in Azure';
    default:
      return 'no Azure resource to declare';
  }
}

export function renderBicep(plan: RemediationPlan, origin?: string): string {
  const sections = new Map<string, Section>();
  const comments: string[] = [];
  for (const block of plan.blocks) {
    const scope = scopeOf(block.step);
    if (!scope) {
      comments.push(asComment(block, whyNot(block.step)));
      continue;
    }
    const key = `${scope.subscription ?? ''}|${scope.resourceGroup}`.toLowerCase();
    let sec = sections.get(key);
    if (!sec) {
      sec = { ...scope, existing: new Map(), body: [], used: new Set(), policies: new Map(), lastCredential: new Map() };
      sections.set(key, sec);
    }
    addResource(sec, block);
  }
  const head = [
    `// vvp-kv-lint remediation: Bicep, ${plan.blocks.length} change${plan.blocks.length === 1 ? '' : 's'}${origin ? `, computed from the Azure state ${origin}` : ''}.`,
    '// Review before deploying: vvp-kv-lint has deployed none of it.',
  ];
  if (sections.size > 1) head.push(`// ${sections.size} resource groups: save each "==== file" section as its own .bicep file and deploy it to its resource group.`);
  const parts: string[] = [head.join('\n')];
  let n = 0;
  for (const sec of sections.values()) {
    n++;
    const deploy = `az deployment group create ${sec.subscription ? `--subscription ${sec.subscription} ` : ''}--resource-group ${sec.resourceGroup} --template-file <this file>`;
    const lines: string[] = [];
    lines.push(`// ==== file ${n} of ${sections.size}: resource group ${sec.resourceGroup}${sec.subscription ? ` (subscription ${sec.subscription})` : ''}`);
    lines.push(`// deploy: ${deploy}`);
    lines.push("targetScope = 'resourceGroup'");
    const blocks: string[] = [...[...sec.existing.values()].map((e) => e.decl), ...sec.body];
    for (const [kv, acc] of sec.policies) {
      const sym = symbol(`${kv}_policies`, 'add', sec.used);
      blocks.push(
        [
          ...acc.comment,
          "// 'add' merges these entries into the vault's access policies; existing permissions are kept",
          `resource ${sym} '${BICEP_API.accessPolicies}' = {`,
          `  parent: ${kv}`,
          "  name: 'add'",
          '  properties: {',
          '    accessPolicies: [',
          ...acc.entries,
          '    ]',
          '  }',
          '}',
        ].join('\n'),
      );
    }
    parts.push(`${lines.map(commentText).join('\n')}\n\n${blocks.join('\n\n')}`);
  }
  if (comments.length) parts.push(`// ==== not in Bicep (run or apply by hand)\n\n${comments.join('\n\n')}`);
  if (plan.blocks.length === 0) parts.push('// nothing to change');
  return `${parts.join('\n\n')}\n`;
}
