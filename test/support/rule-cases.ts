// Fixture directories as RuleTester cases (src/testing/rule-tester.ts): a rule's RuleTester file can run the same
// projects as its fixture cases (test/fixtures/rules/<id>/<case>/) one rule at a time, and add what the fixture
// markers cannot say: message ids and data, end positions, fix output.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import type { ValidCase } from '../../src/testing/rule-tester.js';
import type { RuleOptions } from '../../src/rules/contract.js';
import { parseAzureStateValue } from '../../src/azure/state-file.js';
import { REPO_ROOT, RULE_FIXTURES } from './paths.js';

/**
 * The YAML files of a fixture directory (recursively, by POSIX path), its azure-state.json, and the options its
 * args.txt (`--vvp-version`, `--report-unused-disables`) and .vvp-kv-lint.yaml (`objectExpiryWarningDays`, `vvpVersion`, `namespaceDefaults`)
 * give the CLI.
 */
export function fixtureCase(dir: string, options: RuleOptions = {}): ValidCase & { defaultNamespaces?: Record<string, string> } {
  const files: Record<string, string> = {};
  for (const rel of fg.sync(['**/*.yaml', '**/*.yml'], { cwd: dir, dot: false }).sort()) files[rel] = readFileSync(join(dir, rel), 'utf8');
  const statePath = join(dir, 'azure-state.json');
  const azure = existsSync(statePath) ? parseAzureStateValue(JSON.parse(readFileSync(statePath, 'utf8')), 'azure-state.json') : undefined;
  const args = existsSync(join(dir, 'args.txt')) ? readFileSync(join(dir, 'args.txt'), 'utf8').trim().split(/\s+/) : [];
  const config = existsSync(join(dir, '.vvp-kv-lint.yaml')) ? (parse(readFileSync(join(dir, '.vvp-kv-lint.yaml'), 'utf8')) as Record<string, unknown>) : {};
  const version = args.includes('--vvp-version') ? args[args.indexOf('--vvp-version') + 1] : typeof config['vvpVersion'] === 'string' ? config['vvpVersion'] : undefined;
  const opts: RuleOptions = {
    ...(version ? { vvpVersion: version.split('.').slice(0, 2).map(Number) as [number, number] } : {}),
    ...(typeof config['objectExpiryWarningDays'] === 'number' ? { objectExpiryWarningDays: config['objectExpiryWarningDays'] } : {}),
    ...options,
  };
  const defaults: Record<string, string> = {};
  for (const [glob, ns] of Object.entries((config['namespaceDefaults'] ?? {}) as Record<string, string>)) {
    const match = picomatch(glob);
    for (const rel of Object.keys(files)) if (match(rel) && defaults[rel] === undefined) defaults[rel] = ns;
  }
  return {
    name: dir.slice(REPO_ROOT.length).replace(/^\/?test\/fixtures\//, ''),
    files,
    ...(azure ? { azure } : {}),
    ...(Object.keys(opts).length ? { options: opts } : {}),
    ...(Object.keys(defaults).length ? { defaultNamespaces: defaults } : {}),
    ...(args.includes('--report-unused-disables') ? { reportUnusedDisables: true } : {}),
  };
}

/** test/fixtures/rules/<ruleId>/<caseName>/ as a case. */
export const ruleCase = (ruleId: string, caseName: string, options?: RuleOptions): ReturnType<typeof fixtureCase> => fixtureCase(join(RULE_FIXTURES, ruleId, caseName), options);

/** test/fixtures/azure/<name>/ (manifests and an azure-state.json) as a case. */
export const azureCase = (name: string): ReturnType<typeof fixtureCase> => fixtureCase(join(REPO_ROOT, 'test/fixtures/azure', name));
