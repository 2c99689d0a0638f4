// A minimal LSP client for the protocol tests: spawns the real CLI (`bin/vvp-kv-lint.js lsp`, i.e. the bundle) and
// talks JSON-RPC to it over stdio with vscode-jsonrpc, recording every published diagnostic.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN } from '../support/spawn-cli.js';
import { fixturePath } from '../support/paths.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string;
  source?: string;
  message: string;
  data?: unknown;
  relatedInformation?: { location: { uri: string; range: Diagnostic['range'] }; message: string }[];
}

export interface TextEdit {
  range: Diagnostic['range'];
  newText: string;
}

export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEdit[]> };
}

/** A copy of a fixture project in a fresh temporary directory (tests edit files in it). */
export function copyProject(name: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'vvp-lsp-')));
  cpSync(fixturePath('lsp', name), dir, { recursive: true });
  return dir;
}

export const uriOf = (abs: string): string => pathToFileURL(abs).href;

/**
 * One cache directory for the servers this test process starts (a test may name its own). Never the user's: each
 * project's context cache is a file of its own in it (named after the project root, a temporary directory per test),
 * so the servers share only the code cache, which a fresh directory per server made every one compile the server's
 * bundle again (about 0.1 s of CPU each, a few dozen servers a suite).
 */
let sharedCacheDir: string | undefined;
function serverCacheDir(): string {
  return (sharedCacheDir ??= mkdtempSync(join(tmpdir(), 'vvp-lsp-cache-')));
}

export class LspClient {
  readonly connection: MessageConnection;
  /** Every publishDiagnostics, in order, by document URI. */
  readonly published = new Map<string, Diagnostic[][]>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';
  readonly messages: string[] = [];

  private constructor(readonly child: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p.diagnostics);
      this.published.set(p.uri, list);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.messages.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.messages.push(p.message));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  static async start(opts: { folders: string[]; env?: Record<string, string>; watch?: boolean }): Promise<LspClient> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, VVP_KV_LINT_CACHE_DIR: serverCacheDir(), ...opts.env } });
    const client = new LspClient(child);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (client.stderr += d));
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: opts.folders[0] ? uriOf(opts.folders[0]) : null,
      workspaceFolders: opts.folders.map((f, i) => ({ uri: uriOf(f), name: `folder${i}` })),
      capabilities: { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: opts.watch === true } }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { debounceMs: 20 },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  async open(abs: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(abs), languageId: 'yaml', version, text } });
  }

  async change(abs: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(abs), version }, contentChanges: [{ text }] });
  }

  async close(abs: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(abs) } });
  }

  /** The latest diagnostics published for a file. */
  latest(abs: string): Diagnostic[] | undefined {
    const list = this.published.get(uriOf(abs));
    return list?.[list.length - 1];
  }

  /**
   * Waits (bounded) until the latest diagnostics of a file satisfy `ok`; returns them. It returns at the first
   * publication that does: the bound only catches a server that never publishes them (a hang), so it is generous
   * enough for a machine running two suites at once.
   */
  async waitFor(abs: string, ok: (d: Diagnostic[]) => boolean, timeoutMs = 90_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.latest(abs);
      if (d && ok(d)) return d;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${abs} within ${timeoutMs} ms; latest: ${JSON.stringify(d)}\nstderr: ${this.stderr}\nmessages: ${this.messages.join('\n')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Count of diagnostics publications for a file so far. */
  publications(absOrUri: string): number {
    return this.published.get(absOrUri.includes(':') ? absOrUri : uriOf(absOrUri))?.length ?? 0;
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      this.child.on('exit', (code) => resolve(code));
    });
    // A hang guard: a server that does not exit after `exit` is killed (and its exit code is then not 0).
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 60_000);
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone: the exit code says how.
    }
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP text edits (non-overlapping, as the server sends them) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => (p.line < starts.length ? starts[p.line]! + p.character : text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
