// A writable ARM look-alike on 127.0.0.1 for the real az CLI: HTTPS with a self-signed certificate made for the
// test (az's Azure SDK refuses bearer tokens over plain HTTP), a managed-identity token endpoint (az login
// --identity with MSI_ENDPOINT), the subscription list, cloud metadata, and the writes a remediation script does:
// PUT role assignment, GET/PUT key vault (az keyvault set-policy), PUT federated identity credential. It holds an
// az-shaped Azure state (the state-file format), applies the writes to it and records them, so a test can write
// the resulting state back to a file and lint again.
import { createServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { connect } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Obj = Record<string, unknown>;

export interface AzState {
  subscriptions: string[];
  vaults: Obj[];
  roleAssignments: Obj[];
  identities: Obj[];
  federatedCredentials: Obj[];
  [key: string]: unknown;
}

export interface RecordedWrite {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export interface FakeArmAz {
  /** `https://127.0.0.1:<port>` */
  readonly endpoint: string;
  /** PEM of the server certificate, for REQUESTS_CA_BUNDLE. */
  readonly caFile: string;
  /**
   * `http://127.0.0.1:<port>`: a CONNECT proxy (HTTPS_PROXY) that tunnels every host to this server, so az's
   * data-plane calls to `https://<vault>.vault.azure.net` arrive here too (NO_PROXY=127.0.0.1 for ARM).
   */
  readonly proxy: string;
  readonly requests: string[];
  readonly writes: RecordedWrite[];
  /** The state with the writes applied (the state-file format). */
  readonly state: AzState;
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 (openssl, as Debian ships it), in `dir`. */
export function makeCertificate(dir: string): { key: string; cert: string; certFile: string } {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:*.vault.azure.net', '-addext', 'basicConstraints=critical,CA:TRUE'], { stdio: 'ignore' });
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}

function b64url(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** An unsigned-looking JWT: az reads the tenant (`tid`) from the managed-identity token without verifying it. */
function token(tenant: string, resource: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ aud: resource, iss: `https://sts.windows.net/${tenant}/`, tid: tenant, oid: 'eeeeeeee-0000-0000-0000-00000000000e', iat: now, nbf: now, exp: now + 3600 })}.c2ln`;
}

function lc(s: unknown): string {
  return String(s ?? '').toLowerCase();
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeArmAz(initial: AzState, dir: string, tenant: string): Promise<FakeArmAz> {
  const { key, cert, certFile } = makeCertificate(dir);
  const state = JSON.parse(JSON.stringify(initial)) as AzState;
  const requests: string[] = [];
  const writes: RecordedWrite[] = [];
  let endpoint = '';

  const send = (res: ServerResponse, status: number, b: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': 'fake' });
    res.end(JSON.stringify(b));
  };
  const notFound = (res: ServerResponse, what: string): void => send(res, 404, { error: { code: 'ResourceNotFound', message: `fake ARM has no ${what}` } });

  const restVault = (v: Obj): Obj => {
    const { resourceGroup: _rg, ...rest } = v;
    return { type: 'Microsoft.KeyVault/vaults', location: 'westeurope', tags: {}, ...rest, properties: { provisioningState: 'Succeeded', ...(v['properties'] as Obj) } };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
    const method = req.method ?? 'GET';
    requests.push(`${method} ${path}${url.search}`);
    const text = await body(req);
    let m: RegExpMatchArray | null;

    // Key Vault data plane (through the proxy): the SDK's challenge first (401 naming the resource), then the call.
    const host = lc(req.headers.host).replace(/:\d+$/, '');
    if (host.endsWith('.vault.azure.net')) {
      const vaultName = host.slice(0, -'.vault.azure.net'.length);
      if (!req.headers.authorization) {
        res.writeHead(401, { 'www-authenticate': `Bearer authorization="https://login.microsoftonline.com/${tenant}", resource="https://vault.azure.net"`, 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } }));
        return;
      }
      if (method === 'PATCH' && (m = path.match(/^\/(secrets|keys|certificates)\/([^/]+)\/?([^/]*)$/))) {
        const kind = m[1]!;
        const items = (state[kind] as Obj[] | undefined) ?? [];
        const item = items.find((i) => lc(i['name']) === lc(m![2]) && lc(i['id']).includes(`/vaults/${vaultName}/`));
        if (!item) return send(res, 404, { error: { code: `${kind.slice(0, -1)}NotFound`, message: `no ${m[2]}` } });
        const b = JSON.parse(text) as { attributes?: Obj };
        writes.push({ method, path: `https://${host}${path}`, body: b });
        const props = (item['properties'] as Obj | undefined) ?? {};
        item['properties'] = { ...props, attributes: { ...((props['attributes'] as Obj | undefined) ?? {}), ...(b.attributes ?? {}) } };
        const now = Math.floor(Date.now() / 1000);
        return send(res, 200, { id: `https://${host}/${kind}/${item['name']}/0123456789abcdef0123456789abcdef`, attributes: { created: now, updated: now, recoveryLevel: 'Recoverable+Purgeable', ...(item['properties'] as { attributes: Obj }).attributes } });
      }
      return send(res, 404, { error: { code: 'NotFound', message: `fake data plane has no ${method} ${path}` } });
    }

    // Managed identity token endpoint (msrestazure: POST MSI_ENDPOINT, form body resource=...).
    if (path === '/msi/token') {
      const resource = new URLSearchParams(text).get('resource') ?? url.searchParams.get('resource') ?? 'https://management.core.windows.net/';
      const exp = Math.floor(Date.now() / 1000) + 3600;
      return send(res, 200, { access_token: token(tenant, resource), token_type: 'Bearer', expires_on: String(exp), expires_in: '3600', resource });
    }
    if (path === '/metadata/endpoints') {
      return send(res, 200, {
        galleryEndpoint: `${endpoint}/`,
        graphEndpoint: 'https://graph.windows.net/',
        portalEndpoint: `${endpoint}/`,
        authentication: { loginEndpoint: `${endpoint}/aad`, audiences: ['https://management.core.windows.net/'] },
      });
    }
    if (method === 'GET' && (m = path.match(/^\/subscriptions(?:\/([^/]+))?$/))) {
      const subs = state.subscriptions.map((s) => ({ id: `/subscriptions/${s}`, subscriptionId: s, tenantId: tenant, displayName: `fake ${s.slice(0, 8)}`, state: 'Enabled', subscriptionPolicies: {}, authorizationSource: 'RoleBased' }));
      if (m[1]) {
        const s = subs.find((x) => lc(x.subscriptionId) === lc(m![1]));
        return s ? send(res, 200, s) : notFound(res, `subscription ${m[1]}`);
      }
      return send(res, 200, { value: subs });
    }
    if (method === 'GET' && path === '/tenants') return send(res, 200, { value: [{ id: `/tenants/${tenant}`, tenantId: tenant }] });

    // Key vault: GET and PUT (az keyvault set-policy reads the vault, then writes it back whole).
    if ((m = path.match(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/([^/]+)$/i))) {
      const vault = state.vaults.find((v) => lc(v['id']) === lc(path));
      if (!vault) return notFound(res, `vault ${m[1]}`);
      if (method === 'GET') return send(res, 200, restVault(vault));
      if (method === 'PUT') {
        const b = JSON.parse(text) as Obj;
        writes.push({ method, path, body: b });
        vault['properties'] = { ...(vault['properties'] as Obj), ...(b['properties'] as Obj) };
        return send(res, 200, restVault(vault));
      }
    }
    // Role assignment: PUT {scope}/providers/Microsoft.Authorization/roleAssignments/{name}.
    if (method === 'PUT' && (m = path.match(/^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/([^/]+)$/i))) {
      const b = JSON.parse(text) as { properties: Obj };
      writes.push({ method, path, body: b });
      const scope = m[1]!;
      const entry = { id: path, name: m[2], type: 'Microsoft.Authorization/roleAssignments', scope, ...b.properties };
      state.roleAssignments = state.roleAssignments.filter((a) => lc(a['id']) !== lc(path));
      state.roleAssignments.push(entry);
      return send(res, 201, { id: path, name: m[2], type: 'Microsoft.Authorization/roleAssignments', properties: { ...b.properties, scope } });
    }
    // Federated identity credential: PUT .../userAssignedIdentities/{id}/federatedIdentityCredentials/{name}.
    if ((m = path.match(/^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+)\/federatedIdentityCredentials\/([^/]+)$/i))) {
      const identity = state.identities.find((i) => lc(i['id']) === lc(m![1]));
      if (!identity) return notFound(res, `identity ${m[1]}`);
      if (method === 'PUT') {
        const b = JSON.parse(text) as { properties: Obj };
        writes.push({ method, path, body: b });
        const entry = { id: path, name: m[2], ...b.properties };
        state.federatedCredentials = state.federatedCredentials.filter((f) => lc(f['id']) !== lc(path));
        state.federatedCredentials.push(entry);
        return send(res, 201, { id: path, name: m[2], type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials', properties: b.properties });
      }
    }
    return notFound(res, `${method} ${path}`);
  }

  const server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { error: { code: 'FakeArmError', message: String(err) } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  endpoint = `https://127.0.0.1:${port}`;
  // Every CONNECT goes to the HTTPS server above, whatever host it names: nothing leaves the machine.
  const proxy = createHttpServer((_req, res) => res.writeHead(405).end());
  const tunnels = new Set<{ destroy(): void }>();
  proxy.on('connect', (req, client) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    tunnels.add(client);
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    endpoint,
    caFile: certFile,
    proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    requests,
    writes,
    state,
    close: async () => {
      for (const t of tunnels) t.destroy();
      server.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([new Promise<void>((r) => server.close(() => r())), new Promise<void>((r) => proxy.close(() => r()))]);
    },
  };
}
