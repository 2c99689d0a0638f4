// Client options shared by the three ARM SDK clients, and the translation of their failures into tool
// notifications. A loopback endpoint (tests, local proxies) is spoken to over plain HTTP: the SDK refuses that
// twice (insecure connection, bearer token over http), so for 127.0.0.1/localhost only we allow the
// connection and swap the bearer policy for one that attaches the same token without the TLS check.
import type { TokenCredential } from '@azure/core-auth';
import type { Pipeline, PipelinePolicy } from '@azure/core-rest-pipeline';
import { ARM_PAGING_LOOP, ARM_TOO_LARGE } from './arm-guards.js';

export interface ArmClientSettings {
  readonly endpoint: string;
  readonly credential: TokenCredential;
  readonly maxRetries: number;
  readonly retryDelayMs?: number;
  /** Set by armClientOptions for loopback endpoints. */
  adjustPipeline?: (pipeline: Pipeline) => void;
}

export function isLoopback(endpoint: string): boolean {
  try {
    const u = new URL(endpoint);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]');
  } catch {
    return false;
  }
}

/** Options accepted by both the modular (arm-keyvault 5) and classic (arm-authorization, arm-msi) clients. */
export function armClientOptions(settings: ArmClientSettings): {
  endpoint: string;
  allowInsecureConnection?: boolean;
  retryOptions: { maxRetries: number; retryDelayInMs?: number; maxRetryDelayInMs?: number };
  credentials?: { scopes: string[] };
  credentialScopes?: string[];
} {
  const loopback = isLoopback(settings.endpoint);
  const scope = loopback ? 'https://management.azure.com/.default' : `${settings.endpoint}/.default`;
  if (loopback) {
    settings.adjustPipeline = (pipeline) => {
      pipeline.removePolicy({ name: 'bearerTokenAuthenticationPolicy' });
      pipeline.addPolicy(loopbackBearerPolicy(settings.credential, scope), { phase: 'Sign' });
    };
  }
  return {
    endpoint: settings.endpoint,
    ...(loopback ? { allowInsecureConnection: true } : {}),
    retryOptions: {
      maxRetries: settings.maxRetries,
      ...(settings.retryDelayMs !== undefined ? { retryDelayInMs: settings.retryDelayMs, maxRetryDelayInMs: settings.retryDelayMs * 4 } : {}),
    },
    credentials: { scopes: [scope] },
    credentialScopes: [scope],
  };
}

function loopbackBearerPolicy(credential: TokenCredential, scope: string): PipelinePolicy {
  return {
    name: 'loopbackBearerPolicy',
    async sendRequest(request, next) {
      const token = await credential.getToken(scope, { abortSignal: request.abortSignal });
      if (token) request.headers.set('authorization', `Bearer ${token.token}`);
      return next(request);
    },
  };
}

export interface ArmFailure {
  /** Notification id: arm-unauthorized | arm-forbidden | arm-not-found | arm-throttled | arm-server-error | arm-timeout | arm-credential | arm-unreachable */
  readonly id: string;
  /** Short reason for the message; never includes tokens or response bodies beyond ARM's error code. */
  readonly reason: string;
}

/** Classifies an SDK error. `signal` is the operation's timeout signal (aborted ⇒ timeout) of `budgetMs`. */
export function describeArmFailure(err: unknown, signal?: AbortSignal, budgetMs?: number): ArmFailure {
  const e = err as { name?: string; statusCode?: number; code?: string; message?: string; errors?: unknown[] };
  if (signal?.aborted || e?.name === 'AbortError' || e?.name === 'TimeoutError') {
    return { id: 'arm-timeout', reason: budgetMs !== undefined ? `timed out: no answer within ${Math.round(budgetMs / 100) / 10} s` : 'timed out' };
  }
  // The guards of arm-guards.ts: their messages are our own words, never the server's.
  if (e?.code === ARM_TOO_LARGE || e?.code === ARM_PAGING_LOOP) return { id: 'arm-bad-response', reason: firstLine(e.message) };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  const code = typeof e?.code === 'string' && !/^(REQUEST_SEND_ERROR|PARSE_ERROR)$/.test(e.code) ? ` ${e.code}` : '';
  // The SDK's PARSE_ERROR: a proxy or captive portal answered with HTML or a truncated body.
  const notJson = e?.code === 'PARSE_ERROR' ? `${status !== undefined ? `HTTP ${status}: ` : ''}the response was not JSON (is the endpoint Azure Resource Manager?)` : undefined;
  if (status === 401) return { id: 'arm-unauthorized', reason: `HTTP 401${code}: the credential was rejected` };
  if (status === 403) return { id: 'arm-forbidden', reason: `HTTP 403${code}: the identity running the linter lacks read access` };
  if (notJson) return { id: 'arm-bad-response', reason: notJson };
  if (status === 404) return { id: 'arm-not-found', reason: `HTTP 404${code}` };
  if (status === 429) return { id: 'arm-throttled', reason: `HTTP 429${code}: throttled, retries exhausted` };
  if (status !== undefined && status >= 500) return { id: 'arm-server-error', reason: `HTTP ${status}${code}` };
  if (status !== undefined) return { id: 'arm-error', reason: `HTTP ${status}${code}` };
  if (e?.name === 'CredentialUnavailableError' || e?.name === 'AuthenticationError' || e?.name === 'AggregateAuthenticationError') {
    return { id: 'arm-credential', reason: `no working Azure credential: ${credentialDetail(e)}` };
  }
  return { id: 'arm-unreachable', reason: firstLine(e?.message) || 'request failed' };
}

/**
 * The credential's own words: a chained credential (DefaultAzureCredential) fails with "ChainedTokenCredential
 * authentication failed" followed by one line per credential it tried; those lines say what to do.
 */
function credentialDetail(e: { message?: string; errors?: unknown[] }): string {
  const inner = Array.isArray(e.errors) ? e.errors.map((x) => firstLine((x as { message?: string })?.message)).filter((m) => m !== '') : [];
  if (inner.length) return inner.join('; ').slice(0, 1200);
  const lines = (e.message ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^ChainedTokenCredential authentication failed/.test(l));
  return (lines.join('; ') || firstLine(e.message) || 'authentication failed').slice(0, 1200);
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n')[0]!.slice(0, 200);
}
