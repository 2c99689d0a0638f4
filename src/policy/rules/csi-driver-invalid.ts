// Policy form of src/rules/csi-driver-invalid.ts: a volume with volumeAttributes on the secrets-store path must use
// the driver secrets-store.csi.k8s.io.
import { CSI_DRIVER, exempt, lit, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'csi-driver-invalid';
export const policy: PolicyRule = {
  id,
  target: 'pod',
  validations: [{
    expression: `${exempt(id)} || variables.secretsVolumes.all(v, !has(v.csi.volumeAttributes) || (has(v.csi.driver) && v.csi.driver == ${lit(CSI_DRIVER)}))`,
    message: message(id, `a secrets-store CSI volume must use csi.driver ${CSI_DRIVER}`),
  }],
};
