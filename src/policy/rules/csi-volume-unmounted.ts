// Policy form of src/rules/csi-volume-unmounted.ts: a secrets volume no container mounts.
import { exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'csi-volume-unmounted';
export const policy: PolicyRule = {
  id,
  target: 'pod',
  validations: [{
    expression: `${exempt(id)} || variables.secretsVolumes.all(v, has(v.name) && variables.containers.exists(c, has(c.volumeMounts) && c.volumeMounts.exists(m, has(m.name) && m.name == v.name)))`,
    message: message(id, 'a secrets-store CSI volume is not mounted by any container'),
  }],
};
