// A local ARM look-alike on 127.0.0.1 for the live-source tests: serves an az-CLI-shaped state in ARM's REST
// shapes (properties nested, paging through absolute nextLink URLs), records every request, and injects faults
// (401/403/429/500, slow responses) by path pattern. The real SDK clients talk to it over HTTP.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export interface FakeArmData {
  subscriptions: string[];
  vaults?: Obj[];
  roleAssignments?: Obj[];
  roleDefinitions?: Obj[];
  identities?: Obj[];
  federatedCredentials?: Obj[];
  vmss?: Obj[];
  /** Vault objects in the ARM REST shape (id .../vaults/<v>/secrets/<name>, properties.attributes). */
  secrets?: Obj[];
  keys?: Obj[];
  /** Key versions (id .../vaults/<v>/keys/<name>/versions/<version>). */
  keyVersions?: Obj[];
}

export interface Fault {
  /** Matched against the decoded path (no query). */
  path: RegExp;
  status?: number;
  /** Delay before answering, ms. */
  delayMs?: number;
  /** How many requests it applies to (default: all). */
  times?: number;
  retryAfter?: string;
  /** Answer 200 with an empty page and a nextLink pointing back at the same URL, forever. */
  repeatNextLink?: boolean;
  /** Answer 200 with a valid JSON list body of at least this many bytes. */
  oversizeBytes?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
}

export interface FakeArm {
  readonly endpoint: string;
  readonly requests: RecordedRequest[];
  faults: Fault[];
  close(): Promise<void>;
}

function lower(s: unknown): string {
  return String(s ?? '').toLowerCase();
}

function segs(p: string): string[] {
  return p
    .split('/')
    .filter((s) => s)
    .map((s) => s.toLowerCase());
}

function covers(scope: string, id: string): boolean {
  const s = segs(scope);
  if (s.length === 0 || (s[0] === 'providers' && s[1] === 'microsoft.management')) return true;
  const r = segs(id);
  return s.length <= r.length && s.every((x, i) => x === r[i]);
}

/** az-CLI flattened shapes → ARM REST shapes. */
function restAssignment(a: Obj): Obj {
  const { id, name, type, ...props } = a;
  delete props['roleDefinitionName'];
  delete props['principalName'];
  delete props['resourceGroup'];
  return { id, name: name ?? String(id ?? '').split('/').pop(), type: type ?? 'Microsoft.Authorization/roleAssignments', properties: props };
}

function restDefinition(d: Obj): Obj {
  const { id, name, type, roleType, ...props } = d;
  return {
    id,
    name: name ?? String(id).split('/').pop(),
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: { ...props, type: roleType ?? type ?? 'CustomRole' },
  };
}

function restIdentity(i: Obj): Obj {
  const { id, name, location, tags, type, clientId, principalId, tenantId } = i;
  return {
    id,
    name,
    location: location ?? 'westeurope',
    tags: tags ?? {},
    type: type ?? 'Microsoft.ManagedIdentity/userAssignedIdentities',
    properties: { clientId, principalId, tenantId },
  };
}

