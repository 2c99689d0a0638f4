// Policy form of src/rules/volume-mount-unknown.ts (Kubernetes pods and templates): a mount names a defined volume.
import { exempt, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'volume-mount-unknown';
export const policy: PolicyRule = {
  id,
  target: 'pod',
  validations: [{
    expression: `${exempt(id)} || variables.containers.all(c, !has(c.volumeMounts) || c.volumeMounts.all(m, !has(m.name) || (variables.volumes.exists(v, has(v.name) && v.name == m.name) || m.name in variables.claimNames)))`,
    message: message(id, 'a container mounts a volume the pod does not define'),
  }],
};
