// A plan as Terraform for the azurerm provider (4.x): azurerm_role_assignment, azurerm_key_vault_access_policy
// (with an `import` block when the principal already has a policy, so Terraform takes it over instead of failing
// on a duplicate) and azurerm_federated_identity_credential — only documented resource types and arguments
// (test/fixtures/remediation/azurerm-documented.json cites the docs). What the provider cannot express without
// managing values (enabling a secret) or should not touch is a comment naming the az command.
import { azBlock } from './render-az.js';
import { commentText, credentialName, describeStep, identityName, missingFor, neededPermissions, policyAfterAdd, roleFor, type PlanBlock, type RemediationPlan } from './plan.js';
import type { PolicyKinds, RemedyStep } from '../model/remedy.js';

/** HCL string literal (no interpolation: `${` and `%{` are escaped). */
export function hq(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')}"`;
}

/**
 * azurerm (3.0 and later) spells access-policy permissions in this case and refuses others; `all` is not among
 * them, so a policy holding `all` cannot be repeated in Terraform.
 */
const AZURERM_PERMISSION: Record<string, string> = Object.fromEntries(
  [
    'Backup', 'Create', 'Decrypt', 'Delete', 'Encrypt', 'Get', 'Import', 'List', 'Purge', 'Recover', 'Restore', 'Sign',
    'UnwrapKey', 'Update', 'Verify', 'WrapKey', 'Release', 'Rotate', 'GetRotationPolicy', 'SetRotationPolicy', 'Set',
    'DeleteIssuers', 'GetIssuers', 'ListIssuers', 'ManageContacts', 'ManageIssuers', 'SetIssuers',
  ].map((p) => [p.toLowerCase(), p]),
);

