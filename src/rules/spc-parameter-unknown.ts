// spc-parameter-unknown: the Azure provider looks parameters up by exact key; anything else is silently ignored.
import { defineRule } from './contract.js';
import { editDistance } from '../edit-distance.js';
import { azureSpcs } from './support/spc.js';
import type { SpcView } from '../model/spc.js';
import { renameKey } from './support/fix.js';

/** Every parameter the provider reads (AKV pkg/provider/types), plus the ones the driver injects. */
export const KNOWN_PARAMETERS = [
  'keyvaultName', 'tenantID', 'tenantId', 'objects', 'usePodIdentity', 'useVMManagedIdentity', 'userAssignedIdentityID',
  'clientID', 'useAzureTokenProxy', 'cloudName', 'cloudEnvFileName',
  'csi.storage.k8s.io/pod.name', 'csi.storage.k8s.io/pod.namespace', 'csi.storage.k8s.io/pod.uid',
  'csi.storage.k8s.io/serviceAccount.name', 'csi.storage.k8s.io/serviceAccount.tokens', 'csi.storage.k8s.io/ephemeral',
  'secretProviderClass',
];
/** Preferred spellings when a key matches several known ones case-insensitively. */
const DEPRECATED = new Set(['tenantId']);

export function suggestParameter(key: string): string | undefined {
  const lower = key.toLowerCase();
  const ci = KNOWN_PARAMETERS.filter((k) => k.toLowerCase() === lower && !DEPRECATED.has(k));
  if (ci.length === 1) return ci[0];
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of KNOWN_PARAMETERS) {
    if (DEPRECATED.has(k)) continue;
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    wrongCase: 'the Azure provider ignores parameter {{key}}: keys are case-sensitive and the one it reads is {{suggestion}}',
    objectField: 'the Azure provider ignores parameter {{key}}: {{field}} is a field of an entry of the objects block',
    didYouMean: 'the Azure provider does not read parameter {{key}}; did you mean {{suggestion}}?',
    unknown: 'the Azure provider does not read parameter {{key}}; it is ignored',
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const params = spc.parameters;
      if (!params) continue;
      for (const key of Object.keys(params)) {
        if (KNOWN_PARAMETERS.includes(key)) continue;
        const suggestion = suggestParameter(key);
        const exactOnlyByCase = suggestion !== undefined && suggestion.toLowerCase() === key.toLowerCase();
        const path = spc.paramPath(key);
        ctx.report({
          object: spc.object,
          path,
          target: 'key',
          ...unknownMessage(key, suggestion, exactOnlyByCase),
          // Renaming is only safe when the key differs by case alone, the right key is not already there, and the
          // rename cannot turn a mounting setup into a failing one (renameIsSafe).
          fix: exactOnlyByCase && !Object.hasOwn(params, suggestion!) && renameIsSafe(spc, suggestion!) ? () => renameKey(spc.object, path, suggestion!, `Rename ${key} to ${suggestion}`) : undefined,
        });
      }
    }
  },
});

/**
 * Keys that choose the identity (pkg/provider/provider.go lines 179-213 decide the mode from them; pkg/auth/auth.go
 * NewConfig/GetCredential lines 167-214 use them). While such a key is misspelled the provider runs in another mode
 * — service principal from nodePublishSecretRef, the node's default managed identity — which may work today; a
 * rename switches the mount to the identity the key names, which may have no grant. The finding says what the
 * provider reads; the change is left to the user.
 */
const IDENTITY_KEYS = new Set(['usePodIdentity', 'useVMManagedIdentity', 'useAzureTokenProxy', 'userAssignedIdentityID', 'clientID']);

/**
 * A case-only rename that cannot break a mount that works: the provider fails without keyvaultName or objects
 * ("keyvaultName is not provided", "objects is not set"), and without a tenant ("tenantId is not provided", after
 * GetTenantID's fallback to tenantId: pkg/provider/types/parameters.go lines 48-56), so renaming to them only ever
 * repairs; cloudName / cloudEnvFileName only change the cloud of a vault that the default cloud cannot reach.
 */
function renameIsSafe(spc: SpcView, target: string): boolean {
  if (IDENTITY_KEYS.has(target)) return false;
  if (target === 'tenantID') return spc.tenant === undefined;
  return true;
}

/** Fields of an `objects` entry, sometimes put among the parameters by mistake. */
const OBJECT_FIELDS = ['objectName', 'objectAlias', 'objectVersion', 'objectVersionHistory', 'objectType', 'objectFormat', 'objectEncoding', 'filePermission'];

function unknownMessage(key: string, suggestion: string | undefined, byCase: boolean) {
  if (byCase) return { messageId: 'wrongCase' as const, data: { key, suggestion } };
  const field = OBJECT_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
  if (field) return { messageId: 'objectField' as const, data: { key, field } };
  return suggestion ? { messageId: 'didYouMean' as const, data: { key, suggestion } } : { messageId: 'unknown' as const, data: { key } };
}
