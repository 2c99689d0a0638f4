// The only way the VVP source talks to the VVP API: GET with a bearer token, bounded retries with backoff on
// 429/5xx/network errors/timeouts, a per-request timeout under a global deadline, and a request counter.
// There is no method parameter, so "read-only" holds by construction. The token never appears in a result.

export type VvpGetResult =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  /** status 0 = no HTTP answer (network error or timeout). */
  | { readonly ok: false; readonly status: number; readonly reason: string };

export interface VvpHttpOptions {
  /** Base URL without trailing slash, e.g. http://localhost:8080. */
  readonly baseUrl: string;
  readonly token?: string;
  /** Overall deadline (epoch ms): no request starts after it. */
  readonly deadline: number;
  readonly requestTimeoutMs?: number;
  /** Retries after the first attempt for retryable failures (default 3). */
  readonly retries?: number;
  /** First backoff, ms, doubled each retry (default 250). */
  readonly backoffMs?: number;
  readonly fetch?: typeof fetch;
}

export class VvpHttp {
  /** HTTP requests actually sent (retries included); all GETs. */
  requests = 0;

  constructor(private readonly opts: VvpHttpOptions) {}

  async get(path: string): Promise<VvpGetResult> {
    const retries = this.opts.retries ?? 3;
    let backoff = this.opts.backoffMs ?? 250;
    let last: VvpGetResult = { ok: false, status: 0, reason: 'timed out: not sent, the overall VVP timeout had passed' };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (Date.now() >= this.opts.deadline) return attempt === 0 ? last : { ok: false, status: last.status, reason: `${last.ok ? '' : last.reason}; the timeout passed` };
      last = await this.once(path);
      if (last.ok || !retryable(last.status)) return last;
      if (attempt === retries) break;
      const wait = Math.min(backoff * (0.75 + Math.random() * 0.5), 5_000, this.opts.deadline - Date.now());
      if (wait <= 0) break;
      await new Promise((r) => setTimeout(r, wait));
      backoff *= 2;
    }
    return last;
  }

  private async once(path: string): Promise<VvpGetResult> {
    const doFetch = this.opts.fetch ?? globalThis.fetch;
    const remaining = this.opts.deadline - Date.now();
    const timeout = Math.max(1, Math.min(this.opts.requestTimeoutMs ?? 30_000, remaining));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.opts.token) headers['authorization'] = `Bearer ${this.opts.token}`;
    this.requests++;
    let res: Response;
    try {
      res = await doFetch(this.opts.baseUrl + path, { method: 'GET', headers, redirect: 'follow', signal: AbortSignal.timeout(timeout) });
    } catch (err) {
      return { ok: false, status: 0, reason: this.scrub(networkReason(err, timeout)) };
    }
    let text: string | undefined;
    try {
      text = await boundedText(res, MAX_RESPONSE_BYTES);
    } catch (err) {
      return { ok: false, status: 0, reason: this.scrub(networkReason(err, timeout)) };
    }
    if (text === undefined) return { ok: false, status: -1, reason: `the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB` };
    if (!res.ok) return { ok: false, status: res.status, reason: `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}` };
    try {
      return { ok: true, status: res.status, body: text === '' ? undefined : JSON.parse(text) };
    } catch {
      // A login page or proxy error page instead of the API: say so without echoing the body.
      return { ok: false, status: -1, reason: `HTTP ${res.status} but the answer is not JSON (${res.headers.get('content-type') ?? 'no content type'}); is the URL the VVP API?` };
    }
  }

  /** Defence in depth: error texts come from the runtime and might quote request details. */
  private scrub(s: string): string {
    const t = this.opts.token;
    return t ? s.split(t).join('***') : s;
  }
}

/** Largest response body accepted; more is refused as it arrives instead of being held in memory. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** The body as text, or undefined when it is larger than `max` bytes. */
async function boundedText(res: Response, max: number): Promise<string | undefined> {
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function retryable(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}

function networkReason(err: unknown, timeout: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out: no answer within ${Math.round(timeout / 100) / 10} s`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e?.message ?? 'network error'} (${cause})` : (e?.message ?? 'network error');
}
