// Workload-identity (or identity-binding) SPCs exist, but the CSIDriver does not request a token for their audience.
import { defineRule, type RelatedReport } from './contract.js';
import type { ManifestObject } from '../model/types.js';
import { isRecord } from '../model/kinds.js';

const WORKLOAD_IDENTITY_AUDIENCE = 'api://AzureADTokenExchange';
const IDENTITY_BINDING_AUDIENCE = 'api://AKSIdentityBinding';

export default defineRule({
  requires: ['cluster'],
  kinds: ['SecretProviderClass'],
  messages: {
    tokenRequestsMissing: '{{count}} SecretProviderClass{{uses}} {{mode}}, but the CSIDriver requests no token for audience {{audience}} (tokenRequests: {{have}})',
  },
  create(ctx) {
    const driver = ctx.inventory.cluster?.csiDriver;
    // Only a CSIDriver that was read and exists: a missing driver is cluster-csi-driver-missing's finding.
    if (!driver || !driver.present) return;
    const needs = new Map<string, ManifestObject[]>();
    for (const spc of ctx.inventory.ofClass('SecretProviderClass')) {
      const audience = neededAudience(spc);
      if (!audience || driver.tokenAudiences.includes(audience)) continue;
      let list = needs.get(audience);
      if (!list) needs.set(audience, (list = []));
      list.push(spc);
    }
    for (const [audience, spcs] of needs) {
      const related: RelatedReport[] = spcs.slice(0, 20).map((spc) => ({
        object: spc,
        path: ['spec', 'parameters', 'clientID'],
        message: `${spc.namespace ? spc.namespace + '/' : ''}${spc.name ?? '?'} needs a token for ${audience}`,
      }));
      const mode = audience === WORKLOAD_IDENTITY_AUDIENCE ? 'workload identity' : 'identity binding (useAzureTokenProxy)';
      const have = driver.tokenAudiences.length ? `only ${driver.tokenAudiences.join(', ')}` : 'none';
      ctx.report({
        object: driver.object,
        path: driver.tokenAudiences.length ? ['spec', 'tokenRequests'] : ['spec'],
        messageId: 'tokenRequestsMissing', data: { count: spcs.length, uses: spcs.length === 1 ? ' uses' : 'es use', mode, audience, have },
        related,
        discriminator: audience,
      });
    }
  },
});

/** The token audience an Azure SPC needs, or undefined for modes that need no service-account token. */
function neededAudience(spc: ManifestObject): string | undefined {
  const spec = spc.body['spec'];
  if (!isRecord(spec) || spec['provider'] !== 'azure' || !isRecord(spec['parameters'])) return undefined;
  const p = spec['parameters'];
  const clientID = typeof p['clientID'] === 'string' ? p['clientID'].trim() : '';
  if (!clientID) return undefined;
  if (parseBool(p['useAzureTokenProxy'])) return IDENTITY_BINDING_AUDIENCE;
  if (parseBool(p['usePodIdentity']) || parseBool(p['useVMManagedIdentity'])) return undefined;
  return WORKLOAD_IDENTITY_AUDIENCE;
}

/** Go's strconv.ParseBool true values, as the provider parses the flags. */
function parseBool(v: unknown): boolean {
  return typeof v === 'string' && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v.trim());
}
