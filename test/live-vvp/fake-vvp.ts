// A local stand-in for the Ververica Platform gateway on 127.0.0.1: serves the platform namespaces API and the
// appmanager list endpoints in VVP's shapes (ResourceListOf {kind, items}), records every request, and injects
// faults (status codes, delays, dropped connections) per path.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

export type Fault =
  | { readonly status: number; readonly times?: number }
  | { readonly delayMs: number; readonly times?: number }
  | { readonly destroy: true; readonly times?: number }
  | { readonly html: true };

export interface VvpData {
  /** VVP namespace → resource path ('deployments', 'deployment-targets', ...) → items. */
  readonly [namespace: string]: { readonly [resource: string]: readonly Record<string, unknown>[] | Record<string, unknown> };
}

const LIST_KINDS: Record<string, string> = {
  deployments: 'ResourceListOfDeployment',
  'deployment-targets': 'ResourceListOfDeploymentTarget',
  sessionclusters: 'ResourceListOfSessionCluster',
};

export class FakeVvp {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new Map<string, Fault>();
  private server: http.Server | undefined;
  private port = 0;
  /** Namespace names as the platform API lists them (`namespaces/<name>`), unless overridden. */
  namespaceList: unknown;

  constructor(
    readonly data: VvpData,
    readonly requiredToken?: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    this.requests.push({ method: req.method ?? '', path, authorization: req.headers['authorization'] });
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const fault = this.faults.get(path);
    if (fault) {
      if ('times' in fault && fault.times !== undefined) {
        if (fault.times <= 1) this.faults.delete(path);
        else this.faults.set(path, { ...fault, times: fault.times - 1 });
      }
      if ('status' in fault) return send(fault.status, { message: `fault ${fault.status}` });
      if ('destroy' in fault) return void req.socket.destroy();
      if ('html' in fault) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('<html>login</html>');
      }
      if ('delayMs' in fault) {
        // unref: an answer nobody waits for any more (the client timed out, the server stopped) never keeps a test alive.
        setTimeout(() => this.route(path, req, send), fault.delayMs).unref();
        return;
      }
    }
    this.route(path, req, send);
  }

  private route(path: string, req: http.IncomingMessage, send: (status: number, body: unknown) => void): void {
    if (req.method !== 'GET') return send(405, { message: 'method not allowed' });
    if (this.requiredToken !== undefined && req.headers['authorization'] !== `Bearer ${this.requiredToken}`) return send(401, { message: 'unauthorized' });
    if (path === '/namespaces/v1/namespaces') {
      return send(200, this.namespaceList ?? { namespaces: Object.keys(this.data).map((n) => ({ name: `namespaces/${n}`, lifecyclePhase: 'LIFECYCLE_PHASE_ACTIVE' })) });
    }
    const m = /^\/api\/v1\/namespaces\/([^/]+)\/([a-z-]+)$/.exec(path);
    if (!m) return send(404, { message: 'not found' });
    const ns = decodeURIComponent(m[1]!);
    const resource = m[2]!;
    const space = this.data[ns];
    if (!space) return send(404, { message: `namespace ${ns} not found` });
    if (resource === 'deployment-defaults') {
      const d = space[resource];
      return d && !Array.isArray(d) ? send(200, d) : send(404, { message: 'not found' });
    }
    const kind = LIST_KINDS[resource];
    if (!kind) return send(404, { message: 'not found' });
    const items = space[resource];
    return send(200, { kind, apiVersion: 'v1', metadata: {}, items: Array.isArray(items) ? items : [] });
  }
}
