// spc-objects-invalid: the `objects` block must parse as the provider parses it, entry by entry.
import { defineRule, interpolate } from './contract.js';
import type { SpcEntryError, SpcObjectEntry, SpcObjectsProblem } from '../model/spc.js';
import { azureSpcs, isPlaceholder, show } from './support/spc.js';

const OBJECT_TYPES = ['secret', 'key', 'cert'];
const OBJECT_NAME = /^[0-9A-Za-z-]{1,127}$/;
const KNOWN_FIELDS = ['objectName', 'objectAlias', 'objectVersion', 'objectVersionHistory', 'objectType', 'objectFormat', 'objectEncoding', 'filePermission'];

/** The wording of each problem; entryProblems and create() report by these ids with data (names, values shown). */
const MESSAGES = {
  objectsNotSet: '`objects` is not set; list the Key Vault objects to mount',
  objectsEmpty: '`objects` is empty; list the Key Vault objects to mount',
  objectsNotString: '`objects` must be a YAML string (use `objects: |`)',
  objectsNotYaml: '`objects` is not valid YAML: {{yamlError}}',
  objectsNoArray: '`objects` must hold a key `array` with a list of YAML strings',
  noObjects: '`objects` lists no Key Vault object',
  entryNotString: 'an `array` entry must be a YAML string (use `- |`)',
  entryNotYaml: 'entry {{index}} is not valid: {{yamlError}}',
  entryNotMapping: 'entry {{index}} is not a YAML mapping',
  unknownField: 'unknown field {{field}} in objects entry {{index}}',
  unknownFieldSuggestion: 'unknown field {{field}} in objects entry {{index}}; did you mean {{suggestion}}?',
  noObjectName: 'objects entry {{index}} has no objectName',
  objectNameInvalid: 'objectName {{value}} is not a Key Vault object name (1-127 letters, digits and hyphens)',
  noObjectType: 'objects entry {{index}} has no objectType (secret, key or cert)',
  objectTypeInvalid: 'objectType {{value}} must be exactly secret, key or cert',
  objectTypeCertificate: 'objectType {{value}} must be exactly secret, key or cert: use cert for a certificate',
  objectTypeCase: 'objectType {{value}} must be exactly secret, key or cert, in lower case: use {{lower}}',
  objectFormatInvalid: 'objectFormat {{value}} must be pem or pfx',
  pfxNeedsSecret: 'objectFormat pfx is only supported with objectType: secret',
  objectEncodingInvalid: 'objectEncoding {{value}} must be utf-8, hex or base64',
  encodingNeedsSecret: 'objectEncoding is only supported with objectType: secret',
  filePermissionInvalid: 'filePermission {{value}} is not an octal mode such as 0644; the provider silently uses mode 0',
  objectAliasAbsolute: 'objectAlias {{value}} must be a relative file name',
  objectAliasParent: 'objectAlias {{value}} must not contain ".."',
  objectVersionInvalid: 'objectVersion {{value}} must be empty, latest or a 32-character version id',
  objectVersionHistoryInvalid: 'objectVersionHistory {{value}} must be a whole number',
} as const;

type MessageId = keyof typeof MESSAGES;

interface Problem {
  readonly field?: string;
  readonly target?: 'key' | 'value';
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string | number>>;
}

const OBJECTS_PROBLEM: Record<SpcObjectsProblem['kind'], MessageId> = {
  'not-set': 'objectsNotSet',
  empty: 'objectsEmpty',
  'not-string': 'objectsNotString',
  'not-yaml': 'objectsNotYaml',
  'no-array': 'objectsNoArray',
};

const ENTRY_ERROR: Record<SpcEntryError['kind'], MessageId> = { 'not-string': 'entryNotString', 'not-yaml': 'entryNotYaml', 'not-mapping': 'entryNotMapping' };

