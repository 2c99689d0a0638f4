// Policy form of src/rules/spc-bool-invalid.ts: identity flags go through Go strconv.ParseBool.
import { GO_FALSE, GO_TRUE, IDENTITY_FLAGS, P, exempt, isPlaceholder, litList, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-bool-invalid';
export const policy: PolicyRule = {
  id,
  target: 'spc',
  validations: [{
    expression:
      `${exempt(id)} || ${litList(IDENTITY_FLAGS)}.all(f, !(f in ${P}) || type(${P}[f]) != string || ${P}[f].trim() == '' || ` +
      `${P}[f].trim() in ${litList([...GO_TRUE, ...GO_FALSE])} || ${isPlaceholder(`${P}[f].trim()`)})`,
    message: message(id, 'usePodIdentity, useVMManagedIdentity and useAzureTokenProxy must be "true" or "false"'),
  }],
};
