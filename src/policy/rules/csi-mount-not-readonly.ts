// Policy form of src/rules/csi-mount-not-readonly.ts: containers mount secrets volumes readOnly.
import { exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'csi-mount-not-readonly';
export const policy: PolicyRule = {
  id,
  target: 'pod',
  validations: [{
    expression:
      `${exempt(id)} || variables.containers.all(c, !has(c.volumeMounts) || c.volumeMounts.all(m, ` +
      `!variables.secretsVolumes.exists(v, has(v.name) && has(m.name) && v.name == m.name) || (has(m.readOnly) && dyn(m.readOnly) == true)))`,
    message: message(id, 'containers should mount secrets-store volumes with readOnly: true'),
  }],
};
