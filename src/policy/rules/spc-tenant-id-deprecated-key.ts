// Policy form of src/rules/spc-tenant-id-deprecated-key.ts.
import { P, exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-tenant-id-deprecated-key';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression: `${exempt(id)} || !('tenantId' in ${P})`,
    message: message(id, 'parameter tenantId is deprecated; use tenantID'),
  }],
};
