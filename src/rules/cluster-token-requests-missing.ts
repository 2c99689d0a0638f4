// Workload-identity (or identity-binding) SPCs exist, but the CSIDriver does not request a token for their audience.
import { defineRule, type RelatedReport } from './contract.js';
import type { ManifestObject } from '../model/types.js';
import { spcView, type SpcView } from '../model/spc.js';

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
      const audience = neededAudience(spcView(spc));
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
function neededAudience(spc: SpcView): string | undefined {
  if (!spc.isAzure || !spc.param('clientID')) return undefined;
  if (spc.flag('useAzureTokenProxy')) return IDENTITY_BINDING_AUDIENCE;
  if (spc.flag('usePodIdentity') || spc.flag('useVMManagedIdentity')) return undefined;
  return WORKLOAD_IDENTITY_AUDIENCE;
}
