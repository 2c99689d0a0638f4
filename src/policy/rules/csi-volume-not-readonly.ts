// Policy form of src/rules/csi-volume-not-readonly.ts: the driver refuses to publish unless csi.readOnly is true.
import { exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'csi-volume-not-readonly';
export const policy: PolicyRule = {
  id,
  target: 'pod',
  validations: [{
    expression: `${exempt(id)} || variables.secretsVolumes.all(v, has(v.csi.readOnly) && dyn(v.csi.readOnly) == true)`,
    message: message(id, 'a secrets-store CSI volume needs csi.readOnly: true ("Readonly is not true in request")'),
  }],
};
