export const rule = {
    id: 'yaml-duplicate-key',
    check(ctx) {
        for (const p of ctx.inventory.inputProblems) {
            if (p.kind !== 'duplicate-key')
                continue;
            const key = p.file.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 80)).split(/[:\n]/)[0].trim();
            ctx.report({
                path: [],
                location: { kind: 'file', file: p.file, span: p.span, exact: true },
                message: key ? `key ${JSON.stringify(key)} is repeated in this mapping; only one value is used` : 'a key is repeated in this mapping; only one value is used',
                discriminator: String(p.span.start),
            });
        }
    },
};
