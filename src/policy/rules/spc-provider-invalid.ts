// Policy form of src/rules/spc-provider-invalid.ts: spec.provider must be exactly `azure`.
import { exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-provider-invalid';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression: `${exempt(id)} || (has(object.spec) && has(object.spec.provider) && dyn(object.spec.provider) == 'azure')`,
    message: message(id, 'spec.provider must be "azure" for the Azure Key Vault provider'),
  }],
};
