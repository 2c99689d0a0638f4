// A local Kubernetes API server for the live tests: serves list (limit/continue, fieldSelector, labelSelector)
// and get for whatever objects it holds, injects faults (403/404/429/500/slow) per path, and records every request.
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Obj = Record<string, any>;

export interface Fault {
  /** Matched against the request path (without query). */
  readonly path: RegExp;
  readonly status?: number;
  /** How many matching requests get the fault (default: all). */
  times?: number;
  /** Delay before answering, ms. */
  readonly delayMs?: number;
  readonly retryAfter?: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly auth: string | undefined;
}

/** group/version/plural → objects; core group is ''. */
const ROUTES = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/;

export class FakeKube {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private readonly store = new Map<string, Obj[]>();
  private server: http.Server | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  port = 0;

  add(group: string, version: string, plural: string, ...objs: Obj[]): this {
    const key = `${group}/${version}/${plural}`;
    let list = this.store.get(key);
    if (!list) this.store.set(key, (list = []));
    list.push(...objs);
    return this;
  }

  fault(f: Fault): this {
    this.faults.push(f);
    return this;
  }

  /** Requests by method, for the read-only assertion. */
  methods(): Set<string> {
    return new Set(this.requests.map((r) => r.method));
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** Writes a kubeconfig pointing at this server; returns its path. */
  kubeconfig(context = 'fake-ctx', namespace?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'fake-kube-'));
    const file = join(dir, 'config');
    writeFileSync(file, kubeconfigText(`http://127.0.0.1:${this.port}`, context, namespace));
    return file;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(url.searchParams);
    this.requests.push({ method: req.method ?? '?', path: url.pathname, query, auth: req.headers.authorization });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, status(405, 'MethodNotAllowed', 'only GET'));
    const fault = this.faults.find((f) => f.path.test(url.pathname) && (f.times === undefined || f.times > 0));
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.delayMs) {
        await new Promise<void>((r) => {
          const t = setTimeout(r, fault.delayMs);
          this.timers.add(t);
          res.on('close', () => (clearTimeout(t), r()));
        });
      }
      if (res.destroyed) return;
      if (fault.status) {
        const msg = fault.status === 403 ? `forbidden: User "system:serviceaccount:x:audit" cannot list resource at ${url.pathname}` : 'fault';
        return send(fault.status, status(fault.status, 'Fault', msg), fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {});
      }
    }
    const m = ROUTES.exec(url.pathname);
    if (!m) return send(404, status(404, 'NotFound', 'no route'));
    const [, coreV, group = '', groupV, ns, plural, name] = m;
    const key = `${group}/${coreV ?? groupV}/${plural}`;
    const all = this.store.get(key);
    if (!all) return send(404, status(404, 'NotFound', `the server could not find the requested resource (${key})`));
    if (name !== undefined) {
      const o = all.find((x) => x.metadata?.name === name && (ns === undefined || x.metadata?.namespace === ns));
      return o ? send(200, o) : send(404, status(404, 'NotFound', `${plural} "${name}" not found`));
    }
    let items = all.filter((x) => ns === undefined || x.metadata?.namespace === ns);
    if (query['fieldSelector']) items = items.filter((x) => matchFields(x, query['fieldSelector']!));
    if (query['labelSelector']) items = items.filter((x) => matchLabels(x, query['labelSelector']!));
    const offset = query['continue'] ? Number(Buffer.from(query['continue'], 'base64').toString()) : 0;
    const limit = query['limit'] ? Number(query['limit']) : items.length;
    const page = items.slice(offset, offset + limit);
    const next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString('base64') : undefined;
    const kind = (all[0]?.kind ?? 'Object') + 'List';
    // Real list responses omit apiVersion/kind on the items.
    const bare = page.map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
    send(200, { apiVersion: group ? `${group}/${groupV}` : 'v1', kind, metadata: { resourceVersion: '1', ...(next ? { continue: next } : {}) }, items: bare });
  }
}

function status(code: number, reason: string, message: string): Obj {
  return { kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason, code };
}

function get(o: Obj, path: string): unknown {
  return path.split('.').reduce<any>((v, k) => (v == null ? undefined : v[k]), o);
}

function matchFields(o: Obj, sel: string): boolean {
  return sel.split(',').every((term) => {
    const [k, v] = term.split('=');
    return String(get(o, k!)) === v;
  });
}

function matchLabels(o: Obj, sel: string): boolean {
  const labels: Record<string, string> = o.metadata?.labels ?? {};
  const inSet = /^(\S+) in \(([^)]*)\)$/.exec(sel.trim());
  if (inSet) return inSet[2]!.split(',').map((s) => s.trim()).includes(labels[inSet[1]!] ?? '\u0000');
  return sel.split(',').every((t) => {
    const [k, v] = t.split('=');
    return labels[k!] === v;
  });
}

export function kubeconfigText(server: string, context: string, namespace?: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    `current-context: ${context}`,
    'clusters:',
    `- name: ${context}-cluster`,
    '  cluster:',
    `    server: ${server}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    `- name: ${context}-user`,
    '  user:',
    '    token: test-token-not-a-secret',
    'contexts:',
    `- name: ${context}`,
    '  context:',
    `    cluster: ${context}-cluster`,
    `    user: ${context}-user`,
    ...(namespace ? [`    namespace: ${namespace}`] : []),
    '',
  ].join('\n');
}
