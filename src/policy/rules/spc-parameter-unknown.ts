// Policy form of src/rules/spc-parameter-unknown.ts: the Azure provider ignores any other parameter key.
import { P, exempt, litList, message } from '../cel.js';
import { KNOWN_PARAMETERS } from '../../rules/spc-parameter-unknown.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-parameter-unknown';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression: `${exempt(id)} || ${P}.all(k, k in ${litList(KNOWN_PARAMETERS)})`,
    message: message(id, 'a parameter key is not one the Azure provider reads (keys are case-sensitive)'),
  }],
};
