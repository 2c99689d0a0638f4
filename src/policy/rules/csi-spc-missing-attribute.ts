// Policy form of src/rules/csi-spc-missing-attribute.ts: a secrets-store volume must name its SecretProviderClass.
import { CSI_DRIVER, exempt, lit, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'csi-spc-missing-attribute';
export const policy: PolicyRule = {
  id,
  target: 'pod',
  validations: [{
    expression:
      `${exempt(id)} || variables.secretsVolumes.all(v, ` +
      `(has(v.csi.volumeAttributes) && 'secretProviderClass' in v.csi.volumeAttributes && type(v.csi.volumeAttributes['secretProviderClass']) == string && v.csi.volumeAttributes['secretProviderClass'].trim() != '') || ` +
      `(!(has(v.csi.driver) && v.csi.driver == ${lit(CSI_DRIVER)}) && !has(v.csi.volumeAttributes)))`,
    message: message(id, 'a secrets-store CSI volume needs csi.volumeAttributes.secretProviderClass'),
  }],
};
