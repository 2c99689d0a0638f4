// Policy form of src/rules/spc-parameter-not-string.ts: spec.parameters is map[string]string. (The SPC CRD's
// schema refuses such objects too; an unquoted `yes` arrives as a boolean because kubectl reads YAML 1.1.)
import { P, exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-parameter-not-string';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression: `${exempt(id)} || ${P}.all(k, type(${P}[k]) == string)`,
    message: message(id, 'SecretProviderClass parameters must be strings: quote the value'),
  }],
};
