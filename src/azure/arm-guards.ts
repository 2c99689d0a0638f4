// Bounds on what a live ARM endpoint (or whatever answers in its place) can make the tool do: a response body is
// read up to MAX_ARM_RESPONSE_BYTES (the Kubernetes and VVP paths use the same 64 MiB), and a paged list that
// requests the same page URL twice — a server repeating its nextLink — or more than MAX_ARM_PAGES pages is stopped
// with an error that describeArmFailure turns into a notification. Both are pipeline policies, so the SDK pagers
// and listGeneric share one mechanism.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pipeline, PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';

export const MAX_ARM_RESPONSE_BYTES = 64 * 1024 * 1024;
export const MAX_ARM_PAGES = 1000;
export const ARM_TOO_LARGE = 'VVP_KV_LINT_RESPONSE_TOO_LARGE';
export const ARM_PAGING_LOOP = 'VVP_KV_LINT_PAGING_LOOP';

/** Adds both guards to a client's pipeline (call once per client). */
export async function addArmGuards(pipeline: Pipeline, maxBytes = MAX_ARM_RESPONSE_BYTES): Promise<void> {
  const { RestError } = await import('./sdk.js');
  // Before the retry policy: sees each logical request once, retries of the same page are not repeats.
  pipeline.addPolicy(pagingLoopPolicy(RestError));
  // After the retry policy and before deserialisation on the way back: every attempt's body is read capped.
  pipeline.addPolicy(bodyCapPolicy(RestError, maxBytes), { afterPhase: 'Retry' });
}

type RestErrorCtor = typeof import('./sdk.js').RestError;

interface ArmOperation {
  readonly signal: AbortSignal;
  readonly urls: Set<string>;
}

const currentOperation = new AsyncLocalStorage<ArmOperation>();

/**
 * Runs one read (one paged list) as an operation the guards can see. The operation is carried by async context,
 * not by the request: the modular SDK's pager (@azure/arm-keyvault 5) sends the pages after the first without the
 * caller's abortSignal, so neither a loop nor the timeout would be visible on those requests.
 */
export function runArmOperation<T>(signal: AbortSignal, run: () => Promise<T>): Promise<T> {
  return currentOperation.run({ signal, urls: new Set() }, run);
}

/** Page URLs requested per operation; also stops an operation whose time is up before its next page. */
function pagingLoopPolicy(RestError: RestErrorCtor): PipelinePolicy {
  return {
    name: 'vvpKvLintPagingLoop',
    async sendRequest(request, next) {
      const op = currentOperation.getStore();
      if (op) {
        if (op.signal.aborted) throw new RestError('the operation timed out before its next page', { code: 'ABORT_ERR', request });
        if (!request.abortSignal) request.abortSignal = op.signal;
        if (request.method === 'GET') {
          if (op.urls.has(request.url)) {
            throw new RestError(`the server sent a nextLink it had already sent (a paging loop); stopped after ${op.urls.size} page(s)`, { code: ARM_PAGING_LOOP, request });
          }
          if (op.urls.size >= MAX_ARM_PAGES) {
            throw new RestError(`the list did not end after ${MAX_ARM_PAGES} pages`, { code: ARM_PAGING_LOOP, request });
          }
          op.urls.add(request.url);
        }
      }
      return next(request);
    },
  };
}

/** Any status: the error bodies of 4xx/5xx are read by the same capped path. */
const EVERY_STATUS = new Set([Number.POSITIVE_INFINITY]);

function bodyCapPolicy(RestError: RestErrorCtor, maxBytes: number): PipelinePolicy {
  return {
    name: 'vvpKvLintBodyCap',
    async sendRequest(request, next) {
      // The classic clients set an empty set on every request; only a caller that streams some status keeps it.
      const callerStreams = request.streamResponseStatusCodes;
      if (callerStreams && callerStreams.size > 0) return next(request);
      request.streamResponseStatusCodes = EVERY_STATUS;
      let response: PipelineResponse;
      try {
        response = await next(request);
      } finally {
        // The deserialisation policy parses only responses it did not ask to stream.
        request.streamResponseStatusCodes = callerStreams;
      }
      const stream = response.readableStreamBody;
      if (!stream) return response;
      const text = await readCapped(stream, maxBytes, request);
      if (text === undefined) {
        throw new RestError(`the response is larger than ${maxBytes / 1024 / 1024} MiB`, { code: ARM_TOO_LARGE, request });
      }
      response.readableStreamBody = undefined;
      response.bodyAsText = text;
      return response;
    },
  };
}

/** The body as UTF-8 text, or undefined (stream destroyed) once it exceeds maxBytes. */
async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number, _request: PipelineRequest): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > maxBytes) {
      (stream as unknown as { destroy?: () => void }).destroy?.();
      return undefined;
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
