// One lint run over files: config → project root → load (report set + whole-project context) → rules → result.
// Live sources (cluster, VVP API, Azure) add to the same inventory before the rules run.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig, parseVvpVersion, type LoadedConfig } from '../config/load.js';
import { loadProject } from '../load/project.js';
import { cacheDirectory } from '../load/context-cache.js';
import { Inventory } from '../model/inventory.js';
import type { Level, ToolNotification } from '../model/types.js';
import { runRules, ALL_RULE_META } from './run.js';
import type { LintResult, RuleOptions } from './types.js';
import { applySuppressions } from './suppressions.js';
import { absentNotification, applyBaseline, readBaseline } from './baseline.js';
import { TOOL_VERSION } from '../version.js';

export interface LintOptions {
  readonly cwd: string;
  readonly targets: readonly string[];
  readonly configPath?: string;
  /** --root: the project whose files give context; default: config dir, else git work tree, else cwd. */
  readonly root?: string;
  readonly vvpVersion?: string;
  readonly commandLine?: string;
  /** Adds live objects / Azure state to the inventory before rules run (audit, --vvp-url, --azure...). */
  readonly enrich?: (inventory: Inventory, ctx: { root: string; config: LoadedConfig }) => Promise<void>;
  /** Skip files entirely (audit without --with-repo). */
  readonly noFiles?: boolean;
  /** Report suppressions that suppress nothing (default: config reportUnusedDisables). */
  readonly reportUnusedDisables?: boolean;
  /** CI mode (env CI=true): unused-suppression reporting defaults to on. */
  readonly ci?: boolean;
  /** --baseline FILE (relative to cwd); default: config `baseline` (relative to the config file); false: none. */
  readonly baselinePath?: string | false;
  /** Environment for the context cache's location (VVP_KV_LINT_CACHE, VVP_KV_LINT_CACHE_DIR); default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export async function lint(opts: LintOptions): Promise<{ result: LintResult; config: LoadedConfig; inventory: Inventory; reportFiles: ReadonlySet<string> | undefined }> {
  const startTime = new Date();
  const config = loadConfig(opts.configPath, opts.cwd, opts.root !== undefined ? resolve(opts.cwd, opts.root) : undefined);
  const root = resolve(opts.cwd, opts.root ?? (config.path ? config.dir : findGitRoot(opts.cwd) ?? opts.cwd));
  const c = config.config;
  let inventory: Inventory;
  let reportFiles: ReadonlySet<string> | undefined;
  let vvpVersion = parseVvpVersion(opts.vvpVersion ?? c.vvpVersion);
  if (opts.noFiles) {
    inventory = new Inventory();
  } else {
    const project = await loadProject({
      root,
      cwd: opts.cwd,
      targets: opts.targets,
      include: c.include,
      exclude: c.exclude,
      maxFileSize: c.maxFileSize,
      namespaceDefaults: c.namespaceDefaults,
      cacheDir: cacheDirectory(root, opts.env ?? process.env),
    });
    inventory = project.inventory;
    reportFiles = project.reportFiles;
    if (!vvpVersion) {
      // Chart 4.N = VVP 2.N (up to 2.3); chart 5.N = VVP 2.(N+4).
      for (const chart of project.vvpCharts.values()) {
        vvpVersion = chartToVvpVersion(chart.version);
        if (vvpVersion) break;
      }
    }
    inventory.helmReleaseNamespace = c.helmReleaseNamespace;
  }
  if (opts.enrich) await opts.enrich(inventory, { root, config });
  const ruleOptions: RuleOptions = { vvpVersion, ...(c.objectExpiryWarningDays !== undefined ? { objectExpiryWarningDays: c.objectExpiryWarningDays } : {}) };
  const out = runRules(inventory, { ruleLevels: c.rules, ruleOptions, reportFiles });
  const notifications: ToolNotification[] = [...inventory.notifications, ...out.notifications];
  // Suppressions, then the baseline (a suppressed finding is never "new"): see suppressions.ts and baseline.ts.
  let findings = applySuppressions(out.findings, inventory, {
    knownRuleIds: ALL_RULE_META.map((m) => m.id),
    reportUnused: opts.reportUnusedDisables ?? c.reportUnusedDisables ?? opts.ci ?? false,
    reportFiles,
    ruleLevels: c.rules,
  });
  const baselineFile = opts.baselinePath === false ? undefined : opts.baselinePath !== undefined ? resolve(opts.cwd, opts.baselinePath) : c.baseline !== undefined ? resolve(config.dir, c.baseline) : undefined;
  if (baselineFile !== undefined) {
    const applied = applyBaseline(findings, readBaseline(baselineFile));
    findings = applied.findings;
    const absent = absentNotification(applied.absent, opts.baselinePath || c.baseline || baselineFile);
    if (absent) notifications.push(absent);
  }
  const result: LintResult = {
    toolVersion: TOOL_VERSION,
    rules: out.rules,
    findings,
    notifications,
    root,
    ...repositoryRootOf(root),
    filesRead: inventory.files.size,
    documentsRead: inventory.documentCount,
    executionSuccessful: !notifications.some((n) => n.incomplete),
    startTime,
    endTime: new Date(),
    commandLine: opts.commandLine ?? 'vvp-kv-lint',
  };
  return { result, config, inventory, reportFiles };
}

export function chartToVvpVersion(chartVersion: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)/.exec(chartVersion);
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major === 4 && minor <= 3) return [2, minor];
  if (major === 5) return [2, minor + 4];
  return undefined;
}

/** The enclosing git work tree when the project root is a folder inside it (SARIF paths are repository-relative). */
function repositoryRootOf(root: string): { repositoryRoot?: string } {
  const top = findGitRoot(root);
  return top !== undefined && top !== root ? { repositoryRoot: top } : {};
}

function findGitRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Level order for fail-level comparisons. */
export const LEVEL_RANK: Record<Level, number> = { note: 1, warning: 2, error: 3 };

export function exceedsFailLevel(result: LintResult, failLevel: Level | 'none'): boolean {
  if (failLevel === 'none') return false;
  const threshold = LEVEL_RANK[failLevel];
  return result.findings.some((f) => !(f.suppressions?.length) && f.baselineState !== 'unchanged' && LEVEL_RANK[f.level] >= threshold);
}
