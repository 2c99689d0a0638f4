// spc-parameter-not-string: spec.parameters is map[string]string. Besides non-string values, an unquoted scalar
// that YAML 1.1 (kubectl, sigs.k8s.io/yaml) reads as a bool, null or number is caught from its source text.
import { isScalar, Scalar } from 'yaml';
import type { RuleModule } from '../engine/types.js';
import { azureSpcs } from './support/spc.js';
import { quoteScalar } from './support/fix.js';
import { scalarAt } from '../model/spc.js';

const YAML11_NON_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

export const rule: RuleModule = {
  id: 'spc-parameter-not-string',
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params) continue;
      for (const [key, value] of Object.entries(params)) {
        const path = spc.paramPath(key);
        let kind: string | undefined;
        if (typeof value !== 'string') kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a map' : `a ${typeof value}`;
        else {
          const node = scalarAt(spc.object, path);
          if (node && isScalar(node) && node.type === Scalar.PLAIN && YAML11_NON_STRING.test(String(node.source ?? value))) kind = 'a boolean/number to YAML 1.1 (kubectl)';
        }
        if (!kind) continue;
        ctx.report({
          object: spc.object,
          path,
          message: `parameter ${key} is ${kind}, not a string; SecretProviderClass parameters are strings: quote the value`,
          fix: () => quoteScalar(spc.object, path),
        });
      }
    }
  },
};
