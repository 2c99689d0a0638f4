import { secretsVolumes, spcOfVolume } from './support/pods.js';
import { findSecret, secretKeys, secretRefName } from './support/secrets.js';
export const rule = {
    id: 'sp-secret-keys-missing',
    check(ctx) {
        const done = new Set();
        for (const sv of secretsVolumes(ctx.inventory)) {
            const name = secretRefName(sv);
            if (!name)
                continue;
            const spc = spcOfVolume(ctx.inventory, sv);
            if (spc && spc.identityMode !== 'service-principal')
                continue;
            const { secret } = findSecret(ctx.inventory, sv, name);
            if (!secret || done.has(secret))
                continue;
            done.add(secret);
            const keys = new Set(secretKeys(secret).map((k) => k.key.toLowerCase()));
            const missing = ['clientid', 'clientsecret'].filter((k) => !keys.has(k));
            if (!missing.length)
                continue;
            const hasData = secret.body['data'] !== undefined || secret.body['stringData'] !== undefined;
            ctx.report({
                object: secret,
                path: hasData ? [secret.body['data'] !== undefined ? 'data' : 'stringData'] : ['metadata', 'name'],
                target: 'key',
                message: `Secret ${name} lacks ${missing.join(' and ')}; the provider fails with "could not find ${missing[0]} in secrets"`,
                related: [{ object: sv.src.object, path: [...sv.vol.path, 'csi', 'nodePublishSecretRef', 'name'], message: `used as nodePublishSecretRef by ${sv.src.description}` }],
            });
        }
    },
};
