import { isRecord } from '../model/kinds.js';
const WORKLOAD_IDENTITY_AUDIENCE = 'api://AzureADTokenExchange';
const IDENTITY_BINDING_AUDIENCE = 'api://AKSIdentityBinding';
export const rule = {
    id: 'cluster-token-requests-missing',
    check(ctx) {
        const driver = ctx.inventory.cluster?.csiDriver;
        // Only a CSIDriver that was read and exists: a missing driver is cluster-csi-driver-missing's finding.
        if (!driver || !driver.present)
            return;
        const needs = new Map();
        for (const spc of ctx.inventory.ofClass('SecretProviderClass')) {
            const audience = neededAudience(spc);
            if (!audience || driver.tokenAudiences.includes(audience))
                continue;
            let list = needs.get(audience);
            if (!list)
                needs.set(audience, (list = []));
            list.push(spc);
        }
        for (const [audience, spcs] of needs) {
            const related = spcs.slice(0, 20).map((spc) => ({
                object: spc,
                path: ['spec', 'parameters', 'clientID'],
                message: `${spc.namespace ? spc.namespace + '/' : ''}${spc.name ?? '?'} needs a token for ${audience}`,
            }));
            const mode = audience === WORKLOAD_IDENTITY_AUDIENCE ? 'workload identity' : 'identity binding (useAzureTokenProxy)';
            const have = driver.tokenAudiences.length ? `only ${driver.tokenAudiences.join(', ')}` : 'none';
            ctx.report({
                object: driver.object,
                path: driver.tokenAudiences.length ? ['spec', 'tokenRequests'] : ['spec'],
                message: `${spcs.length} SecretProviderClass${spcs.length === 1 ? ' uses' : 'es use'} ${mode}, but the CSIDriver requests no token for audience ${audience} (tokenRequests: ${have})`,
                related,
                discriminator: audience,
            });
        }
    },
};
/** The token audience an Azure SPC needs, or undefined for modes that need no service-account token. */
function neededAudience(spc) {
    const spec = spc.body['spec'];
    if (!isRecord(spec) || spec['provider'] !== 'azure' || !isRecord(spec['parameters']))
        return undefined;
    const p = spec['parameters'];
    const clientID = typeof p['clientID'] === 'string' ? p['clientID'].trim() : '';
    if (!clientID)
        return undefined;
    if (parseBool(p['useAzureTokenProxy']))
        return IDENTITY_BINDING_AUDIENCE;
    if (parseBool(p['usePodIdentity']) || parseBool(p['useVMManagedIdentity']))
        return undefined;
    return WORKLOAD_IDENTITY_AUDIENCE;
}
/** Go's strconv.ParseBool true values, as the provider parses the flags. */
function parseBool(v) {
    return typeof v === 'string' && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v.trim());
}
