// `vvp-kv-lint lsp`: a Language Server Protocol server over stdio. Open YAML documents are linted on open and on
// change (debounced) against their whole project (src/cli/lsp/project.ts); each check republishes the diagnostics
// of every open document of that project whose findings changed (an SPC renamed in one file updates the pods that
// name it in others). The server only reads: it never writes a file, and edits reach the workspace only as code
// actions the editor applies. Azure state comes from the config's `azureState` file, never from live reads.
import { basename, relative, sep } from 'node:path';
import { CONFIG_NAMES } from '../../config/load.js';
import { forgetGitIgnored } from '../../load/git-ignored.js';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TOOL_VERSION } from '../../version.js';
import type { Finding } from '../../engine/types.js';
import { Project, projectOf, type CheckResult } from './project.js';
import { contains, offsetAt, rangesOverlap, toDiagnostic } from './convert.js';
import { codeActionsFor } from './actions.js';
import { definitionAt, hoverFor } from './navigate.js';

export interface ServerOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default debounce of changes, ms (initializationOptions.debounceMs overrides it). */
  readonly debounceMs?: number;
}

interface OpenDoc {
  readonly uri: string;
  readonly abs: string;
  project?: Project;
  rel?: string;
  /** The findings last published and the text they were computed on (code actions, hover). */
  findings: readonly Finding[];
  diagnostics: Diagnostic[];
  published?: string;
}

const DEFAULT_DEBOUNCE_MS = 60;

/** Starts the server on this process's stdin/stdout; resolves when the client has shut it down and the input ended. */
export function startServer(opts: ServerOptions): Promise<number> {
  const connection = createConnection(process.stdin, process.stdout);
  // The server never crashes on a bug of its own: it says so in the client's log and keeps serving.
  const report = (err: unknown): void => connection.console.error(`vvp-kv-lint: internal error: ${(err as Error)?.message ?? String(err)}`);
  process.on('unhandledRejection', report);
  process.on('uncaughtException', report);
  const server = new Server(connection, opts);
  server.listen();
  return new Promise((resolve) => {
    connection.onExit(() => resolve(server.shutdownRequested ? 0 : 1));
  });
}

class Server {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly open = new Map<string, OpenDoc>();
  /** Projects by root and config file; a project lives while one of its files is open. */
  private readonly projects = new Map<string, Promise<Project>>();
  private readonly lastCheck = new Map<Project, CheckResult>();
  private workspaceFolders: string[] = [];
  private debounceMs: number;
  private timer: NodeJS.Timeout | undefined;
  /** Documents whose text changed, and projects to check again, since the last run. */
  private readonly dirtyDocs = new Set<string>();
  private readonly dirtyProjects = new Set<Project>();
  private running: Promise<void> = Promise.resolve();
  private readonly shown = new Set<string>();
  shutdownRequested = false;

