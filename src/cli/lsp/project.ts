// One project of the language server: the files of a project root (found by the same rules as lint), held in
// memory file by file, with the editor's open documents overriding the disk. A change re-parses only the file that
// changed; the rules then run over the whole project's objects but report only on the open documents, through the
// same engine steps as `lint` (levels, suppressions, redaction, baseline), so an editor shows what lint would.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { loadConfig, parseVvpVersion, type LoadedConfig } from '../../config/load.js';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, isVvpValuesFile, loadProject } from '../../load/project.js';
import { gitIgnoredAmong } from '../../load/git-ignored.js';
import { DEFAULT_LIMITS, parseSourceFile, type ParseOptions } from '../../load/parse.js';
import { decodeSource, readSourceFile, type ReadOutcome } from '../../load/read-file.js';
import { Inventory } from '../../model/inventory.js';
import type { InputProblem, ManifestObject, SourceFile, ToolNotification } from '../../model/types.js';
import type { AzureState } from '../../model/azure-state.js';
import { deriveViews, type DerivedViews } from '../../model/views.js';
import { ALL_RULE_META, declaredKinds, runRules } from '../../engine/run.js';
import { applySuppressions } from '../../engine/suppressions.js';
import { applyBaseline, readBaseline, type Baseline } from '../../engine/baseline.js';
import { filesQuotedBy, redactorFor, type Redactor } from '../../engine/redact.js';
import { chartToVvpVersion } from '../../engine/lint.js';
import type { Finding, RuleOptions } from '../../engine/types.js';
import { cachesOff, userCacheDirectory } from '../../user-cache.js';
import type { SensitiveParts } from '../../model/sensitive.js';
import { findGitRoot, isInside } from '../../project-paths.js';

/** What one file contributes: its objects, its input problems and its document count. */
interface Entry {
  readonly file: SourceFile;
  readonly objects: readonly ManifestObject[];
  readonly problems: readonly InputProblem[];
  readonly documents: number;
  /** A Kustomize patch: its objects are partial (kept when the file is parsed again). */
  readonly partial: boolean;
}

export interface CheckResult {
  /** Active findings (not suppressed, not in the baseline) by repository-relative path of the open documents. */
  readonly byFile: ReadonlyMap<string, readonly Finding[]>;
  readonly notifications: readonly ToolNotification[];
  /** The views of this check's inventory (go to definition reads its pod sources). */
  readonly views: DerivedViews;
  readonly inventory: Inventory;
}

/**
 * The project root of a file, by lint's rules: the config's directory, else the git work tree; else the workspace
 * folder holding it (an editor's stand-in for "the paths given"); else the file alone (`alone`: no other file is read,
 * as lint outside any project reads only the paths given).
 */
export function projectOf(absFile: string, workspaceFolders: readonly string[]): { root: string; config: LoadedConfig; alone: boolean } {
  const dir = dirname(absFile);
  const config = loadConfig(undefined, dir);
  if (config.path) return { root: config.dir, config, alone: false };
  const git = findGitRoot(dir);
  if (git !== undefined) return { root: git, config: { ...config, dir: git }, alone: false };
  const folder = workspaceFolders.filter((f) => isInside(absFile, f)).sort((a, b) => b.length - a.length)[0];
  const root = folder ?? dir;
  return { root, config: { ...config, dir: root }, alone: folder === undefined };
}

export class Project {
  private readonly entries = new Map<string, Entry>();
  private order: string[] | undefined;
  private readonly isIncluded: (rel: string) => boolean;
  private readonly isExcluded: (rel: string) => boolean;
  private readonly keepKinds = declaredKinds();
  private readonly optionSets = new Map<string, ParseOptions>();
  private vvpCharts: ReadonlyMap<string, { version: string; file: string }> = new Map();
  private azure: AzureState | undefined;
  private baseline: Baseline | undefined;
  /** What each unchanged object gives the redactor, walked once (a check walked every body: a third of its time). */
  private readonly sensitive = new WeakMap<ManifestObject, SensitiveParts>();
  /** Size and modification time of each file as last read (refreshFromDisk). */
  private readonly stats = new Map<string, string>();
  /** Outside any project (no config, no git, no workspace folder): only the documents opened are read. */
  alone = false;
  /** Problems of the project itself (an unreadable Azure state or baseline), shown by the server as messages. */
  readonly problems: string[] = [];

