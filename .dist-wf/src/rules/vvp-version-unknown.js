export const rule = {
    id: 'vvp-version-unknown',
    check(ctx) {
        if (ctx.options.vvpVersion)
            return;
        for (const o of ctx.inventory.ofClass('HelmValues')) {
            if (o.body['extraLabels'] === undefined)
                continue;
            ctx.report({ object: o, path: ['extraLabels'], target: 'key', message: 'cannot tell whether this VVP version applies extraLabels (2.5+): pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep the chart Chart.yaml beside the values' });
        }
    },
};
