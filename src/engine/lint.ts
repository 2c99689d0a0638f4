// One lint run over files: config → project root → load (report set + whole-project context) → rules → result.
// Live sources (cluster, VVP API, Azure) add to the same inventory before the rules run.
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadConfig, parseVvpVersion, type LoadedConfig } from '../config/load.js';
import { DEFAULT_MAX_FILE_SIZE, loadProject } from '../load/project.js';
import { cacheDirectory } from '../load/context-cache.js';
import { Inventory } from '../model/inventory.js';
import type { Level, ToolNotification } from '../model/types.js';
import { runRules, ALL_RULE_META, declaredKinds } from './run.js';
import { deriveViews } from '../model/views.js';
import type { LintResult, RuleOptions } from './types.js';
import { applySuppressions } from './suppressions.js';
import { absentNotification, applyBaseline, BaselineError, readBaseline } from './baseline.js';
import { TOOL_VERSION } from '../version.js';
import { filesQuotedBy, redactorFor, type Redactor } from './redact.js';
import { findGitRoot, isInside } from '../project-paths.js';

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
  /**
   * `-` among the targets: stdin's text and the name it is linted as (--stdin-filename). The text may be a reader
   * given the size limit (config maxFileSize), so that stdin is refused as early as a file of that size.
   */
  readonly stdin?: { readonly text: string | ((maxBytes: number) => Promise<string>); readonly filename?: string };
  /** --rule ID:LEVEL overrides, on top of the config's `rules`. */
  readonly ruleOverrides?: Readonly<Record<string, Level | 'off'>>;
  /** Skip files entirely (audit without --with-repo). */
  readonly noFiles?: boolean;
  /** Report suppressions that suppress nothing (default: config reportUnusedDisables). */
  readonly reportUnusedDisables?: boolean;
  /** CI mode (env CI=true): unused-suppression reporting defaults to on. */
  readonly ci?: boolean;
  /** --baseline FILE (relative to cwd); default: config `baseline` (relative to the config file); false: none. */
  readonly baselinePath?: string | false;
  /** File texts that replace the disk's, by project-relative path (a --fix-dry-run pass re-lints its own output). */
  readonly overlay?: ReadonlyMap<string, string>;
  /** False: findings without their message data (see RunOptions.messageData); the CLI's reports never write it. */
  readonly messageData?: boolean;
  /** Environment for the context cache's location (VVP_KV_LINT_CACHE, VVP_KV_LINT_CACHE_DIR); default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Where the project root came from: --root, the config file's directory, the git work tree, or the paths given. */
export type RootOrigin = 'option' | 'config' | 'git' | 'paths';