  constructor(
    private readonly connection: Connection,
    private readonly opts: ServerOptions,
  ) {
    this.debounceMs = opts.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => {
      void this.guard(() => this.registerWatchers());
      // Folder events can only be subscribed to once initialized, and only from a client that sends them.
      if (this.folderEvents) void this.guard(() => this.subscribeFolders());
    });
    c.onShutdown(() => {
      this.shutdownRequested = true;
      if (this.timer) clearTimeout(this.timer);
    });
    this.documents.onDidOpen((e) => this.touch(e.document.uri));
    this.documents.onDidChangeContent((e) => this.touch(e.document.uri));
    this.documents.onDidClose((e) => this.closed(e.document.uri));
    // Without file watching, a save (and an open) is when the server looks at the disk again: a `git checkout` in a
    // terminal then shows on the next save.
    this.documents.onDidSave(() => this.refreshIfUnwatched());
    c.onDidChangeWatchedFiles((p) => this.guard(() => this.diskChanged(p.changes.map((ch) => ({ uri: ch.uri, type: ch.type })))));
    c.onCodeAction(async (p) => this.guard(async () => {
      await this.settle();
      const doc = this.open.get(p.textDocument.uri);
      if (!doc?.project) return [];
      const text = this.documents.get(p.textDocument.uri)?.getText();
      const actions: CodeAction[] = [];
      doc.findings.forEach((f, i) => {
        const d = doc.diagnostics[i]!;
        if (text === undefined || f.location.kind !== 'file' || !rangesOverlap(d.range, p.range)) return;
        // Edits are computed on the text the finding was found in: the editor's text right now (settled above).
        if (f.location.file.text !== text) return;
        actions.push(...codeActionsFor(f, d, p.textDocument.uri, text));
      });
      return actions;
    }, []));
    c.onHover(async (p) => this.guard(async () => {
      await this.settle();
      const doc = this.open.get(p.textDocument.uri);
      if (!doc) return null;
      const hits = doc.findings.filter((_f, i) => contains(doc.diagnostics[i]!.range, p.position));
      const first = doc.findings.indexOf(hits[0]!);
      return hoverFor(hits, first >= 0 ? doc.diagnostics[first]!.range : undefined) ?? null;
    }, null));
    c.onDefinition(async (p) => this.guard(async () => {
      await this.settle();
      const doc = this.open.get(p.textDocument.uri);
      const text = this.documents.get(p.textDocument.uri)?.getText();
      if (!doc?.project || doc.rel === undefined || text === undefined) return [];
      const check = this.lastCheck.get(doc.project);
      if (!check) return [];
      return definitionAt(doc.rel, offsetAt(text, p.position), check.inventory, check.views);
    }, []));
    // For bench/lsp.ts: the heap after a full collection (when node runs with --expose-gc), to tell growth from garbage.
    c.onRequest('vvp-kv-lint/memory', () => {
      (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, collected: typeof (globalThis as { gc?: unknown }).gc === 'function' };
    });
    this.documents.listen(c);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : params.rootPath ?? undefined];
    this.workspaceFolders = folders.filter((f): f is string => typeof f === 'string');
    const init = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 10_000) this.debounceMs = init.debounceMs;
    this.watchFiles = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.folderEvents = params.capabilities?.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true,
        definitionProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'vvp-kv-lint', version: TOOL_VERSION },
    };
  }

  private watchFiles = false;
  private folderEvents = false;

  private subscribeFolders(): void {
    this.connection.workspace.onDidChangeWorkspaceFolders((e) => this.guard(async () => {
      const removed = new Set(e.removed.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined));
      this.workspaceFolders = [...this.workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined)];
      await this.regroup();
    }));
  }

  /** Files changed by other programs (git checkout, a generator) reach the server through the client's watcher. */
  private async registerWatchers(): Promise<void> {
    if (!this.watchFiles) return;
    await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      // .gitignore files decide which files are context (as in lint): an edit of one changes the projects' files.
      watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/.gitignore' }],
    });
  }

  private refreshIfUnwatched(): void {
    if (this.watchFiles) return;
    void this.guard(async () => {
      await this.running;
      for (const pending of [...this.projects.values()]) {
        const project = await pending.catch(() => undefined);
        if (!project) continue;
        const open = new Set([...this.open.values()].filter((d) => d.project === project).map((d) => d.rel!));
        if (project.refreshFromDisk(open).length) this.dirtyProjects.add(project);
      }
      if (this.dirtyProjects.size) this.schedule();
    });
  }

  /** A document opened or changed: checked after the debounce. */
  private touch(uri: string): void {
    const abs = pathOf(uri);
    if (abs === undefined) return; // untitled: and other schemes have no project
    if (!this.open.has(uri)) {
      this.open.set(uri, { uri, abs, findings: [], diagnostics: [] });
      this.refreshIfUnwatched();
    }
    this.dirtyDocs.add(uri);
    this.schedule();
  }

  private closed(uri: string): void {
    const doc = this.open.get(uri);
    if (!doc) return;
    this.open.delete(uri);
    this.dirtyDocs.delete(uri);
    this.publish({ uri, diagnostics: [] });
    if (doc.project && doc.rel !== undefined) {
      // The disk's text counts again for the other open documents.
      doc.project.readFromDisk([doc.rel]);
      this.dirtyProjects.add(doc.project);
      this.schedule();
    }
    void this.guard(() => this.dropUnused());
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.guard(() => this.runQueued());
    }, this.debounceMs);
  }

  /** Runs what is queued now (a request must answer on the current text). */
  private async settle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await this.guard(() => this.runQueued());
    }
    await this.running;
  }

  /** One run at a time: runs queue behind each other. */
  private runQueued(): Promise<void> {
    const next = this.running.then(() => this.check());
    this.running = next.catch(() => undefined);
    return next;
  }

  private async check(): Promise<void> {
    const uris = [...this.dirtyDocs];
    this.dirtyDocs.clear();
    for (const uri of uris) {
      const doc = this.open.get(uri);
      const td = this.documents.get(uri);
      if (!doc || !td) continue;
      if (!doc.project) {
        let placed: boolean;
        try {
          placed = await this.place(doc, td.getText());
        } catch (err) {
          // An invalid config, an unreadable root: said once, and the document waits for the config to change.
          this.showOnce((err as Error)?.message ?? String(err));
          placed = false;
        }
        if (!placed) {
          if (doc.published !== '[]') this.publish({ uri, diagnostics: [] });
          doc.published = '[]';
          continue;
        }
      } else doc.project.setText(doc.rel!, td.getText());
      this.dirtyProjects.add(doc.project!);
    }
    const projects = [...this.dirtyProjects];
    this.dirtyProjects.clear();
    for (const project of projects) this.checkProject(project);
  }

  /** Finds (or loads) the document's project; false when the project does not lint this file (config exclude). */
  private async place(doc: OpenDoc, text: string): Promise<boolean> {
    const { root, config, alone } = projectOf(doc.abs, this.workspaceFolders);
    const key = `${root}\0${config.path ?? ''}`;
    let pending = this.projects.get(key);
    const fresh = pending === undefined;
    const rel = relPath(root, doc.abs);
    const wanted = Project.wants(config, rel);
    if (!wanted) return false;
    if (!pending) {
      pending = Project.load(root, config, { rel, text, alone }, this.opts.env);
      this.projects.set(key, pending);
      pending.catch(() => this.projects.delete(key));
    }
    const project = await pending;
    if (fresh) for (const p of project.problems) this.showOnce(p);
    if (!this.open.has(doc.uri)) return false;
    doc.project = project;
    doc.rel = rel;
    if (!fresh) project.setText(rel, text);
    return true;
  }

  private checkProject(project: Project): void {
    const docs = [...this.open.values()].filter((d) => d.project === project && d.rel !== undefined);
    if (!docs.length) return;
    const result = project.check(new Set(docs.map((d) => d.rel!)));
    this.lastCheck.set(project, result);
    for (const n of result.notifications) if (n.level === 'error') this.connection.console.warn(`vvp-kv-lint: ${n.message}`);
    for (const doc of docs) {
      const findings = result.byFile.get(doc.rel!) ?? [];
      const diagnostics = findings.map((f) => toDiagnostic(f, f.location.kind === 'file' ? f.location.file.text : ''));
      doc.findings = findings;
      doc.diagnostics = diagnostics;
      const key = JSON.stringify(diagnostics);
      // Only documents whose findings changed are published again (and each on its first check).
      if (doc.published === key) continue;
      doc.published = key;
      this.publish({ uri: doc.uri, diagnostics });
    }
  }

  private async diskChanged(changes: readonly { uri: string; type: number }[]): Promise<void> {
    await this.running;
    const reads = new Map<Project, string[]>();
    for (const change of changes) {
      const abs = pathOf(change.uri);
      if (abs === undefined) continue;
      if (CONFIG_NAMES.includes(basename(abs))) {
        // A config appeared, changed or went: documents find their project again (it may have another root now).
        // Any project may be concerned (a config created above a root moves the root): all are loaded again. Rare.
        this.reloadProjects();
        continue;
      }
      if (basename(abs) === '.gitignore') {
        // What git ignores changed: git is asked again, and every project walks its files again (a .gitignore at
        // any level may add or remove files of any project below it). Rare, like a config change.
        forgetGitIgnored();
        this.reloadProjects();
        continue;
      }
      for (const pending of [...this.projects.values()]) {
        const project = await pending.catch(() => undefined);
        if (!project) continue;
        if (project.sidecarFiles().includes(abs)) {
          await project.loadSidecars();
          for (const p of project.problems) this.showOnce(p);
          this.dirtyProjects.add(project);
          continue;
        }
        const rel = project.relOf(abs);
        // A file outside any project is linted alone: other files never join it.
        if (rel === undefined || (project.alone && !project.has(rel))) continue;
        // An open document's text wins over the disk's until it is closed.
        if (this.isOpenIn(project, rel)) continue;
        if (change.type === FileChangeType.Deleted) project.remove(rel);
        else {
          let rels = reads.get(project);
          if (!rels) reads.set(project, (rels = []));
          rels.push(rel);
        }
        this.dirtyProjects.add(project);
      }
    }
    // Read after the loop, each project's files at once (one git question for all its new files); a file deleted
    // after its change in the same batch is gone from disk, and reading it removes it again. A document opened while
    // the loop awaited keeps its editor text.
    for (const [project, rels] of reads) project.readFromDisk(rels.filter((rel) => !this.isOpenIn(project, rel)));
    this.schedule();
  }

  /** Every project is let go: open documents find (and load) their project again at the next check. */
  private reloadProjects(): void {
    this.projects.clear();
    this.lastCheck.clear();
    this.dirtyProjects.clear();
    for (const d of this.open.values()) {
      d.project = undefined;
      d.rel = undefined;
      this.dirtyDocs.add(d.uri);
    }
    this.shown.clear();
  }

  /** Whether `rel` of `project` is open in the editor (its text then comes from the editor, not the disk). */
  private isOpenIn(project: Project, rel: string): boolean {
    for (const d of this.open.values()) if (d.project === project && d.rel === rel) return true;
    return false;
  }

  /** Workspace folders changed: documents whose project root changed move to their new project. */
  private async regroup(): Promise<void> {
    await this.running;
    for (const d of this.open.values()) {
      if (!d.project) continue;
      const { root } = projectOf(d.abs, this.workspaceFolders);
      if (root === d.project.root) continue;
      d.project.readFromDisk([d.rel!]);
      this.dirtyProjects.add(d.project);
      d.project = undefined;
      d.rel = undefined;
      this.dirtyDocs.add(d.uri);
    }
    await this.dropUnused();
    this.schedule();
  }

  /** Projects without an open document are let go (memory stays bounded by what is open). */
  private async dropUnused(): Promise<void> {
    for (const [key, pending] of [...this.projects]) {
      let project: Project;
      try {
        project = await pending;
      } catch {
        continue;
      }
      if ([...this.open.values()].some((d) => d.project === project || d.project === undefined)) continue;
      this.projects.delete(key);
      this.lastCheck.delete(project);
      this.dirtyProjects.delete(project);
    }
  }

  /** Diagnostics to the client; a client that went away is not the server's error. */
  private publish(params: { uri: string; diagnostics: Diagnostic[] }): void {
    this.connection.sendDiagnostics(params).catch(() => undefined);
  }

  private showOnce(message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    // A notification, not window/showMessageRequest: nothing to wait for, and no client can fail to answer it.
    this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `vvp-kv-lint: ${message}` }).catch(() => undefined);
  }

  /** A handler's failure is logged, never fatal: the server keeps serving the other documents. */
  private async guard<T>(fn: () => Promise<T> | T, fallback?: T): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      this.connection.console.error(`vvp-kv-lint: ${(err as Error)?.message ?? String(err)}`);
      if (this.opts.env['VVP_KV_LINT_DEBUG']) this.connection.console.error(String((err as Error)?.stack ?? ''));
      return fallback as T;
    }
  }
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function relPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
