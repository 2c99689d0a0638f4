import { azureSpcs } from './support/spc.js';
export const rule = {
    id: 'spc-objects-file-collision',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            if (spc.parameters === undefined || typeof spc.parameters['objects'] !== 'string')
                continue;
            const first = new Map();
            for (const e of spc.objects.entries) {
                const name = e.fileName;
                if (!name)
                    continue;
                // The provider writes to the file system; treat names case-insensitively only where the OS would not.
                const prev = first.get(name);
                if (prev === undefined) {
                    first.set(name, e.index);
                    continue;
                }
                const byAlias = typeof e.fields?.['objectAlias'] === 'string' && e.fields['objectAlias'].trim() !== '';
                const prevEntry = spc.objects.entries[prev];
                ctx.report({
                    object: spc.object,
                    path: spc.paramPath('objects'),
                    location: e.locate(byAlias ? 'objectAlias' : 'objectName'),
                    message: `objects entry ${e.index} writes file ${JSON.stringify(name)}, already written by entry ${prev}; give one an objectAlias`,
                    related: [{ object: spc.object, path: spc.paramPath('objects'), location: prevEntry.locate(prevEntry.fields?.['objectAlias'] ? 'objectAlias' : 'objectName'), message: `entry ${prev} writes ${JSON.stringify(name)}` }],
                    discriminator: String(e.index),
                });
            }
        }
    },
};
