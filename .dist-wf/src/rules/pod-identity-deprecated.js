import { azureSpcs } from './support/spc.js';
export const rule = {
    id: 'pod-identity-deprecated',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            if (spc.flag('usePodIdentity') !== true)
                continue;
            ctx.report({ object: spc.object, path: spc.paramPath('usePodIdentity'), target: 'key', message: 'AAD Pod Identity was deprecated on 2022-10-24 and is archived; plan a move to workload identity' });
        }
    },
};