export function entryProblems(e: SpcObjectEntry): Problem[] {
  if (e.error || !e.fields) {
    const error = e.error ?? { kind: 'not-mapping' as const };
    return [{ messageId: ENTRY_ERROR[error.kind], data: { index: e.index, ...(error.kind === 'not-yaml' ? { yamlError: error.yamlError } : {}) } }];
  }
  const f = e.fields;
  const out: Problem[] = [];
  const index = e.index;
  const str = (k: string): string | undefined => (typeof f[k] === 'string' ? (f[k] as string).trim() : f[k] === undefined || f[k] === null ? undefined : String(f[k]));
  for (const k of Object.keys(f)) {
    if (!KNOWN_FIELDS.includes(k)) {
      const near = KNOWN_FIELDS.find((n) => n.toLowerCase() === k.toLowerCase());
      out.push({ field: k, target: 'key', ...(near ? { messageId: 'unknownFieldSuggestion', data: { field: k, index, suggestion: near } } : { messageId: 'unknownField', data: { field: k, index } }) });
    }
  }
  const name = str('objectName');
  if (!name) out.push({ field: f['objectName'] === undefined ? undefined : 'objectName', messageId: 'noObjectName', data: { index } });
  else if (!isPlaceholder(name) && !OBJECT_NAME.test(name)) out.push({ field: 'objectName', messageId: 'objectNameInvalid', data: { value: show(name) } });
  const type = str('objectType');
  if (type === undefined) out.push({ messageId: 'noObjectType', data: { index } });
  else if (!OBJECT_TYPES.includes(type)) {
    const value = show(type);
    if (/^cert/i.test(type)) out.push({ field: 'objectType', messageId: 'objectTypeCertificate', data: { value } });
    else if (OBJECT_TYPES.includes(type.toLowerCase())) out.push({ field: 'objectType', messageId: 'objectTypeCase', data: { value, lower: type.toLowerCase() } });
    else out.push({ field: 'objectType', messageId: 'objectTypeInvalid', data: { value } });
  }
  const format = str('objectFormat');
  if (format) {
    if (!['pem', 'pfx'].includes(format.toLowerCase())) out.push({ field: 'objectFormat', messageId: 'objectFormatInvalid', data: { value: show(format) } });
    else if (format.toLowerCase() === 'pfx' && type !== 'secret') out.push({ field: 'objectFormat', messageId: 'pfxNeedsSecret' });
  }
  const encoding = str('objectEncoding');
  if (encoding) {
    if (!['utf-8', 'hex', 'base64'].includes(encoding.toLowerCase())) out.push({ field: 'objectEncoding', messageId: 'objectEncodingInvalid', data: { value: show(encoding) } });
    else if (type !== undefined && type !== 'secret') out.push({ field: 'objectEncoding', messageId: 'encodingNeedsSecret' });
  }
  const perm = str('filePermission');
  if (perm && !/^0?[0-7]{3,4}$/.test(perm)) out.push({ field: 'filePermission', messageId: 'filePermissionInvalid', data: { value: show(perm) } });
  const alias = str('objectAlias');
  if (alias !== undefined && alias !== '' && !isPlaceholder(alias)) {
    if (alias.startsWith('/')) out.push({ field: 'objectAlias', messageId: 'objectAliasAbsolute', data: { value: show(alias) } });
    else if (alias.includes('..')) out.push({ field: 'objectAlias', messageId: 'objectAliasParent', data: { value: show(alias) } });
  }
  const version = str('objectVersion');
  if (version && version !== 'latest' && !isPlaceholder(version) && !/^[0-9A-Za-z]{32}$/.test(version)) {
    out.push({ field: 'objectVersion', messageId: 'objectVersionInvalid', data: { value: show(version) } });
  }
  const history = f['objectVersionHistory'];
  if (history !== undefined && history !== null && !(Number.isInteger(Number(history)) && Number(history) >= 0)) {
    out.push({ field: 'objectVersionHistory', messageId: 'objectVersionHistoryInvalid', data: { value: show(history) } });
  }
  return out;
}

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: MESSAGES,
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      // No `parameters` at all: the objects are missing like the rest; a `parameters` that is no mapping is another rule's.
      if (spc.parameters === undefined && spc.spec?.['parameters'] !== undefined) continue;
      const raw = spc.parameters?.['objects'];
      if (raw !== undefined && raw !== null && typeof raw !== 'string') continue; // spc-parameter-not-string
      const objects = spc.objects;
      if (objects.error) {
        const error = objects.error;
        ctx.report({ object: spc.object, path: spc.paramPath('objects'), location: error.location, messageId: OBJECTS_PROBLEM[error.kind], ...(error.kind === 'not-yaml' ? { data: { yamlError: error.yamlError } } : {}) });
        continue;
      }
      if (!objects.entries.length) {
        ctx.report({ object: spc.object, path: spc.paramPath('objects'), messageId: 'noObjects' });
        continue;
      }
      for (const e of objects.entries) {
        for (const p of entryProblems(e)) {
          // The discriminator keeps the worded message, so baselines written before message ids still match.
          const worded = interpolate(MESSAGES[p.messageId], p.data, `spc-objects-invalid ${p.messageId}`);
          ctx.report({ object: spc.object, path: spc.paramPath('objects'), location: e.locate(p.field, p.target), messageId: p.messageId, ...(p.data ? { data: p.data } : {}), discriminator: `${e.index}:${p.field ?? ''}:${worded}` });
        }
      }
    }
  },
});
