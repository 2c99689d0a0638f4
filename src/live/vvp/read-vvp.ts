// Reads Deployments, DeploymentTargets, SessionClusters and DeploymentDefaults from the Ververica Platform API
// (appmanager REST API behind the VVP gateway) into inventory objects that classify exactly like the same
// resources written in files. GET only; failures become tool notifications and the rest of the read goes on.
import type { ManifestObject, ToolNotification } from '../../model/types.js';
import { isRecord } from '../../model/kinds.js';
import { liveObject } from '../live-object.js';
import { VvpHttp, type VvpGetResult } from './http.js';

export interface ReadVvpOptions {
  /** Base URL of the VVP gateway, e.g. http://localhost:8080 (after kubectl port-forward). */
  readonly url: string;
  /** API token; default env VVP_TOKEN. Sent as a bearer token, never printed. */
  readonly token?: string;
  /** VVP namespaces to read; default: all, from /namespaces/v1/namespaces. */
  readonly namespaces?: readonly string[];
  /** Overall time budget for the whole read, ms. */
  readonly timeoutMs: number;
  readonly requestTimeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  /** Injected fetch (tests); default the global fetch of Node 20. */
  readonly fetch?: typeof fetch;
  /** Environment for VVP_TOKEN; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface ReadVvpResult {
  readonly objects: ManifestObject[];
  readonly notifications: ToolNotification[];
  readonly requestCount: number;
  /** VVP namespaces whose resources were read (wholly or in part). */
  readonly namespaces: readonly string[];
}

/** One VVP resource list endpoint and how its items look in files. */
interface Endpoint {
  readonly path: string;
  readonly kind: string;
  readonly resource: string;
  /** Single object rather than a ResourceListOf (deployment-defaults). */
  readonly single?: boolean;
  /** 404 means "not available in this VVP version", not a problem. */
  readonly optional?: boolean;
}

const ENDPOINTS: readonly Endpoint[] = [
  { path: 'deployment-targets', kind: 'DeploymentTarget', resource: 'vvp-deploymenttarget' },
  // VVP 2.1 has no SessionClusters: 404 there means "not served by this version", like deployment-defaults.
  { path: 'sessionclusters', kind: 'SessionCluster', resource: 'vvp-sessioncluster', optional: true },
  { path: 'deployments', kind: 'Deployment', resource: 'vvp-deployment' },
  { path: 'deployment-defaults', kind: 'DeploymentDefaults', resource: 'vvp-deploymentdefaults', single: true, optional: true },
];

/** Logical-location scope of VVP objects: `vvp/<namespace>/<Kind>/<name>`; the URI names the instance. */
export const VVP_SCOPE = 'vvp';

export async function readVvp(opts: ReadVvpOptions): Promise<ReadVvpResult> {
  const base = normaliseBaseUrl(opts.url);
  const env = opts.env ?? process.env;
  const token = opts.token ?? (env['VVP_TOKEN'] || undefined);
  const http = new VvpHttp({
    baseUrl: base,
    token,
    deadline: Date.now() + opts.timeoutMs,
    requestTimeoutMs: opts.requestTimeoutMs,
    retries: opts.retries,
    backoffMs: opts.backoffMs,
    fetch: opts.fetch,
  });
  const reader = new Reader(http, base, token !== undefined);
  await reader.run(opts.namespaces);
  return { objects: reader.objects, notifications: reader.notifications, requestCount: http.requests, namespaces: reader.namespacesRead };
}

/** `http://host:8080/` → `http://host:8080`; a path prefix (VVP behind an ingress path) is kept. */
export function normaliseBaseUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/** VVP names namespaces `namespaces/<name>` in the platform API; accept plain names too. */
export function vvpNamespaceName(name: string): string {
  return name.startsWith('namespaces/') ? name.slice('namespaces/'.length) : name;
}

class Reader {
  readonly objects: ManifestObject[] = [];
  readonly notifications: ToolNotification[] = [];
  readonly namespacesRead: string[] = [];
  /** Set after a failure that makes every further request pointless (401, no answer at all). */
  private stopped = false;
  /** Some request got a JSON answer: the URL is the VVP API, so one bad answer is that endpoint's problem only. */
  private answered = false;