  private constructor(
    readonly root: string,
    readonly config: LoadedConfig,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {
    const c = config.config;
    this.isIncluded = picomatch(c.include?.length ? c.include : DEFAULT_INCLUDE, { dot: true });
    this.isExcluded = picomatch(['**/node_modules/**', '**/.git/**', ...(c.exclude ?? [])], { dot: true });
  }

  /**
   * Reads the whole project, the first open document from its editor text. Every other file is context, so the
   * context cache answers for unchanged ones (kept in the user's cache directory: the server never writes into the
   * workspace, not even node_modules/.cache).
   */
  static async load(root: string, config: LoadedConfig, first: { rel: string; text: string; alone?: boolean }, env: Readonly<Record<string, string | undefined>>): Promise<Project> {
    const p = new Project(root, config, env);
    p.alone = first.alone === true;
    const c = config.config;
    const loaded = await loadProject({
      root,
      cwd: root,
      targets: ['-'],
      stdin: { text: first.text, filename: join(root, first.rel) },
      contextFromTargetsOnly: first.alone === true,
      include: c.include,
      exclude: c.exclude,
      maxFileSize: c.maxFileSize,
      namespaceDefaults: c.namespaceDefaults,
      keepKinds: p.keepKinds,
      cacheDir: cachesOff(env) ? undefined : env['VVP_KV_LINT_CACHE_DIR'] || userCacheDirectory(env),
      env,
    });
    p.vvpCharts = loaded.vvpCharts;
    p.fill(loaded.inventory);
    // Recorded after the load: a change racing it is seen by the client's watcher, or the next refresh.
    for (const rel of p.entries.keys()) {
      const key = statKey(join(root, rel));
      if (key !== undefined) p.stats.set(rel, key);
    }
    await p.loadSidecars();
    return p;
  }

  /** The project-relative path of a file of this project, or undefined when it lies outside the root. */
  relOf(abs: string): string | undefined {
    if (!isInside(abs, this.root)) return undefined;
    return relative(this.root, abs).split(sep).join('/');
  }

  /** True when lint would read this file (include/exclude of the config): the server lints only those. */
  wants(rel: string): boolean {
    return this.isIncluded(rel) && !this.isExcluded(rel);
  }

  /** Project.wants before the project is loaded. */
  static wants(config: LoadedConfig, rel: string): boolean {
    const c = config.config;
    return picomatch(c.include?.length ? c.include : DEFAULT_INCLUDE, { dot: true })(rel) && !picomatch(['**/node_modules/**', '**/.git/**', ...(c.exclude ?? [])], { dot: true })(rel);
  }

  /** Files whose change means the sidecars (Azure state, baseline) must be read again. */
  sidecarFiles(): string[] {
    const c = this.config.config;
    return [c.azureState, c.baseline].filter((f): f is string => f !== undefined).map((f) => resolve(this.config.dir, f));
  }

  async loadSidecars(): Promise<void> {
    this.problems.length = 0;
    const c = this.config.config;
    this.azure = undefined;
    this.baseline = undefined;
    if (c.azureState !== undefined) {
      const path = resolve(this.config.dir, c.azureState);
      if (!isInside(path, this.root)) this.problems.push(`config azureState ${c.azureState} is outside the project ${this.root}: not read`);
      else {
        try {
          // Lazily: the state reader is not needed by projects without one.
          const { readAzureStateFile } = await import('../../azure/state-file.js');
          this.azure = await readAzureStateFile(path, c.azureState);
        } catch (err) {
          this.problems.push(`config azureState: ${(err as Error).message}`);
        }
      }
    }
    if (c.baseline !== undefined) {
      const path = resolve(this.config.dir, c.baseline);
      if (!isInside(path, this.root)) this.problems.push(`config baseline ${c.baseline} is outside the project ${this.root}: not read`);
      else {
        try {
          this.baseline = readBaseline(path);
        } catch (err) {
          this.problems.push(`config baseline: ${(err as Error).message}`);
        }
      }
    }
  }

  /** An open document's text replaces the file's (parsed here, keeping its syntax tree for positions and fixes). */
  setText(rel: string, text: string): void {
    const file: SourceFile = { absPath: join(this.root, rel), relPath: rel, text: '' };
    const outcome = decodeSource(Buffer.from(text, 'utf8'), file.absPath, rel);
    this.setOutcome(rel, outcome);
  }

  /**
   * Files as they are on disk (a closed document, or files changed by another program); gone when they are gone.
   * A new file git ignores is not part of the project, as in lint's walk: a build copy of a manifest created while
   * the editor is open must not satisfy a reference that lint reports as broken. Only files the project does not hold
   * yet are asked about, all of one call in one git process (a branch switch creates many at once; the walk already
   * left out what was ignored at load). An open document is linted whatever git says, as a path given to lint is:
   * its text comes through setText.
   */
  readFromDisk(rels: readonly string[]): void {
    const fresh = this.alone ? [] : rels.filter((rel) => !this.entries.has(rel) && this.wants(rel) && existsSync(join(this.root, rel)));
    const ignored = fresh.length > 0 ? gitIgnoredAmong(this.root, fresh) : new Set<string>();
    for (const rel of rels) {
      const abs = join(this.root, rel);
      if (!existsSync(abs) || !this.wants(rel) || ignored.has(rel)) {
        this.remove(rel);
        continue;
      }
      const key = statKey(abs);
      this.setOutcome(rel, readSourceFile(abs, rel, this.config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
      if (key !== undefined && this.entries.has(rel)) this.stats.set(rel, key);
    }
  }

  remove(rel: string): void {
    if (this.entries.delete(rel)) this.order = undefined;
    this.stats.delete(rel);
  }

  /**
   * For editors that do not watch files (Neovim's built-in client, older Helix): files changed or deleted on disk
   * since they were last seen, by size and modification time. Returns the paths it read again or dropped. Open
   * documents are skipped (their text is the editor's). New files are not found here (that needs a walk).
   */
  refreshFromDisk(open: ReadonlySet<string>): string[] {
    const changed: string[] = [];
    for (const rel of [...this.entries.keys()]) {
      if (open.has(rel)) continue;
      const before = this.stats.get(rel);
      const now = statKey(join(this.root, rel));
      if (before === undefined) {
        if (now !== undefined) this.stats.set(rel, now);
        continue;
      }
      if (now === before) continue;
      changed.push(rel);
      this.readFromDisk([rel]);
    }
    return changed;
  }

  has(rel: string): boolean {
    return this.entries.has(rel);
  }

  get fileCount(): number {
    return this.entries.size;
  }

  /**
   * Runs the rules over every file's objects, reporting on the open documents only: what `lint <open files>` would
   * report, with the open documents' texts in place of the disk's.
   */
  check(open: ReadonlySet<string>): CheckResult {
    const c = this.config.config;
    const inventory = new Inventory();
    this.order ??= [...this.entries.keys()].sort();
    for (const rel of this.order) {
      const e = this.entries.get(rel)!;
      inventory.files.set(rel, e.file);
      inventory.documentCount += e.documents;
      for (const pr of e.problems) inventory.inputProblems.push(pr);
      for (const o of e.objects) inventory.add(o);
    }
    inventory.helmReleaseNamespace = c.helmReleaseNamespace;
    inventory.azure = this.azure;
    let vvpVersion = parseVvpVersion(c.vvpVersion);
    if (!vvpVersion) {
      for (const chart of this.vvpCharts.values()) {
        vvpVersion = chartToVvpVersion(chart.version);
        if (vvpVersion) break;
      }
    }
    const ruleOptions: RuleOptions = { vvpVersion, ...(c.objectExpiryWarningDays !== undefined ? { objectExpiryWarningDays: c.objectExpiryWarningDays } : {}) };
    const views = deriveViews(inventory);
    const out = runRules(inventory, { ruleLevels: c.rules, ruleOptions, reportFiles: open, views });
    let redactor: Redactor | undefined;
    const redact = (): Redactor => (redactor ??= redactorFor(inventory, filesQuotedBy(out.findings, open), this.sensitive));
    let findings = applySuppressions(out.findings.map((f) => redact().finding(f)), inventory, {
      knownRuleIds: ALL_RULE_META.map((m) => m.id),
      // Editors show unused suppressions as lint in CI would only when the config asks for it.
      reportUnused: c.reportUnusedDisables ?? false,
      reportFiles: open,
      ruleLevels: c.rules,
      views,
    });
    if (this.baseline) findings = applyBaseline(findings, this.baseline).findings;
    const byFile = new Map<string, Finding[]>();
    for (const rel of open) byFile.set(rel, []);
    for (const f of findings) {
      if (f.location.kind !== 'file' || f.suppressions?.length || f.baselineState === 'unchanged') continue;
      byFile.get(f.location.file.relPath)?.push(f);
    }
    const notifications = [...inventory.notifications, ...out.notifications].map((n) => redact().notification(n));
    return { byFile, notifications, views, inventory };
  }

  private fill(inventory: Inventory): void {
    const byFile = new Map<string, { objects: ManifestObject[]; problems: InputProblem[] }>();
    const slot = (rel: string) => {
      let s = byFile.get(rel);
      if (!s) byFile.set(rel, (s = { objects: [], problems: [] }));
      return s;
    };
    for (const o of inventory.objects) if (o.source.kind === 'file') slot(o.source.file.relPath).objects.push(o);
    for (const pr of inventory.inputProblems) slot(pr.file.relPath).problems.push(pr);
    for (const [rel, file] of inventory.files) {
      const s = byFile.get(rel) ?? { objects: [], problems: [] };
      // The loader does not count documents per file; only the total is ever reported.
      this.entries.set(rel, { file, objects: s.objects, problems: s.problems, documents: s.objects.length, partial: s.objects.some((o) => o.partial === true) });
    }
    this.order = undefined;
  }

  private setOutcome(rel: string, outcome: ReadOutcome): void {
    const partial = this.entries.get(rel)?.partial ?? false;
    if (!outcome.ok && outcome.kind === 'io') {
      this.remove(rel);
      return;
    }
    if (!this.entries.has(rel)) this.order = undefined;
    if (!outcome.ok) {
      this.entries.set(rel, { file: outcome.file, objects: [], problems: [{ kind: 'parse-error', file: outcome.file, span: outcome.span, reason: outcome.reason }], documents: 0, partial });
      return;
    }
    const file = outcome.file;
    if (/(^|\/)templates\//.test(rel) && file.text.includes('{{')) {
      // A Helm chart template is not YAML until rendered: lint skips it, and so does the editor.
      this.entries.set(rel, { file, objects: [], problems: [], documents: 0, partial });
      return;
    }
    const parsed = parseSourceFile(file, partial ? { ...this.parseOptionsOf(rel), partial } : this.parseOptionsOf(rel));
    this.entries.set(rel, { file, objects: parsed.objects, problems: parsed.problems, documents: parsed.documents, partial });
  }

  /** The options lint's loader would parse this file with (src/load/project.ts). */
  private parseOptionsOf(rel: string): ParseOptions {
    const defaultNamespace = Object.entries(this.config.config.namespaceDefaults ?? {}).find(([glob]) => picomatch(glob, { dot: true })(rel))?.[1];
    const vvpValuesFile = isVvpValuesFile(rel, this.vvpCharts);
    const id = `${vvpValuesFile ? 1 : 0}${defaultNamespace ?? ''}`;
    let set = this.optionSets.get(id);
    if (!set) this.optionSets.set(id, (set = { ...DEFAULT_LIMITS, defaultNamespace, vvpValuesFile, keepKinds: this.keepKinds }));
    return set;
  }
}

function statKey(abs: string): string | undefined {
  try {
    const st = statSync(abs);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return undefined;
  }
}


