// Finds, parses and validates .vvp-kv-lint.yaml. Errors name the file, line and column of the offending key.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { parseDocument } from 'yaml';
import validateConfigGenerated from '../generated/validate-config.js';
import { yamlLocator } from '../load/locate.js';
import { lineColumn } from '../model/lines.js';
/** Compiled at build time by scripts/generate.mjs (no schema compilation at start-up). */
const validateConfig = validateConfigGenerated;
export const CONFIG_NAMES = ['.vvp-kv-lint.yaml', '.vvp-kv-lint.yml'];
export class ConfigError extends Error {
    code = 'CONFIG_INVALID';
    constructor(message, options) {
        super(message, options);
        this.name = 'ConfigError';
    }
}
/** Looks for a config file in `start` and each parent directory. */
export function findConfig(start) {
    let dir = resolve(start);
    for (;;) {
        for (const name of CONFIG_NAMES) {
            const candidate = join(dir, name);
            if (existsSync(candidate))
                return candidate;
        }
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
export function loadConfig(explicit, cwd) {
    const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
    if (!path)
        return { config: {}, path: undefined, dir: cwd };
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`cannot read config file ${path}: ${err.code ?? 'error'}`, { cause: err });
    }
    const shown = relative(cwd, path) || path;
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const { line, column } = lineColumn(text, e.pos[0]);
        throw new ConfigError(`${shown}:${line}:${column}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const value = doc.toJS() ?? {};
    if (!validateConfig(value)) {
        const file = { absPath: path, relPath: shown, text };
        const locator = yamlLocator(file, doc.contents);
        const messages = (validateConfig.errors ?? []).slice(0, 5).map((e) => {
            const segs = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            let what = e.message ?? 'is invalid';
            let target = 'value';
            if (e.keyword === 'additionalProperties') {
                const extra = String(e.params.additionalProperty);
                segs.push(extra);
                target = 'key';
                what = `unknown key "${extra}"${segs.length === 1 ? ` (known keys: ${knownKeys()})` : ''}`;
            }
            else if (e.keyword === 'enum') {
                what = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
            }
            else if (e.keyword === 'propertyNames') {
                segs.push(String(e.params.propertyName));
                target = 'key';
                what = 'is not a rule id (lower-case words joined by hyphens)';
            }
            const loc = locator.locate(segs, target);
            const { line, column } = lineColumn(text, loc.kind === 'file' ? loc.span.start : 0);
            return `${shown}:${line}:${column}: ${segs.length ? segs.join('.') + ': ' : ''}${what}`;
        });
        // Drop the generic oneOf/propertyNames echoes when a precise message was already given for the same key.
        throw new ConfigError([...new Set(messages)].join('\n'));
    }
    return { config: value, path, dir: dirname(path) };
}
function knownKeys() {
    return ['include', 'exclude', 'vvpVersion', 'helmReleaseNamespace', 'namespaceDefaults', 'rules', 'failLevel', 'maxFileSize', 'reportUnusedDisables', 'baseline'].join(', ');
}
/** Parses "2.7" / "2.7.1" into [major, minor]. */
export function parseVvpVersion(v) {
    if (!v)
        return undefined;
    const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
