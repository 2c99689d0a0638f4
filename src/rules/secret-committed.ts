// secret-committed: Secret manifests in the repository that carry credential values. Values are never printed.
//
// Which values are findings (docs/rules-src/secret-committed.md gives the reasons): a value under a key that names a
// credential — the one classification the tool masks output with (src/model/sensitive.ts isCredentialKey: the key
// ends in password, secret, token, apikey, accountkey, privatekey, connectionstring, credential(s), passphrase …)
// — plus the credential keys of the Secret types Kubernetes defines (tls.key, .dockerconfigjson …). The same test
// for every Secret and every key spelling: a nodePublishSecretRef Secret is no different, except that the message
// says so. Not a finding: identifiers and configuration (clientid, username, bootstrap.servers), empty values, and
// values that are wholly a placeholder a pipeline fills in (`${CLIENT_SECRET}`, `#{DbPassword}#`), in data
// (base64-decoded) as in stringData.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { secretRefName } from './support/secrets.js';
import { secretView } from '../model/secret.js';
import { isRecord } from '../model/kinds.js';
import { findPlaceholder } from './support/spc.js';
import { isCredentialKey } from '../model/sensitive.js';

/** Keys Kubernetes' built-in Secret types keep credentials under (core/v1 types.go SecretType*). */
const TYPE_CREDENTIAL_KEYS: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/tls': ['tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/basic-auth': ['password'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'bootstrap.kubernetes.io/token': ['token-secret'],
};

export function isCommittedCredentialKey(key: string, type: unknown): boolean {
  return isCredentialKey(key) || (typeof type === 'string' && (TYPE_CREDENTIAL_KEYS[type]?.includes(key) ?? false));
}

/** A value that is set and not wholly a placeholder (a `data` value is judged by its base64-decoded text). */
function holdsValue(value: unknown, field: 'data' | 'stringData'): boolean {
  if (value === null || value === undefined || isRecord(value) || Array.isArray(value)) return false;
  const text = String(value).trim();
  if (text === '') return false;
  // A template that envsubst or the pipeline fills at deploy time commits no credential. Only whole values count,
  // so a real password that merely contains `${x}` is still reported.
  if (findPlaceholder(text) === text) return false;
  if (field === 'data' && /^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    const decoded = Buffer.from(text, 'base64').toString('utf8').trim();
    if (decoded === '' || findPlaceholder(decoded) === decoded) return false;
  }
  return true;
}

export default defineRule({
  kinds: [...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    committed: 'Secret {{name}} commits credential values under {{field}} ({{keys}}){{ref}}; rotate them and keep them out of the repository',
  },
  create(ctx) {
    // Names any volume of the project references (a lookup: the volume may be in a file not being linted).
    let refNames: Set<string> | undefined;
    for (const secret of ctx.subjects.ofClass('Secret')) {
      if (secret.source.kind !== 'file') continue;
      refNames ??= new Set(ctx.views.secretsVolumes.map(secretRefName).filter((n): n is string => !!n));
      const isRef = secret.name !== undefined && refNames.has(secret.name);
      const view = secretView(secret);
      const type = view.type;
      // One finding per data/stringData block (the catalog's region), naming the keys but never a value.
      const byField = new Map<'data' | 'stringData', string[]>();
      for (const { key, field } of view.keys()) {
        if (!isCommittedCredentialKey(key, type)) continue;
        if (!holdsValue(view.rawValue(field, key), field)) continue;
        // push, not a copy per key: a Secret may have 150,000 keys.
        let keys = byField.get(field);
        if (!keys) byField.set(field, (keys = []));
        keys.push(key);
      }
      for (const [field, keys] of byField) {
        ctx.report({
          object: secret,
          path: [field],
          target: 'key',
          messageId: 'committed', data: { name: secret.name ?? '', field, keys: keys.join(', '), ref: isRef ? '; it is a nodePublishSecretRef Secret' : '' },
        });
      }
    }
  },
});