function restFic(f: Obj): Obj {
  return { id: f['id'], name: f['name'], type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials', properties: { issuer: f['issuer'], subject: f['subject'], audiences: f['audiences'] } };
}

function restVault(v: Obj): Obj {
  const { resourceGroup: _rg, ...rest } = v;
  return { type: 'Microsoft.KeyVault/vaults', location: 'westeurope', tags: {}, ...rest };
}

export async function startFakeArm(data: FakeArmData, opts: { pageSize?: number } = {}): Promise<FakeArm> {
  const pageSize = opts.pageSize ?? 2;
  const requests: RecordedRequest[] = [];
  const state = { faults: [] as Fault[] };
  let endpoint = '';

  function page(res: ServerResponse, url: URL, items: Obj[]): void {
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const value = items.slice(skip, skip + pageSize);
    const body: Obj = { value };
    if (skip + pageSize < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('$skiptoken', String(skip + pageSize));
      body['nextLink'] = `${endpoint}${next.pathname}${next.search}`;
    }
    send(res, 200, body);
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  function armError(res: ServerResponse, status: number, retryAfter?: string): void {
    const code = status === 401 ? 'InvalidAuthenticationToken' : status === 403 ? 'AuthorizationFailed' : status === 429 ? 'TooManyRequests' : 'InternalServerError';
    send(res, status, { error: { code, message: `fake ARM says ${code}` } }, retryAfter ? { 'retry-after': retryAfter } : {});
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The classic SDKs build `//subscriptions/...` from ids with a leading slash; collapse like ARM's front door.
    const path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
    requests.push({ method: req.method ?? '', url: `${path}${url.search}`, authorization: req.headers.authorization });
    for (const f of state.faults) {
      if (!f.path.test(path)) continue;
      if (f.times !== undefined) {
        if (f.times <= 0) continue;
        f.times--;
      }
      // unref: a delayed answer nobody waits for any more never keeps the test process alive.
      if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs).unref());
      if (f.status) return armError(res, f.status, f.retryAfter);
      if (f.repeatNextLink) return send(res, 200, { value: [], nextLink: `${endpoint}${url.pathname}${url.search}` });
      if (f.oversizeBytes) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"value":[{"name":"');
        const chunk = 'x'.repeat(1024 * 1024);
        for (let n = 0; n < f.oversizeBytes; n += chunk.length) {
          // The client hanging up (as the size cap does) ends the write loop: 'close' instead of 'drain'.
          if (!res.write(chunk)) await new Promise((r) => { res.once('drain', r); res.once('close', r); });
          if (res.destroyed) return;
        }
        res.end('"}]}');
        return;
      }
      break;
    }
    if (req.method !== 'GET') return send(res, 405, { error: { code: 'MethodNotAllowed', message: 'read-only fake' } });
    const p = segs(path);
    let m: RegExpMatchArray | null;
    // /subscriptions/{s}/providers/Microsoft.KeyVault/vaults
    if ((m = path.match(/^\/subscriptions\/([^/]+)\/providers\/Microsoft\.KeyVault\/vaults$/i))) {
      const sub = lower(m[1]);
      return page(res, url, (data.vaults ?? []).filter((v) => segs(String(v['id']))[1] === sub).map(restVault));
    }
    if ((m = path.match(/^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities$/i))) {
      const sub = lower(m[1]);
      return page(res, url, (data.identities ?? []).filter((v) => segs(String(v['id']))[1] === sub).map(restIdentity));
    }
    if ((m = path.match(/^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Compute\/virtualMachineScaleSets$/i))) {
      const sub = lower(m[1]);
      return page(res, url, (data.vmss ?? []).filter((v) => segs(String(v['id']))[1] === sub));
    }
    if ((m = path.match(/^(.*)\/federatedIdentityCredentials$/i))) {
      const identityId = lower(m[1]);
      return page(
        res,
        url,
        (data.federatedCredentials ?? [])
          .filter((f) => lower(f['identityId'] ?? String(f['id']).replace(/\/federatedIdentityCredentials\/[^/]+$/i, '')) === identityId)
          .map(restFic),
      );
    }
    // Vault objects: /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults/{v}/secrets | keys | keys/{k}/versions
    if ((m = path.match(/^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/[^/]+\/(?:secrets|keys|keys\/[^/]+\/versions))$/i))) {
      const prefix = `${lower(m[1])}/`;
      const source = /\/versions$/i.test(path) ? data.keyVersions : /\/secrets$/i.test(path) ? data.secrets : data.keys;
      const items = (source ?? []).filter((x) => {
        const id = lower(x['id']);
        return id.startsWith(prefix) && !id.slice(prefix.length).includes('/');
      });
      return page(res, url, items);
    }
    if ((m = path.match(/^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments$/i))) {
      const scope = m[1] ?? '';
      if (url.searchParams.get('$filter') !== 'atScope()') return send(res, 400, { error: { code: 'BadRequest', message: 'fake expects atScope()' } });
      return page(res, url, (data.roleAssignments ?? []).filter((a) => covers(String(a['scope']), scope)).map(restAssignment));
    }
    if ((m = path.match(/\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i))) {
      const guid = lower(m[1]);
      const def = (data.roleDefinitions ?? []).find((d) => lower(String(d['id']).split('/').pop()) === guid);
      if (!def) return send(res, 404, { error: { code: 'RoleDefinitionDoesNotExist', message: 'The specified role definition does not exist.' } });
      return send(res, 200, restDefinition(def));
    }
    void p;
    send(res, 404, { error: { code: 'NotFound', message: `fake ARM has no route for ${path}` } });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { error: { code: 'FakeCrash', message: String(err) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    requests,
    get faults() {
      return state.faults;
    },
    set faults(f: Fault[]) {
      state.faults = f;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
