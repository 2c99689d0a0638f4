// Policy form of the SecretProviderClass part of src/rules/unresolved-placeholder.ts: a placeholder (${x}, $x, <x>,
// {{ x }}, #{x}#, __x__, %x% — src/model/placeholder.ts, the same RE2 patterns) left in a field the API server
// receives and the driver or provider reads: metadata.name and namespace, spec.provider, every parameter but
// `objects`, and the strings of secretObjects (secretName, type, labels, annotations, data keys and objectNames).
// Not exported: the fields of the `objects` block (YAML in a string, which CEL cannot parse), and the pod side
// (its volumes, serviceAccountName and aadpodidbinding label: one policy rule has one target; lint and audit
// check them).
import { P, PLACEHOLDER_RE, exempt, lit, message } from '../cel.js';
import type { PolicyRule } from '../types.js';

const id = 'unresolved-placeholder';
/** `x` is a string holding a placeholder (the linter trims, then searches: findPlaceholder). */
const ph = (x: string): string => `(type(${x}) == string && ${x}.trim().matches(${lit(PLACEHOLDER_RE)}))`;
/** No value of the string map `m` (labels, annotations) holds one. */
const mapClean = (m: string): string => `${m}.all(k, !${ph(`${m}[k]`)})`;
const SO = 'object.spec.secretObjects';

export const policy: PolicyRule = {
  id,
  target: 'spc',
  partial: {
    messageIds: ['placeholder2'],
    rest: 'the fields of the `objects` block (YAML held in a string, which CEL cannot parse) nor the pod side (volumes, serviceAccountName, aadpodidbinding), which lint and audit check',
  },
  validations: [
    {
      expression:
        `${exempt(id)} || (` +
        `!(has(object.metadata.name) && ${ph('object.metadata.name')}) && !(has(object.metadata.namespace) && ${ph('object.metadata.namespace')}) && ` +
        `!(has(object.spec) && has(object.spec.provider) && ${ph('object.spec.provider')}) && ` +
        `${P}.all(k, k == 'objects' || !${ph(`${P}[k]`)}))`,
      message: message(id, 'a parameter, the provider or the name still holds a placeholder (${x}, $x, <x>, {{ x }} ...); substitute the real value before applying'),
    },
    {
      expression:
        `${exempt(id)} || !has(object.spec) || !has(${SO}) || ${SO}.all(e, ` +
        `!(has(e.secretName) && ${ph('e.secretName')}) && !(has(e.type) && ${ph('e.type')}) && ` +
        `(!has(e.labels) || ${mapClean('e.labels')}) && (!has(e.annotations) || ${mapClean('e.annotations')}) && ` +
        `(!has(e.data) || e.data.all(d, !(has(d.key) && ${ph('d.key')}) && !(has(d.objectName) && ${ph('d.objectName')}))))`,
      message: message(id, 'a secretObjects field still holds a placeholder; substitute the real value before applying'),
    },
  ],
};
