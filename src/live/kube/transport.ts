// The only way the audit talks to the API server. It can send GET and nothing else: there is no method
// parameter, so "read-only" holds by construction. It adds bounded retries with backoff for 429/5xx/network
// errors/timeouts, a per-request timeout under a global deadline, and counts every request sent.
import http from 'node:http';
import https from 'node:https';
import type { ResolvedKubeconfig } from './kubeconfig.js';

export interface TransportOptions {
  /** Overall deadline (epoch ms); no request starts after it and running ones are aborted at it. */
  readonly deadline: number;
  /** Timeout of one HTTP request, ms (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** Retries after the first attempt for retryable failures (default 3). */
  readonly retries?: number;
  /** First backoff, ms, doubled each retry (default 250). */
  readonly backoffMs?: number;
}

/** Largest response body accepted (a 500-object page of big pods is a few MB); more is an error, not an allocation. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export type GetResult =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  /** status 0 = no HTTP answer (network error or timeout). */
  | { readonly ok: false; readonly status: number; readonly reason: string; readonly timedOut: boolean; readonly retryAfterMs?: number };

export class KubeTransport {
  /** HTTP requests actually sent (retries included). All of them are GETs. */
  requests = 0;
  /** Requests that returned any HTTP answer below 500 other than 429 (the API was reachable and answered). */
  answered = 0;

  constructor(
    private readonly kube: ResolvedKubeconfig,
    private readonly opts: TransportOptions,
  ) {}

  /** GET `path` (absolute API path) with query parameters; JSON body on 2xx. */
  async get(path: string, query: Record<string, string | undefined> = {}): Promise<GetResult> {
    const url = new URL(this.kube.server + path);
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
    const retries = this.opts.retries ?? 3;
    let backoff = this.opts.backoffMs ?? 250;
    let last: GetResult = { ok: false, status: 0, reason: 'not sent: the --timeout deadline passed', timedOut: true };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (Date.now() >= this.opts.deadline) return { ok: false, status: 0, reason: 'the --timeout deadline passed', timedOut: true };
      last = await this.once(url);
      if (last.ok || !retryable(last)) return last;
      if (attempt === retries) break;
      const retryAfter = last.ok ? 0 : (last.retryAfterMs ?? 0);
      const wait = Math.min(Math.max(backoff * (0.75 + Math.random() * 0.5), retryAfter), 5_000, this.opts.deadline - Date.now());
      if (wait <= 0) break;
      await new Promise((r) => setTimeout(r, wait));
      backoff *= 2;
    }
    return last;
  }

  private async once(url: URL): Promise<GetResult> {
    const { headers, agent } = await this.kube.authenticate(this.opts.deadline);
    const remaining = this.opts.deadline - Date.now();
    const timeout = Math.max(1, Math.min(this.opts.requestTimeoutMs ?? 30_000, remaining));
    const lib = url.protocol === 'http:' ? http : https;
    this.requests++;
    return new Promise<GetResult>((resolve) => {
      const req = lib.request(
        url,
        { method: 'GET', agent, headers: { ...headers, Accept: 'application/json' }, signal: AbortSignal.timeout(timeout) },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_RESPONSE_BYTES) {
              req.destroy();
              resolve({ ok: false, status: -1, reason: `the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`, timedOut: false });
              return;
            }
            chunks.push(c);
          });
          res.on('error', (e) => resolve(networkFailure(e)));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            if (status !== 429 && status < 500) this.answered++;
            if (status >= 200 && status < 300) {
              try {
                resolve({ ok: true, status, body: JSON.parse(text) as unknown });
              } catch {
                resolve({ ok: false, status, reason: 'the response is not JSON', timedOut: false });
              }
              return;
            }
            const retryAfterMs = Number(res.headers['retry-after'] ?? 0) * 1000 || 0;
            resolve({ ok: false, status, reason: statusReason(status, text), timedOut: false, retryAfterMs });
          });
        },
      );
      req.on('error', (e) => resolve(networkFailure(e)));
      req.end();
    });
  }
}

function retryable(r: GetResult): boolean {
  return !r.ok && (r.status === 0 || r.status === 429 || r.status >= 500);
}

function networkFailure(e: Error & { code?: string }): GetResult {
  const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ABORT_ERR';
  return { ok: false, status: 0, reason: timedOut ? 'the request timed out' : (e.code ?? e.message.split('\n')[0]!), timedOut };
}

/** The API's Status.message when present (it names the verb/resource for 403), else the HTTP status. */
function statusReason(status: number, text: string): string {
  try {
    const s = JSON.parse(text) as { message?: unknown };
    if (typeof s.message === 'string' && s.message) return `${status}: ${s.message.split('\n')[0]!.slice(0, 300)}`;
  } catch {
    // not a Status object
  }
  return `HTTP ${status}`;
}
