// spc-objects-invalid: the `objects` block must parse as the provider parses it, entry by entry.
import type { RuleModule } from '../engine/types.js';
import type { SpcObjectEntry } from '../model/spc.js';
import { azureSpcs, isPlaceholder, show } from './support/spc.js';

const OBJECT_TYPES = ['secret', 'key', 'cert'];
const OBJECT_NAME = /^[0-9A-Za-z-]{1,127}$/;
const KNOWN_FIELDS = ['objectName', 'objectAlias', 'objectVersion', 'objectVersionHistory', 'objectType', 'objectFormat', 'objectEncoding', 'filePermission'];

interface Problem {
  readonly field?: string;
  readonly target?: 'key' | 'value';
  readonly message: string;
}

export function entryProblems(e: SpcObjectEntry): Problem[] {
  if (e.error || !e.fields) return [{ message: e.error ?? `entry ${e.index} is not a YAML mapping` }];
  const f = e.fields;
  const out: Problem[] = [];
  const str = (k: string): string | undefined => (typeof f[k] === 'string' ? (f[k] as string).trim() : f[k] === undefined || f[k] === null ? undefined : String(f[k]));
  for (const k of Object.keys(f)) {
    if (!KNOWN_FIELDS.includes(k)) {
      const near = KNOWN_FIELDS.find((n) => n.toLowerCase() === k.toLowerCase());
      out.push({ field: k, target: 'key', message: `unknown field ${k} in objects entry ${e.index}${near ? `; did you mean ${near}?` : ''}` });
    }
  }
  const name = str('objectName');
  if (!name) out.push({ field: f['objectName'] === undefined ? undefined : 'objectName', message: `objects entry ${e.index} has no objectName` });
  else if (!isPlaceholder(name) && !OBJECT_NAME.test(name)) out.push({ field: 'objectName', message: `objectName ${show(name)} is not a Key Vault object name (1-127 letters, digits and hyphens)` });
  const type = str('objectType');
  if (type === undefined) out.push({ message: `objects entry ${e.index} has no objectType (secret, key or cert)` });
  else if (!OBJECT_TYPES.includes(type)) {
    const hint = /^cert/i.test(type) ? ': use cert for a certificate' : OBJECT_TYPES.includes(type.toLowerCase()) ? `, in lower case: use ${type.toLowerCase()}` : '';
    out.push({ field: 'objectType', message: `objectType ${show(type)} must be exactly secret, key or cert${hint}` });
  }
  const format = str('objectFormat');
  if (format) {
    if (!['pem', 'pfx'].includes(format.toLowerCase())) out.push({ field: 'objectFormat', message: `objectFormat ${show(format)} must be pem or pfx` });
    else if (format.toLowerCase() === 'pfx' && type !== 'secret') out.push({ field: 'objectFormat', message: 'objectFormat pfx is only supported with objectType: secret' });
  }
  const encoding = str('objectEncoding');
  if (encoding) {
    if (!['utf-8', 'hex', 'base64'].includes(encoding.toLowerCase())) out.push({ field: 'objectEncoding', message: `objectEncoding ${show(encoding)} must be utf-8, hex or base64` });
    else if (type !== undefined && type !== 'secret') out.push({ field: 'objectEncoding', message: 'objectEncoding is only supported with objectType: secret' });
  }
  const perm = str('filePermission');
  if (perm && !/^0?[0-7]{3,4}$/.test(perm)) out.push({ field: 'filePermission', message: `filePermission ${show(perm)} is not an octal mode such as 0644; the provider silently uses mode 0` });
  const alias = str('objectAlias');
  if (alias !== undefined && alias !== '' && !isPlaceholder(alias)) {
    if (alias.startsWith('/')) out.push({ field: 'objectAlias', message: `objectAlias ${show(alias)} must be a relative file name` });
    else if (alias.includes('..')) out.push({ field: 'objectAlias', message: `objectAlias ${show(alias)} must not contain ".."` });
  }
  const version = str('objectVersion');
  if (version && version !== 'latest' && !isPlaceholder(version) && !/^[0-9A-Za-z]{32}$/.test(version)) {
    out.push({ field: 'objectVersion', message: `objectVersion ${show(version)} must be empty, latest or a 32-character version id` });
  }
  const history = f['objectVersionHistory'];
  if (history !== undefined && history !== null && !(Number.isInteger(Number(history)) && Number(history) >= 0)) {
    out.push({ field: 'objectVersionHistory', message: `objectVersionHistory ${show(history)} must be a whole number` });
  }
  return out;
}

export const rule: RuleModule = {
  id: 'spc-objects-invalid',
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      // No `parameters` at all: the objects are missing like the rest; a `parameters` that is no mapping is another rule's.
      if (spc.parameters === undefined && spc.spec?.['parameters'] !== undefined) continue;
      const raw = spc.parameters?.['objects'];
      if (raw !== undefined && raw !== null && typeof raw !== 'string') continue; // spc-parameter-not-string
      const objects = spc.objects;
      if (objects.error) {
        ctx.report({ object: spc.object, path: spc.paramPath('objects'), location: objects.error.location, message: objects.error.message });
        continue;
      }
      if (!objects.entries.length) {
        ctx.report({ object: spc.object, path: spc.paramPath('objects'), message: '`objects` lists no Key Vault object' });
        continue;
      }
      for (const e of objects.entries) {
        for (const p of entryProblems(e)) {
          ctx.report({ object: spc.object, path: spc.paramPath('objects'), location: e.locate(p.field, p.target), message: p.message, discriminator: `${e.index}:${p.field ?? ''}:${p.message}` });
        }
      }
    }
  },
};
