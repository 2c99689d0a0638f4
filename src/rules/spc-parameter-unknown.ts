// spc-parameter-unknown: the Azure provider looks parameters up by exact key; anything else is silently ignored.
import { defineRule } from './contract.js';
import { editDistance } from '../edit-distance.js';
import { azureSpcs } from './support/spc.js';
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
          // Renaming is only safe when the key differs by case alone and the right key is not already there.
          fix: exactOnlyByCase && !Object.hasOwn(params, suggestion!) ? () => renameKey(spc.object, path, suggestion!, `Rename ${key} to ${suggestion}`) : undefined,
        });
      }
    }
  },
});

/** Fields of an `objects` entry, sometimes put among the parameters by mistake. */
const OBJECT_FIELDS = ['objectName', 'objectAlias', 'objectVersion', 'objectVersionHistory', 'objectType', 'objectFormat', 'objectEncoding', 'filePermission'];

function unknownMessage(key: string, suggestion: string | undefined, byCase: boolean) {
  if (byCase) return { messageId: 'wrongCase' as const, data: { key, suggestion } };
  const field = OBJECT_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
  if (field) return { messageId: 'objectField' as const, data: { key, field } };
  return suggestion ? { messageId: 'didYouMean' as const, data: { key, suggestion } } : { messageId: 'unknown' as const, data: { key } };
}
