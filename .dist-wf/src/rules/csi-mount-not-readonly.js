import { at, podSources } from '../model/pod-sources.js';
import { addKey, replaceAt } from './support/fix.js';
export const rule = {
    id: 'csi-mount-not-readonly',
    check(ctx) {
        for (const src of podSources(ctx.inventory)) {
            const secretNames = new Set(src.volumes.filter((v) => v.isSecretsVolume).map((v) => v.name));
            for (const c of src.containers) {
                for (const m of c.mounts) {
                    if (m.readOnly || !secretNames.has(m.name))
                        continue;
                    ctx.report({
                        object: src.object,
                        path: m.path,
                        message: `container ${c.name ?? ''} mounts secrets volume ${m.name} without readOnly: true`,
                        fix: () => (at(src.object.body, [...m.path, 'readOnly']) === undefined
                            ? addKey(src.object, m.path, 'readOnly', 'true', 'Mount the secrets volume readOnly')
                            : replaceAt(src.object, [...m.path, 'readOnly'], 'value', 'true', 'Mount the secrets volume readOnly')),
                    });
                }
            }
        }
    },
};
