// spc-bool-invalid: identity flags go through Go strconv.ParseBool; yes/on/enabled fail the mount.
import { defineRule } from './contract.js';
import { IDENTITY_FLAGS, parseGoBool } from '../model/spc.js';
import { azureSpcs, isPlaceholder, isYaml11NonString, show } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    boolInvalid: '{{flag}} {{value}} is not a boolean the provider accepts (use "true" or "false")',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      for (const flag of IDENTITY_FLAGS) {
        const raw = spc.parameters?.[flag];
        if (typeof raw !== 'string') continue;
        const v = raw.trim();
        if (v === '' || parseGoBool(v) !== undefined || isPlaceholder(v) || isYaml11NonString(spc, flag)) continue;
        ctx.report({ object: spc.object, path: spc.paramPath(flag), messageId: 'boolInvalid', data: { flag, value: show(v) } });
      }
    }
  },
});
