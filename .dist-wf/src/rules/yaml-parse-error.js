export const rule = {
    id: 'yaml-parse-error',
    check(ctx) {
        for (const p of ctx.inventory.inputProblems) {
            if (p.kind !== 'parse-error')
                continue;
            ctx.report({ path: [], location: { kind: 'file', file: p.file, span: p.span, exact: true }, message: p.message, discriminator: p.message });
        }
    },
};
