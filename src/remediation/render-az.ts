// A plan as an az CLI script (bash). Every value comes from the Azure state; a block that needs what the state
// lacks is written commented out, with the missing values marked <…> and named on a `# not run:` line. Object ids
// and role GUIDs are used rather than names, so az never has to look anything up in Microsoft Graph.
import { commentText, credentialName, describeStep, identityName, missingFor, neededPermissions, policyAfterAdd, roleFor, type PlanBlock, type RemediationPlan } from './plan.js';
import { createHash } from 'node:crypto';
import { parseResourceId } from '../model/azure-state.js';
import type { RemedyStep, VaultRef } from '../model/remedy.js';

/** Shell word: bare when safe, else single-quoted. */
export function shq(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `--subscription S --resource-group RG --name KV`, from the vault id when there is one. */
function vaultArgs(v: VaultRef): string {
  const parsed = v.id ? parseResourceId(v.id) : {};
  const sub = v.subscription ?? parsed.subscription;
  const rg = v.resourceGroup ?? parsed.resourceGroup;
  return `${sub ? `--subscription ${shq(sub)} ` : ''}--resource-group ${shq(rg ?? '<resource-group>')} --name ${shq(v.name)}`;
}

function perms(p: Partial<Record<'secrets' | 'keys' | 'certificates', string[]>>): string {
  const flag = { secrets: '--secret-permissions', keys: '--key-permissions', certificates: '--certificate-permissions' } as const;
  return (['secrets', 'keys', 'certificates'] as const)
    .filter((k) => (p[k]?.length ?? 0) > 0)
    .map((k) => `${flag[k]} ${p[k]!.map(shq).join(' ')}`)
    .join(' ');
}

/**
 * Role assignments go through `az rest` (a plain ARM PUT/DELETE, api-version 2022-04-01): `az role assignment
 * create` fails on Debian's azure-cli 2.45 ("'RoleAssignmentsOperations' object has no attribute 'config'", its
 * azure-mgmt-authorization is newer than the CLI expects). The assignment's name is derived from vault, principal
 * and role, so running the script twice changes nothing.
 */
export function assignmentName(scope: string, principalId: string, roleGuid: string): string {
  const h = createHash('sha1').update(`${scope.toLowerCase()}|${principalId.toLowerCase()}|${roleGuid.toLowerCase()}`).digest('hex');
  // Formatted as a version-5 (name-based, SHA-1) UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The commands of one step (no comments); `certain` false when they must stay commented out. */
function commands(step: RemedyStep): { lines: string[]; notes: string[]; certain: boolean } {
  const notes: string[] = [];
  switch (step.action) {
    case 'assign-role': {
      const role = roleFor(step.needs);
      const scope = step.vault.id ?? '<key-vault-resource-id>';
      const principal = step.principal.principalId ?? '<principal-id>';
      const sub = step.vault.id ? parseResourceId(step.vault.id).subscription : undefined;
      const body = JSON.stringify({
        properties: {
          roleDefinitionId: `/subscriptions/${sub ?? '<subscription>'}/providers/Microsoft.Authorization/roleDefinitions/${role.guid}`,
          principalId: principal,
          principalType: 'ServicePrincipal',
        },
      });
      notes.push(`${role.name} (role ${role.guid}) at the vault's scope; principal type ServicePrincipal covers managed identities`);
      notes.push(`same as: az role assignment create --assignee-object-id ${principal} --assignee-principal-type ServicePrincipal --role ${role.guid} --scope ${scope}`);
      return {
        lines: [`az rest --method put --url ${shq(`${scope}/providers/Microsoft.Authorization/roleAssignments/${assignmentName(scope, principal, role.guid)}?api-version=2022-04-01`)} --body ${shq(body)}`],
        notes,
        certain: true,
      };
    }
    case 'add-access-policy': {
      const p = policyAfterAdd(step.needs, step.current);
      if (step.current) notes.push('set-policy replaces the permissions of each kind it is given: the existing ones are repeated');
      return { lines: [`az keyvault set-policy ${vaultArgs(step.vault)} --object-id ${shq(step.principal.principalId ?? '<principal-id>')} ${perms(p)}`], notes, certain: true };
    }
    case 'reduce-access-policy': {
      const exact = perms(neededPermissions(step.needs));
      notes.push(exact ? 'the policy is written anew with exactly the reads the mount needs (between the two commands the identity has no access)' : 'the mount reads nothing it could name: the policy is removed');
      return {
        lines: [
          `az keyvault delete-policy ${vaultArgs(step.vault)} --object-id ${shq(step.principal.principalId ?? '<principal-id>')}`,
          ...(exact ? [`az keyvault set-policy ${vaultArgs(step.vault)} --object-id ${shq(step.principal.principalId ?? '<principal-id>')} ${exact}`] : []),
        ],
        notes,
        certain: true,
      };
    }
    case 'remove-role-assignment': {
      const id = step.assignmentId ?? '<role-assignment-id>';
      const line = `az rest --method delete --url ${shq(`${id}?api-version=2022-04-01`)}`;
      notes.push(`same as: az role assignment delete --ids ${id}`);
      if (step.inherited) {
        notes.push(`assigned at ${step.scope}, above the vault: removing it changes access to everything under that scope; decide, then run it yourself`);
        return { lines: [line], notes, certain: false };
      }
      return { lines: [line], notes, certain: true };
    }
    case 'create-federated-credential': {
      const parsed = parseResourceId(step.identity.id);
      const sub = step.identity.subscription ?? parsed.subscription;
      return {
        lines: [
          `az identity federated-credential create ${sub ? `--subscription ${shq(sub)} ` : ''}--resource-group ${shq(step.identity.resourceGroup ?? '<resource-group>')} --identity-name ${shq(identityName(step.identity))} --name ${shq(credentialName(step.subject))} --issuer ${shq(step.issuer ?? '<cluster-oidc-issuer-url>')} --subject ${shq(step.subject)} --audiences ${step.audiences.map(shq).join(' ')}`,
        ],
        notes,
        certain: true,
      };
    }
    case 'enable-object': {
      // A data-plane PATCH through `az rest`: `az keyvault <kind> set-attributes` fails on Debian's azure-cli 2.45
      // ("No module named 'azure.keyvault.v7_0'"). The vault's DNS suffix and token audience are the cloud's.
      const kinds = { secret: 'secrets', key: 'keys', certificate: 'certificates' } as const;
      notes.push(`same as: az keyvault ${step.objectKind} set-attributes --vault-name ${step.vault.name} --name ${step.name} --enabled true`);
      // Adjacent quoted words make one argument: the names stay literal, only ${KV_DNS} expands.
      const url = `${shq(`https://${step.vault.name}`)}"\${KV_DNS}"${shq(`/${kinds[step.objectKind]}/${step.name}/?api-version=7.4`)}`;
      return {
        lines: [
          'KV_DNS="$(az cloud show --query suffixes.keyvaultDns -o tsv)"',
          `az rest --method patch --url ${url} --resource "https://\${KV_DNS#.}" --body ${shq(JSON.stringify({ attributes: { enabled: true } }))}`,
        ],
        notes,
        certain: true,
      };
    }
    case 'edit-manifest':
      return { lines: [], notes, certain: true };
    case 'manual':
      return { lines: [...(step.azTemplate ?? [])], notes, certain: false };
  }
}

/** One block: its comment (what, which findings, alternatives, what is missing) and its commands. */
export function azBlock(block: PlanBlock, index?: number): string {
  const out: string[] = [];
  const step = block.step;
  out.push(`# ${index !== undefined ? `${index}. ` : ''}${describeStep(step)}`);
  if (block.fixes.length) out.push(`# fixes: ${block.fixes.map((f) => `${f.ruleId} at ${f.where}`).join('; ')}`);
  for (const a of block.alternatives) out.push(`# alternative: ${a}`);
  const missing = missingFor(step);
  const { lines, notes, certain } = commands(step);
  for (const n of notes) out.push(`# note: ${n}`);
  if (missing.length) out.push(`# not run: needs ${missing.join('; ')}`);
  const run = certain && missing.length === 0;
  for (const l of lines) out.push(run ? l : `# ${commentText(l)}`);
  // Comment lines carry names from the state: one line each, whatever the names hold.
  return out.map((l) => (l.startsWith('#') ? commentText(l) : l)).join('\n');
}

export function renderAz(plan: RemediationPlan, origin?: string): string {
  const head = [
    '#!/usr/bin/env bash',
    `# vvp-kv-lint remediation: az CLI, ${plan.blocks.length} change${plan.blocks.length === 1 ? '' : 's'}${origin ? `, computed from the Azure state ${origin}` : ''}.`,
    '# Review before running: vvp-kv-lint has run none of it. Blocks that need what the state lacks are commented out.',
    'set -euo pipefail',
  ];
  if (plan.blocks.length === 0) return `${head.join('\n')}\n# nothing to change\n`;
  return `${head.join('\n')}\n\n${plan.blocks.map((b, i) => azBlock(b, i + 1)).join('\n\n')}\n`;
}