export async function lint(opts: LintOptions): Promise<{ result: LintResult; config: LoadedConfig; inventory: Inventory; reportFiles: ReadonlySet<string> | undefined; rootOrigin: RootOrigin }> {
  const startTime = new Date();
  const config = loadConfig(opts.configPath, opts.cwd, opts.root !== undefined ? resolve(opts.cwd, opts.root) : undefined);
  // Without --root, a config file or a git work tree there is no project to speak of: the root is bounded to
  // the paths given (run in /tmp, walking the whole current directory read for minutes) and only they are read.
  const gitRoot = opts.root === undefined && !config.path ? findGitRoot(opts.cwd) : undefined;
  const rootOrigin: RootOrigin = opts.root !== undefined ? 'option' : config.path ? 'config' : gitRoot !== undefined ? 'git' : 'paths';
  const root = rootOrigin === 'paths' ? boundedRoot(opts.cwd, opts.targets, opts.stdin?.filename) : resolve(opts.cwd, opts.root ?? (config.path ? config.dir : gitRoot!));
  const c = opts.ruleOverrides && Object.keys(opts.ruleOverrides).length ? { ...config.config, rules: { ...config.config.rules, ...opts.ruleOverrides } } : config.config;
  let inventory: Inventory;
  let reportFiles: ReadonlySet<string> | undefined;
  let vvpVersion = parseVvpVersion(opts.vvpVersion ?? c.vvpVersion);
  if (opts.noFiles) {
    inventory = new Inventory();
  } else {
    const stdin = opts.stdin && { filename: opts.stdin.filename, text: typeof opts.stdin.text === 'string' ? opts.stdin.text : await opts.stdin.text(c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE) };
    const project = await loadProject({
      root,
      cwd: opts.cwd,
      targets: opts.targets,
      include: c.include,
      exclude: c.exclude,
      maxFileSize: c.maxFileSize,
      namespaceDefaults: c.namespaceDefaults,
      keepKinds: declaredKinds(),
      ...(opts.overlay ? { overlay: opts.overlay } : {}),
      stdin,
      contextFromTargetsOnly: rootOrigin === 'paths',
      cacheDir: cacheDirectory(root, opts.env ?? process.env),
      env: opts.env ?? process.env,
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
  // Views are derived once, after every source has added to the inventory.
  const views = deriveViews(inventory);
  const out = runRules(inventory, { ruleLevels: c.rules, ruleOptions, reportFiles, views, ...(opts.messageData === false ? { messageData: false } : {}) });
  // Every output (all formats, fixes, the baseline file) is built from these: secret values are hidden once, here.
  // Built only when there is something to redact: walking every object's body costs a clean run time for nothing.
  let redactor: Redactor | undefined;
  const redact = (): Redactor => (redactor ??= redactorFor(inventory, filesQuotedBy(out.findings, reportFiles)));
  const notifications: ToolNotification[] = [...inventory.notifications, ...out.notifications].map((n) => redact().notification(n));
  // Suppressions, then the baseline (a suppressed finding is never "new"): see suppressions.ts and baseline.ts.
  let findings = applySuppressions(out.findings.map((f) => redact().finding(f)), inventory, {
    knownRuleIds: ALL_RULE_META.map((m) => m.id),
    reportUnused: opts.reportUnusedDisables ?? c.reportUnusedDisables ?? opts.ci ?? false,
    reportFiles,
    ruleLevels: c.rules,
    views,
  });
  const baselineFile = opts.baselinePath === false ? undefined : opts.baselinePath !== undefined ? resolve(opts.cwd, opts.baselinePath) : c.baseline !== undefined ? resolve(config.dir, c.baseline) : undefined;
  // A baseline named in the (committed) config stays inside the project; --baseline on the command line may point anywhere.
  if (baselineFile !== undefined && opts.baselinePath === undefined && !isInside(baselineFile, root)) {
    throw new BaselineError(`config baseline ${c.baseline} is outside the project ${root}; give it with --baseline to use it`);
  }
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
    ...(reportFiles ? { filesLinted: countRead(reportFiles, inventory) } : {}),
    documentsRead: inventory.documentCount,
    executionSuccessful: !notifications.some((n) => n.incomplete),
    startTime,
    endTime: new Date(),
    commandLine: opts.commandLine ?? 'vvp-kv-lint',
  };
  return { result, config, inventory, reportFiles, rootOrigin };
}

function countRead(reportFiles: ReadonlySet<string>, inventory: Inventory): number {
  let n = 0;
  for (const f of reportFiles) if (inventory.files.has(f)) n++;
  return n;
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


/**
 * The root when there is no project: the current directory when every target lies inside it (paths stay as the
 * user wrote them), else the deepest directory holding them all (no reported path may start with ../). Only the
 * targets are read either way (contextFromTargetsOnly).
 */
function boundedRoot(cwd: string, targets: readonly string[], stdinFilename?: string): string {
  const common = commonDirectory(cwd, targets, stdinFilename);
  const base = resolve(cwd);
  return common === base || common.startsWith(base.endsWith(sep) ? base : base + sep) ? base : common;
}

/** The deepest directory holding every target (a file's directory, a glob's static prefix); cwd without targets. */
export function commonDirectory(cwd: string, targets: readonly string[], stdinFilename?: string): string {
  const dirs = targets.map((t) => {
    if (t === '-') return dirname(resolve(cwd, stdinFilename ?? 'stdin.yaml'));
    const segments = t.split(/[\\/]/);
    const firstGlob = segments.findIndex((s) => /[*?[\]{}!]/.test(s));
    if (firstGlob >= 0) return resolve(cwd, segments.slice(0, firstGlob).join('/') || '.');
    const abs = resolve(cwd, t);
    try {
      return statSync(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return dirname(abs);
    }
  });
  if (!dirs.length) return resolve(cwd);
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (common !== dirname(common) && d !== common && !d.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  }
  return common;
}


/** Level order for fail-level comparisons. */
export const LEVEL_RANK: Record<Level, number> = { note: 1, warning: 2, error: 3 };

export function exceedsFailLevel(result: LintResult, failLevel: Level | 'none'): boolean {
  if (failLevel === 'none') return false;
  const threshold = LEVEL_RANK[failLevel];
  return result.findings.some((f) => !(f.suppressions?.length) && f.baselineState !== 'unchanged' && LEVEL_RANK[f.level] >= threshold);
}
