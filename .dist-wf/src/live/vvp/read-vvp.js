import { isRecord } from '../../model/kinds.js';
import { liveObject } from '../live-object.js';
import { VvpHttp } from './http.js';
const ENDPOINTS = [
    { path: 'deployment-targets', kind: 'DeploymentTarget', resource: 'vvp-deploymenttarget' },
    { path: 'sessionclusters', kind: 'SessionCluster', resource: 'vvp-sessioncluster' },
    { path: 'deployments', kind: 'Deployment', resource: 'vvp-deployment' },
    { path: 'deployment-defaults', kind: 'DeploymentDefaults', resource: 'vvp-deploymentdefaults', single: true, optional: true },
];
/** Logical-location scope of VVP objects: `vvp/<namespace>/<Kind>/<name>`; the URI names the instance. */
export const VVP_SCOPE = 'vvp';
export async function readVvp(opts) {
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
export function normaliseBaseUrl(url) {
    return url.replace(/\/+$/, '');
}
/** VVP names namespaces `namespaces/<name>` in the platform API; accept plain names too. */
export function vvpNamespaceName(name) {
    return name.startsWith('namespaces/') ? name.slice('namespaces/'.length) : name;
}
class Reader {
    http;
    base;
    hasToken;
    objects = [];
    notifications = [];
    namespacesRead = [];
    /** Set after a failure that makes every further request pointless (401, no answer at all). */
    stopped = false;
    constructor(http, base, hasToken) {
        this.http = http;
        this.base = base;
        this.hasToken = hasToken;
    }
    async run(requested) {
        const namespaces = requested && requested.length > 0 ? [...new Set(requested.map(vvpNamespaceName))] : await this.listNamespaces();
        for (const ns of namespaces) {
            if (this.stopped)
                break;
            let readAny = false;
            for (const ep of ENDPOINTS) {
                if (this.stopped)
                    break;
                if (await this.readEndpoint(ns, ep))
                    readAny = true;
            }
            if (readAny)
                this.namespacesRead.push(ns);
        }
    }
    async listNamespaces() {
        const path = '/namespaces/v1/namespaces';
        const res = await this.http.get(path);
        if (!res.ok) {
            if (res.status === 404) {
                // Without the platform namespaces API there is one namespace to assume.
                this.notifications.push({ id: 'vvp-namespaces-unavailable', level: 'note', message: `VVP API ${this.base}${path} answered 404, so the VVP namespaces are unknown; reading namespace "default" only (pass --vvp-namespace to choose)` });
                return ['default'];
            }
            this.fail(path, res, 'the list of VVP namespaces');
            return [];
        }
        const body = res.body;
        const list = isRecord(body) ? (Array.isArray(body['namespaces']) ? body['namespaces'] : Array.isArray(body['items']) ? body['items'] : undefined) : undefined;
        if (!list) {
            this.badShape(path, 'a {namespaces: [...]} list');
            return [];
        }
        const names = [];
        for (const n of list) {
            const raw = isRecord(n) ? (typeof n['name'] === 'string' ? n['name'] : isRecord(n['metadata']) && typeof n['metadata']['name'] === 'string' ? n['metadata']['name'] : undefined) : typeof n === 'string' ? n : undefined;
            if (raw)
                names.push(vvpNamespaceName(raw));
        }
        return names;
    }
    /** True when the endpoint answered (objects added, or legitimately absent). */
    async readEndpoint(ns, ep) {
        const path = `/api/v1/namespaces/${encodeURIComponent(ns)}/${ep.path}`;
        const res = await this.http.get(path);
        if (!res.ok) {
            if (ep.optional && res.status === 404)
                return true;
            this.fail(path, res, `${ep.kind} resources of VVP namespace "${ns}"`);
            return false;
        }
        const body = res.body;
        if (ep.single) {
            if (body === undefined || body === null)
                return true;
            if (!isRecord(body)) {
                this.badShape(path, `a ${ep.kind} object`);
                return false;
            }
            this.addItem(body, ns, ep);
            return true;
        }
        const items = isRecord(body) && Array.isArray(body['items']) ? body['items'] : isRecord(body) && body['items'] === undefined && body['kind'] !== undefined ? [] : undefined;
        if (!items) {
            this.badShape(path, 'a ResourceListOf {kind, items: [...]}');
            return false;
        }
        for (const item of items)
            if (isRecord(item))
                this.addItem(item, ns, ep);
        return true;
    }
    addItem(item, ns, ep) {
        // VVP API items carry kind and apiVersion; fill them in when a proxy or older version drops them, so the
        // object classifies exactly like the same resource in a file.
        const body = { ...item, apiVersion: item['apiVersion'] ?? 'v1', kind: item['kind'] ?? ep.kind };
        const meta = isRecord(item['metadata']) ? item['metadata'] : {};
        const name = typeof meta['name'] === 'string' ? meta['name'] : undefined;
        const id = typeof meta['id'] === 'string' ? meta['id'] : undefined;
        this.objects.push(liveObject(body, { live: 'vvp', scope: VVP_SCOPE, resource: ep.resource, namespace: ns, uri: this.uriOf(ns, ep, name, id) }));
    }
    /**
     * A link the user can open: the deployment page of the VVP UI for Deployments (route used by Ververica's own
     * tooling: /app/#/namespaces/<ns>/deployments/<id>/detail/overview), else the resource's GET URL in the API.
     */
    uriOf(ns, ep, name, id) {
        const nsPart = encodeURIComponent(ns);
        if (ep.kind === 'Deployment') {
            const ref = id ?? name;
            return ref ? `${this.base}/app/#/namespaces/${nsPart}/deployments/${encodeURIComponent(ref)}${id ? '/detail/overview' : ''}` : `${this.base}/app/#/namespaces/${nsPart}/deployments`;
        }
        if (ep.single || !name)
            return `${this.base}/api/v1/namespaces/${nsPart}/${ep.path}`;
        return `${this.base}/api/v1/namespaces/${nsPart}/${ep.path}/${encodeURIComponent(name)}`;
    }
    fail(path, res, what) {
        const where = `VVP API ${this.base}${path}`;
        const push = (id, message) => {
            this.notifications.push({ id, level: 'warning', message, incomplete: true });
        };
        if (res.status === 401) {
            // Every further request would be refused the same way.
            this.stopped = true;
            push('vvp-unauthorized', `${where} answered 401 Unauthorized: ${this.hasToken ? 'the API token was not accepted' : 'pass an API token with --vvp-token or VVP_TOKEN'}; no VVP resources were read from here on`);
        }
        else if (res.status === 403) {
            push('vvp-forbidden', `${where} answered 403 Forbidden: the API token may not read ${what} (it needs at least the viewer role in that namespace); they were not checked`);
        }
        else if (res.status === 404) {
            push('vvp-not-found', `${where} answered 404 Not Found: ${what} were not checked (does the namespace exist, and is the URL the VVP gateway?)`);
        }
        else if (res.status === -1) {
            this.stopped = true;
            push('vvp-bad-response', `${where}: ${res.reason}; no VVP resources were read from here on`);
        }
        else if (res.status === 0) {
            // No answer at all after retries: the port-forward or server is gone; stop instead of waiting per request.
            this.stopped = true;
            push('vvp-unreachable', `${where} could not be reached (${res.reason}); no VVP resources were read from here on`);
        }
        else {
            push('vvp-unreachable', `${where} failed after retries (${res.reason}): ${what} were not checked`);
        }
    }
    badShape(path, expected) {
        this.notifications.push({ id: 'vvp-bad-response', level: 'warning', message: `VVP API ${this.base}${path} did not return ${expected}; those resources were not checked`, incomplete: true });
    }
}
