import { azureChecks, concrete, vaultOf } from '../azure/rule-support.js';
export const rule = {
    id: 'kv-vault-not-found',
    check(ctx) {
        for (const { spc, state } of azureChecks(ctx.inventory)) {
            if (!state.provided.has('vaults') || state.incomplete.subscriptions.size > 0)
                continue;
            const name = spc.param('keyvaultName');
            if (!concrete(name) || vaultOf(state, spc))
                continue;
            ctx.report({
                object: spc.object,
                path: spc.paramPath('keyvaultName'),
                message: `key vault "${name}" is not in the Azure state (${state.vaults.length} vault${state.vaults.length === 1 ? '' : 's'} from ${state.origin}); check the name, or include its subscription`,
            });
        }
    },
};
