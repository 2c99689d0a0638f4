// Policy form of src/rules/spc-user-assigned-id-invalid.ts: a client-id GUID (error), read only with
// useVMManagedIdentity (warning). The two levels are two validations, so --level can treat them apart.
import { GUID_RE, exempt, flagTrue, isPlaceholder, lit, message, paramSet, trimmed } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-user-assigned-id-invalid';
const v = trimmed('userAssignedIdentityID');
const valid = `(${v}.matches(${lit(GUID_RE)}) || ${isPlaceholder(v)})`;
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [
    {
      level: 'error',
      expression: `${exempt(id)} || !${paramSet('userAssignedIdentityID')} || ${valid}`,
      message: message(id, 'userAssignedIdentityID must be the client id (a GUID) of the user-assigned identity, not its resource id'),
    },
    {
      level: 'warning',
      expression: `${exempt(id)} || !${paramSet('userAssignedIdentityID')} || !${valid} || ${flagTrue(lit('useVMManagedIdentity'))}`,
      message: message(id, 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"'),
    },
  ],
};
