// Policy form of src/rules/spc-client-id-invalid.ts: clientID must be a client-id GUID.
import { GUID_RE, exempt, isPlaceholder, lit, message, paramSet, trimmed } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-client-id-invalid';
const v = trimmed('clientID');
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression: `${exempt(id)} || !${paramSet('clientID')} || ${v}.matches(${lit(GUID_RE)}) || ${isPlaceholder(v)}`,
    message: message(id, 'clientID must be the client id (a GUID) of the managed identity or app registration'),
  }],
};
