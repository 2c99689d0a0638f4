// Policy form of the single-object part of src/rules/spc-secret-objects-invalid.ts: each secretObjects entry has a
// secretName, a type and data; each data item a key and an objectName; a kubernetes.io/tls entry only tls.key and
// tls.crt keys (the driver's checks, CSI pkg/util/secretutil/secret.go). Whether objectName is a file the SPC
// mounts needs the `objects` YAML string, which CEL cannot parse: that part (notMounted) stays with lint and audit.
// The CRD's structural schema admits only mappings and strings here, so entries and items are mappings by now.
import { exempt, lit, litList, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'spc-secret-objects-invalid';
const SO = 'object.spec.secretObjects';
/** A string field of `x` that is set and not blank (the linter: typeof string and trim() non-empty). */
const filled = (x: string, f: string): string => `(has(${x}.${f}) && type(${x}.${f}) == string && ${x}.${f}.trim() != '')`;
const has = `has(object.spec) && has(${SO})`;

export const policy: PolicyRule = {
  id,
  target: 'spc',
  partial: {
    messageIds: ['fieldMissing', 'noData', 'noKey', 'tlsKey', 'noObjectName'],
    rest: 'whether each objectName is a file the SecretProviderClass mounts (that needs the YAML held in the `objects` string, which CEL cannot parse)',
  },
  validations: [
    {
      expression: `${exempt(id)} || !(${has}) || ${SO}.all(e, ${filled('e', 'secretName')} && ${filled('e', 'type')})`,
      message: message(id, 'every secretObjects entry needs secretName and type (the driver fails with "secret name is empty" / "secret type is empty")'),
    },
    {
      expression: `${exempt(id)} || !(${has}) || ${SO}.all(e, has(e.data) && type(e.data) == list && size(e.data) > 0)`,
      message: message(id, 'every secretObjects entry needs data (the driver fails with "data is empty")'),
    },
    {
      expression: `${exempt(id)} || !(${has}) || ${SO}.all(e, !has(e.data) || type(e.data) != list || e.data.all(d, ${filled('d', 'key')} && ${filled('d', 'objectName')}))`,
      message: message(id, 'every secretObjects data item needs key and objectName (the driver fails with "key in secretObjects.data is empty")'),
    },
    {
      expression:
        `${exempt(id)} || !(${has}) || ${SO}.all(e, !has(e.type) || e.type != ${lit('kubernetes.io/tls')} || !has(e.data) || type(e.data) != list || ` +
        `e.data.all(d, !${filled('d', 'key')} || d.key.trim() in ${litList(['tls.key', 'tls.crt'])}))`,
      message: message(id, 'a kubernetes.io/tls secretObjects entry supports only the keys tls.key and tls.crt'),
    },
  ],
};
