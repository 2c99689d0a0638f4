import { grantProblems } from '../azure/grant-check.js';
export const rule = {
    id: 'grant-wrong-model',
    check(ctx) {
        for (const p of grantProblems(ctx.inventory)) {
            if (p.kind !== 'wrong-model')
                continue;
            ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
        }
    },
};
