import { isRecord } from '../model/kinds.js';
import { azureSpcs } from './support/spc.js';
export const rule = {
    id: 'spc-secret-objects-invalid',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            const list = spc.spec?.['secretObjects'];
            if (!Array.isArray(list))
                continue;
            const files = typeof spc.parameters?.['objects'] === 'string' && !spc.objects.error ? spc.fileNames : undefined;
            list.forEach((entry, i) => {
                const base = ['spec', 'secretObjects', i];
                const report = (path, message, target) => ctx.report({ object: spc.object, path: [...base, ...path], target, message });
                if (!isRecord(entry))
                    return report([], `secretObjects[${i}] must be a mapping`);
                for (const field of ['secretName', 'type']) {
                    if (typeof entry[field] !== 'string' || !entry[field].trim())
                        report(entry[field] === undefined ? [] : [field], `secretObjects[${i}] has no ${field}`, entry[field] === undefined ? 'key' : 'value');
                }
                const data = entry['data'];
                if (!Array.isArray(data) || data.length === 0)
                    return report(data === undefined ? [] : ['data'], `secretObjects[${i}] has no data`);
                const tls = entry['type'] === 'kubernetes.io/tls';
                data.forEach((d, j) => {
                    if (!isRecord(d))
                        return report(['data', j], `secretObjects[${i}].data[${j}] must be a mapping`);
                    const key = typeof d['key'] === 'string' ? d['key'].trim() : '';
                    if (!key)
                        report(['data', j], `secretObjects[${i}].data[${j}] has no key`);
                    else if (tls && key !== 'tls.key' && key !== 'tls.crt')
                        report(['data', j, 'key'], `key ${JSON.stringify(key)} is not supported for kubernetes.io/tls; only tls.key and tls.crt`);
                    const name = typeof d['objectName'] === 'string' ? d['objectName'].trim() : '';
                    if (!name)
                        report(['data', j], `secretObjects[${i}].data[${j}] has no objectName`);
                    else if (files && !files.has(name)) {
                        report(['data', j, 'objectName'], `objectName ${JSON.stringify(name)} is not a file this SecretProviderClass mounts (${[...files].map((f) => JSON.stringify(f)).join(', ') || 'none'}); use the objectAlias, else the objectName`);
                    }
                });
            });
        }
    },
};
