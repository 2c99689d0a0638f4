// spc-parameter-not-string: spec.parameters is map[string]string. Besides non-string values, an unquoted scalar
// that YAML 1.1 (kubectl, sigs.k8s.io/yaml) reads as a bool, null or number is caught from its source text.
import { defineRule } from './contract.js';
import { azureSpcs, isYaml11NonString } from './support/spc.js';
import { quoteScalar } from './support/fix.js';
import { scalarAt } from '../model/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    nullValue: 'parameter {{key}} has no value (null), not a string; the API server drops it as if {{key}} were not set: write a quoted value, or "" for an empty one',
    notString: 'parameter {{key}} is {{kind}}, not a string; SecretProviderClass parameters are strings: {{advice}}',
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const params = spc.parameters;
      if (!params) continue;
      for (const [key, value] of Object.entries(params)) {
        const path = spc.paramPath(key);
        let kind: string | undefined;
        if (typeof value !== 'string') kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a map' : `a ${typeof value}`;
        else if (isYaml11NonString(spc, key)) kind = yaml11Kind(String(scalarAt(spc.object, path)?.source ?? value));
        if (!kind) continue;
        ctx.report({
          object: spc.object,
          path,
          messageId: value === null ? 'nullValue' : 'notString', data: { key, kind, advice: advice(value) },
          fix: () => quoteScalar(spc.object, path),
        });
      }
    }
  },
});

/** How kubectl's YAML 1.1 reads an unquoted scalar the YAML 1.2 parser kept as a string. */
function yaml11Kind(source: string): string {
  const what = /^(?:~|null|Null|NULL)$/.test(source) ? 'null' : /^[-+.0-9]/.test(source) ? 'a number' : 'a boolean';
  return `unquoted ${source}, which kubectl (YAML 1.1) reads as ${what}`;
}

function advice(value: unknown): string {
  if (typeof value === 'object') return 'write it as a YAML block string (`key: |`)';
  return 'quote the value';
}
