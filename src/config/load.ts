// Finds, parses and validates .vvp-kv-lint.yaml. Errors name the file, line and column of the offending key.
import { existsSync } from 'node:fs';
import { readRegularFileSync } from '../load/safe-read.js';
import { safeParseMessage } from '../yaml/safe-message.js';
import { dirname, join, resolve, relative } from 'node:path';
import { parseDocument, type Node } from 'yaml';
import validateConfigGenerated from '../generated/validate-config.js';
import type { ErrorObject } from 'ajv';
import { yamlLocator } from '../yaml/locate.js';
import { lineColumn } from '../yaml/lines.js';
import type { Level } from '../model/types.js';
import { RULE_META } from '../generated/rule-meta.js';
import { CONFIG_KEYS } from '../generated/config-keys.js';
import { similarIds } from '../similar-ids.js';
import { isInside } from '../project-paths.js';

/** Compiled at build time by scripts/generate.mjs (no schema compilation at start-up). */
const validateConfig = validateConfigGenerated as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface Config {
  readonly include?: string[];
  readonly exclude?: string[];
  readonly vvpVersion?: string;
  readonly helmReleaseNamespace?: string | Record<string, string>;
  readonly namespaceDefaults?: Record<string, string>;
  readonly rules?: Record<string, Level | 'off'>;
  readonly failLevel?: Level | 'none';
  readonly maxFileSize?: number;
  readonly reportUnusedDisables?: boolean;
  readonly baseline?: string;
  /** Azure state file (relative to the config file): lint without --azure-state/--azure and the language server read it. */
  readonly azureState?: string;
  readonly failOnIncomplete?: boolean;
  readonly maxWarnings?: number;
  readonly objectExpiryWarningDays?: number;
}

export interface LoadedConfig {
  readonly config: Config;
  /** Absolute path of the config file, undefined when none was found. */
  readonly path: string | undefined;
  /** The directory globs in the config are relative to. */
  readonly dir: string;
}

export const CONFIG_NAMES = ['.vvp-kv-lint.yaml', '.vvp-kv-lint.yml'];

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/**
 * Looks for a config file in `start` and each parent directory. With `stopAt` (an explicit --root that contains
 * `start`), the search does not leave that project: an enclosing repository's config is not its config.
 */
export function findConfig(start: string, stopAt?: string): string | undefined {
  let dir = resolve(start);
  const boundary = stopAt !== undefined && isInside(dir, resolve(stopAt)) ? resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === boundary) return undefined;
    dir = parent;
  }
}


export function loadConfig(explicit: string | undefined, cwd: string, stopAt?: string): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd, stopAt);
  if (!path) return { config: {}, path: undefined, dir: cwd };
  let text: string;
  try {
    text = readRegularFileSync(path);
  } catch (err) {
    throw new ConfigError(`cannot read config file ${path}: ${(err as Error).message}`, { cause: err });
  }
  const shown = relative(cwd, path) || path;
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const { line, column } = lineColumn(text, e.pos[0]);
    throw new ConfigError(`${shown}:${line}:${column}: invalid YAML: ${safeParseMessage(e.message)}`);
  }
  const value: unknown = doc.toJS() ?? {};
  if (!validateConfig(value)) {
    const file = { absPath: path, relPath: shown, text };
    const locator = yamlLocator(file, doc.contents as Node);
    const messages = (validateConfig.errors ?? []).slice(0, 5).map((e) => {
      const segs = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let what = e.message ?? 'is invalid';
      let target: 'key' | 'value' = 'value';
      if (e.keyword === 'additionalProperties') {
        const extra = String((e.params as { additionalProperty: string }).additionalProperty);
        segs.push(extra);
        target = 'key';
        what = `unknown key "${extra}"${segs.length === 1 ? ` (known keys: ${knownKeys()})` : ''}`;
      } else if (e.keyword === 'enum') {
        what = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      } else if (e.keyword === 'propertyNames') {
        segs.push(String((e.params as { propertyName: string }).propertyName));
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
  const config = value as Config;
  const unknown = unknownRuleMessages(config, doc.contents as Node, { absPath: path, relPath: shown, text });
  if (unknown.length) throw new ConfigError(unknown.join('\n'));
  return { config, path, dir: dirname(path) };
}

/** `rules:` keys that name no rule: a typo would otherwise silently leave the rule at its default level. */
function unknownRuleMessages(config: Config, contents: Node, file: { absPath: string; relPath: string; text: string }): string[] {
  const ids = RULE_META.map((m) => m.id);
  const known = new Set(ids);
  const out: string[] = [];
  const locator = yamlLocator(file, contents);
  for (const id of Object.keys(config.rules ?? {})) {
    if (known.has(id)) continue;
    const loc = locator.locate(['rules', id], 'key');
    const { line, column } = lineColumn(file.text, loc.kind === 'file' ? loc.span.start : 0);
    const close = similarIds(id, ids);
    out.push(`${file.relPath}:${line}:${column}: rules.${id}: unknown rule id "${id}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}; \`vvp-kv-lint rules\` lists them`);
  }
  return out;
}

/** Validates `--rule ID:LEVEL` values; returns the overrides or the first usage message. */
export function parseRuleFlags(values: readonly string[]): Record<string, Level | 'off'> | string {
  const ids = RULE_META.map((m) => m.id);
  const out: Record<string, Level | 'off'> = {};
  for (const v of values) {
    const m = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(v.trim());
    if (!m) return `--rule must look like ID:LEVEL (e.g. csi-mount-not-readonly:off), got "${v}"`;
    const [, id, level] = m as unknown as [string, string, string];
    if (!ids.includes(id)) {
      const close = similarIds(id, ids);
      return `--rule ${v}: unknown rule id "${id}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`;
    }
    if (!['error', 'warning', 'note', 'off'].includes(level)) return `--rule ${v}: level must be error, warning, note or off`;
    out[id] = level as Level | 'off';
  }
  return out;
}

function knownKeys(): string {
  return CONFIG_KEYS.join(', ');
}

/** Parses "2.7" / "2.7.1" into [major, minor]. */
export function parseVvpVersion(v: string | undefined): [number, number] | undefined {
  if (!v) return undefined;
  const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}
