import { secretsVolumes } from './support/pods.js';
import { secretKeys, secretRefName } from './support/secrets.js';
import { isRecord } from '../model/kinds.js';
const CREDENTIAL_KEY = /client[-_.]?secret|password|^secret$/i;
export const rule = {
    id: 'secret-committed',
    check(ctx) {
        const refNames = new Set(secretsVolumes(ctx.inventory).map(secretRefName).filter((n) => !!n));
        for (const secret of ctx.inventory.ofClass('Secret')) {
            if (secret.source.kind !== 'file')
                continue;
            const isRef = secret.name !== undefined && refNames.has(secret.name);
            for (const { key, field } of secretKeys(secret)) {
                const value = secret.body[field][key];
                const hasValue = value !== null && value !== undefined && String(value).trim() !== '' && !isRecord(value);
                if (!hasValue)
                    continue;
                if (!(isRef || CREDENTIAL_KEY.test(key)))
                    continue;
                if (isRef && !/client|secret|password|key|token/i.test(key))
                    continue;
                ctx.report({
                    object: secret,
                    path: [field, key],
                    target: 'key',
                    message: `Secret ${secret.name ?? ''} commits a credential value under ${field}.${key}${isRef ? ' (it is a nodePublishSecretRef Secret)' : ''}; rotate it and keep it out of the repository`,
                });
            }
        }
    },
};
