// Policy form of src/rules/spc-tenant-id-invalid.ts: tenantID (or the deprecated tenantId) is a GUID or `adfs`.
import { GUID_RE, P, exempt, isPlaceholder, lit, message, param, paramSet, trimmed } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-tenant-id-invalid';
const ok = (key: string): string => `(${trimmed(key)}.matches(${lit(GUID_RE)}) || ${trimmed(key)} == 'adfs' || ${isPlaceholder(trimmed(key))})`;
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression:
      `${exempt(id)} || (has(object.spec) && has(object.spec.parameters) && type(object.spec.parameters) != map) || ` +
      `(${paramSet('tenantID')} ? ${ok('tenantID')} : ${paramSet('tenantId')} ? ${ok('tenantId')} : ` +
      // Neither usable: a non-string value is spc-parameter-not-string's, not ours.
      `('tenantID' in ${P} ? type(${param('tenantID')}) != string : ('tenantId' in ${P} && type(${param('tenantId')}) != string)))`,
    message: message(id, 'tenantID must be set to the Entra tenant id (a GUID, or adfs for Azure Stack Hub)'),
  }],
};
