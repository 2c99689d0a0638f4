import { extraLabelsHonoured } from './support/vvp.js';
export const rule = {
    id: 'vvp-extra-labels-unsupported',
    check(ctx) {
        if (extraLabelsHonoured(ctx.options.vvpVersion) !== false)
            return;
        const [major, minor] = ctx.options.vvpVersion;
        for (const o of ctx.inventory.ofClass('HelmValues')) {
            if (o.body['extraLabels'] === undefined)
                continue;
            ctx.report({ object: o, path: ['extraLabels'], target: 'key', message: `extraLabels is only applied from VVP 2.5; on VVP ${major}.${minor} these labels are silently dropped` });
        }
    },
};
