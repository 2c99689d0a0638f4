// Policy form of src/rules/pod-identity-deprecated.ts.
import { exempt, flagTrue, lit, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'pod-identity-deprecated';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression: `${exempt(id)} || !${flagTrue(lit('usePodIdentity'))}`,
    message: message(id, 'AAD Pod Identity is deprecated and archived; plan a move to workload identity'),
  }],
};
