// `--print-config FILE`: the configuration that applies when FILE is linted (like ESLint's --print-config): the
// config file used, the project root, whether FILE is included or excluded, its default namespace, and every
// rule's effective level. Prints JSON and exits 0; a broken config exits 2 like a lint run would.
import { resolve, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, loadConfig } from '../../config/load.js';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE } from '../../load/project.js';
import { RULE_META } from '../../generated/rule-meta.js';
import type { Level } from '../../model/types.js';
import { EXIT, type CliIO } from '../io.js';

export function printConfig(io: CliIO, file: string, opts: { config?: string; root?: string; ruleOverrides: Readonly<Record<string, Level | 'off'>> }): number {
  let loaded;
  try {
    loaded = loadConfig(opts.config, io.cwd, opts.root !== undefined ? resolve(io.cwd, opts.root) : undefined);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.stderr.write(`vvp-kv-lint: ${err.message}\n`);
    return EXIT.ERROR;
  }
  const c = loaded.config;
  const root = resolve(io.cwd, opts.root ?? loaded.dir);
  const rel = relative(root, resolve(io.cwd, file)).split(sep).join('/');
  const include = c.include?.length ? c.include : DEFAULT_INCLUDE;
  const exclude = ['**/node_modules/**', '**/.git/**', ...(c.exclude ?? [])];
  const rules: Record<string, string> = {};
  for (const m of RULE_META) rules[m.id] = opts.ruleOverrides[m.id] ?? c.rules?.[m.id] ?? m.level;
  const namespaceDefault = Object.entries(c.namespaceDefaults ?? {}).find(([glob]) => picomatch(glob, { dot: true })(rel))?.[1] ?? null;
  const doc = {
    file: rel,
    configFile: loaded.path ?? null,
    root,
    included: picomatch(include, { dot: true })(rel),
    excluded: picomatch(exclude, { dot: true })(rel),
    namespaceDefault,
    include,
    exclude: c.exclude ?? [],
    vvpVersion: c.vvpVersion ?? null,
    failLevel: c.failLevel ?? 'error',
    failOnIncomplete: c.failOnIncomplete ?? false,
    maxWarnings: c.maxWarnings ?? null,
    maxFileSize: c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    reportUnusedDisables: c.reportUnusedDisables ?? null,
    baseline: c.baseline ?? null,
    helmReleaseNamespace: c.helmReleaseNamespace ?? null,
    rules,
  };
  io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  return EXIT.OK;
}