  constructor(
    private readonly http: VvpHttp,
    private readonly base: string,
    private readonly hasToken: boolean,
  ) {}

  async run(requested: readonly string[] | undefined): Promise<void> {
    const namespaces = requested && requested.length > 0 ? [...new Set(requested.map(vvpNamespaceName))] : await this.listNamespaces();
    for (const ns of namespaces) {
      if (this.stopped) break;
      let readAny = false;
      for (const [i, ep] of ENDPOINTS.entries()) {
        if (this.stopped) break;
        const outcome = await this.readEndpoint(ns, ep, i === 0);
        if (outcome === 'no-namespace') break;
        if (outcome === 'read' && !ep.optional) readAny = true;
      }
      if (readAny) this.namespacesRead.push(ns);
    }
  }

  private async listNamespaces(): Promise<string[]> {
    const path = '/namespaces/v1/namespaces';
    const res = await this.http.get(path);
    if (!res.ok) {
      if (res.status === 404) {
        // Without the platform namespaces API there is one namespace to assume.
        this.notifications.push({ id: 'vvp-namespaces-unavailable', level: 'note', message: `VVP API ${this.base}${path} answered 404, so the VVP namespaces are unknown; reading namespace "default" only (pass --vvp-namespace to choose)` });
        return ['default'];
      }
      if (res.status === 403) {
        // Editor tokens are scoped to one namespace and may not list namespaces; the namespace must be named.
        this.notifications.push({ id: 'vvp-forbidden', level: 'warning', incomplete: true, message: `VVP API ${this.base}${path} answered 403 Forbidden: the API token may not list VVP namespaces (namespace-scoped tokens such as editor tokens cannot); pass the namespace(s) to read with --vvp-namespace NS` });
        return [];
      }
      this.fail(path, res, 'the list of VVP namespaces');
      return [];
    }
    this.answered = true;
    const body = res.body;
    const list = isRecord(body) ? (Array.isArray(body['namespaces']) ? body['namespaces'] : Array.isArray(body['items']) ? body['items'] : undefined) : undefined;
    if (!list) {
      this.badShape(path, 'a {namespaces: [...]} list');
      return [];
    }
    const names: string[] = [];
    for (const n of list) {
      const raw = isRecord(n) ? (typeof n['name'] === 'string' ? n['name'] : isRecord(n['metadata']) && typeof n['metadata']['name'] === 'string' ? n['metadata']['name'] : undefined) : typeof n === 'string' ? n : undefined;
      if (raw) names.push(vvpNamespaceName(raw));
    }
    return names;
  }

  /**
   * 'read' when the endpoint answered (objects added, or legitimately absent); 'no-namespace' when the first list
   * of a namespace is 404 (the namespace does not exist: one notification, not one per list).
   */
  private async readEndpoint(ns: string, ep: Endpoint, first: boolean): Promise<'read' | 'failed' | 'no-namespace'> {
    const path = `/api/v1/namespaces/${encodeURIComponent(ns)}/${ep.path}`;
    const res = await this.http.get(path);
    if (res.ok) this.answered = true;
    if (!res.ok) {
      if (ep.optional && res.status === 404) return 'read';
      if (first && res.status === 404) {
        this.notifications.push({ id: 'vvp-not-found', level: 'warning', message: `VVP API ${this.base}${path} answered 404 Not Found: VVP namespace "${ns}" does not exist (or the URL is not the VVP gateway); it was not checked`, incomplete: true });
        return 'no-namespace';
      }
      this.fail(path, res, `${ep.kind} resources of VVP namespace "${ns}"`);
      return 'failed';
    }
    const body = res.body;
    if (ep.single) {
      if (body === undefined || body === null) return 'read';
      if (!isRecord(body)) {
        this.badShape(path, `a ${ep.kind} object`);
        return 'failed';
      }
      this.addItem(body, ns, ep);
      return 'read';
    }
    const items = isRecord(body) && Array.isArray(body['items']) ? body['items'] : isRecord(body) && body['items'] === undefined && body['kind'] !== undefined ? [] : undefined;
    if (!items) {
      this.badShape(path, 'a ResourceListOf {kind, items: [...]}');
      return 'failed';
    }
    for (const item of items) if (isRecord(item)) this.addItem(item, ns, ep);
    return 'read';
  }