function tfPermissions(list: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const p of list) {
    const v = AZURERM_PERMISSION[p.toLowerCase()];
    if (!v) return undefined;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

function label(prefix: string, name: string, used: Set<string>): string {
  const base = `${prefix}_${name.replace(/[^A-Za-z0-9_]+/g, '_')}`.replace(/_+$/, '').toLowerCase();
  let s = base;
  for (let i = 2; used.has(s); i++) s = `${base}_${i}`;
  used.add(s);
  return s;
}

function comments(block: PlanBlock): string[] {
  const out = [`# ${describeStep(block.step)}`];
  if (block.fixes.length) out.push(`# fixes: ${block.fixes.map((f) => `${f.ruleId} at ${f.where}`).join('; ')}`);
  for (const a of block.alternatives) out.push(`# alternative: ${a}`);
  return out.map(commentText);
}

function asComment(block: PlanBlock, why: string): string {
  // The az form, minus what the comment above already says.
  const az = azBlock(block).split('\n').slice(1).filter((l) => !/^# (fixes|alternative): /.test(l)).map((l) => `# ${l.replace(/^# ?/, '')}`);
  return [...comments(block), commentText(`# not expressible here: ${why}`), ...az].join('\n');
}

function attr(name: string, value: string, width: number): string {
  return `  ${name.padEnd(width)} = ${value}`;
}

function policyResource(block: PlanBlock, step: Extract<RemedyStep, { action: 'add-access-policy' | 'reduce-access-policy' }>, used: Set<string>): string | undefined {
  // The resource manages the whole policy of this object id: everything it should hold afterwards is listed.
  const after: Partial<Record<keyof PolicyKinds, readonly string[]>> =
    step.action === 'reduce-access-policy' ? neededPermissions(step.needs) : { ...(step.current ?? {}), ...policyAfterAdd(step.needs, step.current) };
  const kinds = { secrets: 'secret_permissions', keys: 'key_permissions', certificates: 'certificate_permissions' } as const;
  const lines: string[] = [];
  for (const k of ['secrets', 'keys', 'certificates'] as const) {
    const list = after[k] ?? [];
    if (list.length === 0) continue;
    const tf = tfPermissions(list);
    if (!tf) return undefined;
    lines.push(attr(kinds[k], `[${tf.map(hq).join(', ')}]`, 23));
  }
  // A policy with no permission at all is not a fix Terraform should declare (az removes it instead).
  if (lines.length === 0) return undefined;
  const name = label('policy', `${step.vault.name}_${step.principal.principalId!.slice(0, 8)}`, used);
  const out = [...comments(block)];
  const existing = step.current !== undefined;
  if (existing) {
    out.push('# the principal already has a policy on this vault: Terraform takes it over (import) and sets exactly these permissions');
    out.push('import {', `  to = azurerm_key_vault_access_policy.${name}`, `  id = ${hq(`${step.vault.id}/objectId/${step.principal.principalId}`)}`, '}');
  }
  out.push(
    `resource "azurerm_key_vault_access_policy" ${hq(name)} {`,
    attr('key_vault_id', hq(step.vault.id!), 23),
    attr('tenant_id', hq(step.vault.tenantId!), 23),
    attr('object_id', hq(step.principal.principalId!), 23),
    ...lines,
    '}',
  );
  return out.join('\n');
}

function resource(block: PlanBlock, used: Set<string>): string | undefined {
  const step = block.step;
  if (missingFor(step).length) return undefined;
  switch (step.action) {
    case 'assign-role': {
      const role = roleFor(step.needs);
      const name = label('role', `${step.vault.name}_${step.principal.principalId!.slice(0, 8)}`, used);
      return [
        ...comments(block),
        `resource "azurerm_role_assignment" ${hq(name)} {`,
        attr('scope', hq(step.vault.id!), 20),
        attr('role_definition_name', hq(role.name), 20),
        attr('principal_id', hq(step.principal.principalId!), 20),
        attr('principal_type', hq('ServicePrincipal'), 20),
        '}',
      ].join('\n');
    }
    case 'add-access-policy':
    case 'reduce-access-policy':
      return policyResource(block, step, used);
    case 'create-federated-credential': {
      const name = label('fic', `${identityName(step.identity)}_${credentialName(step.subject)}`, used);
      return [
        ...comments(block),
        `resource "azurerm_federated_identity_credential" ${hq(name)} {`,
        attr('name', hq(credentialName(step.subject)), 19),
        attr('resource_group_name', hq(step.identity.resourceGroup!), 19),
        attr('parent_id', hq(step.identity.id), 19),
        attr('audience', `[${step.audiences.map(hq).join(', ')}]`, 19),
        attr('issuer', hq(step.issuer!), 19),
        attr('subject', hq(step.subject), 19),
        '}',
      ].join('\n');
    }
    default:
      return undefined;
  }
}

function whyNot(step: RemedyStep): string {
  const missing = missingFor(step);
  if (missing.length) return `needs ${missing.join('; ')}`;
  switch (step.action) {
    case 'enable-object':
      return `azurerm_key_vault_${step.objectKind} manages the ${step.objectKind} with its value; set enabled = true where it is declared, or run az`;
    case 'remove-role-assignment':
      return 'delete the azurerm_role_assignment where it is declared (Terraform does not remove what it does not manage)';
    case 'add-access-policy':
    case 'reduce-access-policy':
      return 'the existing policy holds permissions azurerm cannot spell (all, storage); change it with az';
    case 'edit-manifest':
      return 'a change in the manifests, not in Azure';
    default:
      return 'no Azure resource to declare';
  }
}

export function renderTerraform(plan: RemediationPlan, origin?: string): string {
  const used = new Set<string>();
  const resources: string[] = [];
  const notes: string[] = [];
  for (const block of plan.blocks) {
    const r = resource(block, used);
    if (r) resources.push(r);
    else notes.push(asComment(block, whyNot(block.step)));
  }
  const head = [
    `# vvp-kv-lint remediation: Terraform (azurerm 4.x), ${plan.blocks.length} change${plan.blocks.length === 1 ? '' : 's'}${origin ? `, computed from the Azure state ${origin}` : ''}.`,
    '# Review before applying: vvp-kv-lint has applied none of it. Add it to a configuration with a configured azurerm provider.',
    '',
    'terraform {',
    '  required_providers {',
    '    azurerm = {',
    '      source  = "hashicorp/azurerm"',
    '      version = ">= 4.0"',
    '    }',
    '  }',
    '}',
  ];
  const parts = [head.join('\n'), ...resources];
  if (notes.length) parts.push(`# ==== not in Terraform (run or apply by hand)\n\n${notes.join('\n\n')}`);
  if (plan.blocks.length === 0) parts.push('# nothing to change');
  return `${parts.join('\n\n')}\n`;
}
