// The only way the VVP source talks to the VVP API: GET with a bearer token, bounded retries with backoff on
// 429/5xx/network errors/timeouts, a per-request timeout under a global deadline, and a request counter.
// There is no method parameter, so "read-only" holds by construction. The token never appears in a result.
export class VvpHttp {
    opts;
    /** HTTP requests actually sent (retries included); all GETs. */
    requests = 0;
    constructor(opts) {
        this.opts = opts;
    }
    async get(path) {
        const retries = this.opts.retries ?? 3;
        let backoff = this.opts.backoffMs ?? 250;
        let last = { ok: false, status: 0, reason: 'not sent: the timeout passed' };
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (Date.now() >= this.opts.deadline)
                return attempt === 0 ? last : { ok: false, status: last.status, reason: `${last.ok ? '' : last.reason}; the timeout passed` };
            last = await this.once(path);
            if (last.ok || !retryable(last.status))
                return last;
            if (attempt === retries)
                break;
            const wait = Math.min(backoff * (0.75 + Math.random() * 0.5), 5_000, this.opts.deadline - Date.now());
            if (wait <= 0)
                break;
            await new Promise((r) => setTimeout(r, wait));
            backoff *= 2;
        }
        return last;
    }
    async once(path) {
        const doFetch = this.opts.fetch ?? globalThis.fetch;
        const remaining = this.opts.deadline - Date.now();
        const timeout = Math.max(1, Math.min(this.opts.requestTimeoutMs ?? 30_000, remaining));
        const headers = { accept: 'application/json' };
        if (this.opts.token)
            headers['authorization'] = `Bearer ${this.opts.token}`;
        this.requests++;
        let res;
        try {
            res = await doFetch(this.opts.baseUrl + path, { method: 'GET', headers, redirect: 'follow', signal: AbortSignal.timeout(timeout) });
        }
        catch (err) {
            return { ok: false, status: 0, reason: this.scrub(networkReason(err, timeout)) };
        }
        let text;
        try {
            text = await res.text();
        }
        catch (err) {
            return { ok: false, status: 0, reason: this.scrub(networkReason(err, timeout)) };
        }
        if (!res.ok)
            return { ok: false, status: res.status, reason: `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}` };
        try {
            return { ok: true, status: res.status, body: text === '' ? undefined : JSON.parse(text) };
        }
        catch {
            // A login page or proxy error page instead of the API: say so without echoing the body.
            return { ok: false, status: -1, reason: `HTTP ${res.status} but the answer is not JSON (${res.headers.get('content-type') ?? 'no content type'}); is the URL the VVP API?` };
        }
    }
    /** Defence in depth: error texts come from the runtime and might quote request details. */
    scrub(s) {
        const t = this.opts.token;
        return t ? s.split(t).join('***') : s;
    }
}
function retryable(status) {
    return status === 0 || status === 429 || status >= 500;
}
function networkReason(err, timeout) {
    const e = err;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
        return `no answer within ${timeout} ms`;
    const cause = e?.cause?.code ?? e?.cause?.message;
    return cause ? `${e?.message ?? 'network error'} (${cause})` : (e?.message ?? 'network error');
}