  private addItem(item: Record<string, unknown>, ns: string, ep: Endpoint): void {
    // VVP API items carry kind and apiVersion; fill them in when a proxy or older version drops them, so the
    // object classifies exactly like the same resource in a file.
    const body: Record<string, unknown> = { ...item, apiVersion: item['apiVersion'] ?? 'v1', kind: item['kind'] ?? ep.kind };
    const meta = isRecord(item['metadata']) ? item['metadata'] : {};
    const name = typeof meta['name'] === 'string' ? meta['name'] : undefined;
    const id = typeof meta['id'] === 'string' ? meta['id'] : undefined;
    this.objects.push(liveObject(body, { live: 'vvp', scope: VVP_SCOPE, resource: ep.resource, namespace: ns, uri: this.uriOf(ns, ep, name, id) }));
  }

  /**
   * A link the user can open: the deployment page of the VVP UI for Deployments (route used by Ververica's own
   * tooling: /app/#/namespaces/<ns>/deployments/<id>/detail/overview), else the resource's GET URL in the API.
   */
  private uriOf(ns: string, ep: Endpoint, name: string | undefined, id: string | undefined): string {
    const nsPart = encodeURIComponent(ns);
    if (ep.kind === 'Deployment') {
      const ref = id ?? name;
      return ref ? `${this.base}/app/#/namespaces/${nsPart}/deployments/${encodeURIComponent(ref)}${id ? '/detail/overview' : ''}` : `${this.base}/app/#/namespaces/${nsPart}/deployments`;
    }
    if (ep.single || !name) return `${this.base}/api/v1/namespaces/${nsPart}/${ep.path}`;
    return `${this.base}/api/v1/namespaces/${nsPart}/${ep.path}/${encodeURIComponent(name)}`;
  }

  private fail(path: string, res: Extract<VvpGetResult, { ok: false }>, what: string): void {
    const where = `VVP API ${this.base}${path}`;
    const push = (id: string, message: string): void => {
      this.notifications.push({ id, level: 'warning', message, incomplete: true });
    };
    if (res.status === 401) {
      // Every further request would be refused the same way.
      this.stopped = true;
      push('vvp-unauthorized', `${where} answered 401 Unauthorized: ${this.hasToken ? 'the API token was not accepted' : 'pass an API token with --vvp-token or VVP_TOKEN'}; no VVP resources were read from here on`);
    } else if (res.status === 403) {
      push('vvp-forbidden', `${where} answered 403 Forbidden: the API token may not read ${what} (it needs at least the viewer role in that namespace); they were not checked`);
    } else if (res.status === 404) {
      push('vvp-not-found', `${where} answered 404 Not Found: ${what} were not checked (does the namespace exist, and is the URL the VVP gateway?)`);
    } else if (res.status === -1) {
      // Before any good answer a non-JSON page means the URL is not the API (a login page): stop. After one, it is
      // one malformed response: the other namespaces and lists are still read.
      if (!this.answered) this.stopped = true;
      push('vvp-bad-response', `${where}: ${res.reason}; ${this.stopped ? 'no VVP resources were read from here on' : `${what} were not checked`}`);
    } else if (res.status === 0) {
      // No answer at all after retries: the port-forward or server is gone; stop instead of waiting per request.
      this.stopped = true;
      const timedOut = res.reason.startsWith('timed out');
      push(timedOut ? 'vvp-timeout' : 'vvp-unreachable', `${where} ${timedOut ? 'did not answer in time' : 'could not be reached'} (${res.reason}); no VVP resources were read from here on`);
    } else {
      push('vvp-unreachable', `${where} failed after retries (${res.reason}): ${what} were not checked`);
    }
  }

  private badShape(path: string, expected: string): void {
    this.notifications.push({ id: 'vvp-bad-response', level: 'warning', message: `VVP API ${this.base}${path} did not return ${expected}; those resources were not checked`, incomplete: true });
  }
}
