// Policy form of src/rules/spc-keyvault-name-invalid.ts: keyvaultName is set and a valid vault name. RE2 has no
// lookahead, so the rule's one regex is spelled as length, characters and "no --".
import { P, exempt, isPlaceholder, message, param, paramSet, trimmed } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-keyvault-name-invalid';
const v = trimmed('keyvaultName');
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression:
      `${exempt(id)} || ('keyvaultName' in ${P} && type(${param('keyvaultName')}) != string) || ` +
      `(${paramSet('keyvaultName')} && (${isPlaceholder(v)} || (${v}.size() >= 3 && ${v}.size() <= 24 && ${v}.matches('^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$') && !${v}.contains('--'))))`,
    message: message(id, 'keyvaultName must be set to a Key Vault name (3-24 letters, digits, single hyphens; not a URI)'),
  }],
};
