// A read-only view of an Azure SecretProviderClass: its parameters, its identity mode and its `objects` block
// parsed (YAML inside a string, inside a string) with positions mapped back into the file.
import { isMap, isScalar, isSeq } from 'yaml';
import { parse as parseYaml } from 'yaml';
import { isRecord } from './kinds.js';
import { EmbeddedYaml } from '../load/embedded.js';
import { walk } from '../load/locate.js';
export const IDENTITY_FLAGS = ['usePodIdentity', 'useVMManagedIdentity', 'useAzureTokenProxy'];
export const PARAMS_PATH = ['spec', 'parameters'];
export class SpcView {
    object;
    constructor(object) {
        this.object = object;
    }
    get spec() {
        const s = this.object.body['spec'];
        return isRecord(s) ? s : undefined;
    }
    get provider() {
        return this.spec?.['provider'];
    }
    get isAzure() {
        return isAzureProvider(this.provider);
    }
    get parameters() {
        const p = this.spec?.['parameters'];
        return isRecord(p) ? p : undefined;
    }
    /** A parameter as the provider sees it: strings only, trimmed. Non-strings are undefined (CRD rejects them). */
    param(name) {
        const v = this.parameters?.[name];
        return typeof v === 'string' ? v.trim() : undefined;
    }
    has(name) {
        return this.parameters !== undefined && Object.hasOwn(this.parameters, name);
    }
    /** Go strconv.ParseBool on a flag; empty/absent = false; unparsable = undefined. */
    flag(name) {
        const v = this.param(name);
        if (v === undefined || v === '')
            return this.has(name) && typeof this.parameters?.[name] === 'boolean' ? this.parameters[name] : false;
        return parseGoBool(v);
    }
    /** The identity mode the provider (v1.8) would pick; conflicts resolve to the first flag set. */
    get identityMode() {
        if (this.flag('usePodIdentity'))
            return 'pod-identity';
        if (this.flag('useVMManagedIdentity'))
            return this.param('userAssignedIdentityID') ? 'vm-user-assigned' : 'vm-system-assigned';
        if (this.flag('useAzureTokenProxy'))
            return 'identity-binding';
        if (this.param('clientID'))
            return 'workload-identity';
        return 'service-principal';
    }
    get tenant() {
        const v1 = this.param('tenantID');
        if (v1)
            return { key: 'tenantID', value: v1 };
        const v2 = this.param('tenantId');
        if (v2)
            return { key: 'tenantId', value: v2 };
        return undefined;
    }
    locate(path, target) {
        return this.object.locator.locate(path, target);
    }
    paramPath(name) {
        return [...PARAMS_PATH, name];
    }
    objectsCache;
    /** The parsed `objects` parameter. */
    get objects() {
        return (this.objectsCache ??= parseObjects(this));
    }
    /** File names written into the volume (for secretObjects and collisions). */
    get fileNames() {
        const names = new Set();
        for (const e of this.objects.entries)
            if (e.fileName)
                names.add(e.fileName);
        return names;
    }
}
const views = new WeakMap();
export function spcView(o) {
    let v = views.get(o);
    if (!v)
        views.set(o, (v = new SpcView(o)));
    return v;
}
export function isAzureProvider(p) {
    return typeof p === 'string' && p === 'azure';
}
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
export function parseGoBool(s) {
    if (GO_TRUE.has(s))
        return true;
    if (GO_FALSE.has(s))
        return false;
    return undefined;
}
function parseObjects(view) {
    const objectsPath = view.paramPath('objects');
    const raw = view.parameters?.['objects'];
    const here = (target = 'value') => view.locate(objectsPath, target);
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
        return { error: { message: '`objects` is not set', location: here() }, entries: [] };
    }
    if (typeof raw !== 'string')
        return { error: { message: '`objects` must be a YAML string (use `objects: |`)', location: here() }, entries: [] };
    const o = view.object;
    const scalar = scalarAt(o, objectsPath);
    if (o.source.kind === 'file' && scalar)
        return parseEmbeddedObjects(EmbeddedYaml.inFile(o.source.file, scalar), here);
    return parsePlainObjects(raw, here);
}
/** Objects with positions: each entry's fields located inside the file. */
function parseEmbeddedObjects(outer, here) {
    if (outer.errors.length) {
        return { error: { message: `\`objects\` is not valid YAML: ${outer.errors[0].message}`, location: { ...here(), span: outer.errors[0].span, exact: true } }, entries: [] };
    }
    const value = outer.value;
    if (!isRecord(value) || !Array.isArray(value['array'])) {
        return { error: { message: '`objects` must hold a key `array` with a list of YAML strings', location: here() }, entries: [] };
    }
    const entries = [];
    value['array'].forEach((item, index) => {
        const itemLoc = outer.locate(['array', index]);
        if (typeof item !== 'string') {
            entries.push({ index, fields: undefined, error: 'an `array` entry must be a YAML string (use `- |`)', locate: () => itemLoc, fileName: undefined });
            return;
        }
        const itemScalar = outer.scalarAt(['array', index]);
        const inner = itemScalar ? outer.nested(itemScalar) : undefined;
        if (!inner || inner.errors.length || (inner.value !== undefined && inner.value !== null && !isRecord(inner.value))) {
            const msg = inner?.errors[0]?.message ?? 'not a YAML mapping';
            entries.push({ index, fields: undefined, error: `entry ${index} is not valid: ${msg}`, locate: () => (inner?.errors[0] ? { ...itemLoc, span: inner.errors[0].span } : itemLoc), fileName: undefined });
            return;
        }
        const fields = isRecord(inner.value) ? inner.value : {};
        entries.push({
            index,
            fields,
            locate: (field, target = 'value') => (field ? inner.locate([field], target) : itemLoc),
            fileName: fileNameOf(fields),
        });
    });
    return { entries };
}
/** Objects of a live SPC: parsed without positions; every location is the objects parameter. */
function parsePlainObjects(raw, here) {
    let value;
    try {
        value = parseYaml(raw, { maxAliasCount: 100 });
    }
    catch (err) {
        return { error: { message: `\`objects\` is not valid YAML: ${err.message.split('\n')[0]}`, location: here() }, entries: [] };
    }
    if (!isRecord(value) || !Array.isArray(value['array']))
        return { error: { message: '`objects` must hold a key `array` with a list of YAML strings', location: here() }, entries: [] };
    const entries = value['array'].map((item, index) => {
        let fields;
        let error;
        if (typeof item !== 'string')
            error = 'an `array` entry must be a YAML string (use `- |`)';
        else {
            try {
                const v = parseYaml(item);
                if (v === null || v === undefined)
                    fields = {};
                else if (isRecord(v))
                    fields = v;
                else
                    error = `entry ${index} is not a YAML mapping`;
            }
            catch (err) {
                error = `entry ${index} is not valid: ${err.message.split('\n')[0]}`;
            }
        }
        return { index, fields, error, locate: () => here(), fileName: fields ? fileNameOf(fields) : undefined };
    });
    return { entries };
}
function fileNameOf(fields) {
    const alias = typeof fields['objectAlias'] === 'string' ? fields['objectAlias'].trim() : '';
    if (alias)
        return alias;
    const name = fields['objectName'];
    return typeof name === 'string' && name.trim() ? name.trim() : typeof name === 'number' ? String(name) : undefined;
}
/** The YAML scalar node at `path` of a file object (for embedded parsing and quoting checks). */
export function scalarAt(o, path) {
    const node = yamlNodeAt(o, path);
    return node && isScalar(node) ? node : undefined;
}
export function yamlNodeAt(o, path) {
    const root = o.yamlNode;
    if (!root || !(isMap(root) || isSeq(root)))
        return undefined;
    const { steps, complete } = walk(root, path);
    return complete ? steps[steps.length - 1]?.node : undefined;
}
