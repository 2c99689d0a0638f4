// Policy form of src/rules/spc-identity-mode-conflict.ts: at most one identity flag; clientID only without pod
// identity or VM identity.
import { IDENTITY_FLAGS, exempt, flagTrue, lit, litList, message, paramSet } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-identity-mode-conflict';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression:
      `${exempt(id)} || (${litList(IDENTITY_FLAGS)}.filter(f, ${flagTrue('f')}).size() <= 1 && ` +
      `!(${paramSet('clientID')} && (${flagTrue(lit('usePodIdentity'))} || ${flagTrue(lit('useVMManagedIdentity'))})))`,
    message: message(id, 'only one identity mode may be enabled, and clientID (workload identity) excludes usePodIdentity and useVMManagedIdentity'),
  }],
};
