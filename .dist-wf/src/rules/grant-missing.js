import { grantProblems } from '../azure/grant-check.js';
export const rule = {
    id: 'grant-missing',
    check(ctx) {
        for (const p of grantProblems(ctx.inventory)) {
            if (p.kind !== 'missing')
                continue;
            ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
        }
    },
};
