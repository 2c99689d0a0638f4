export function isLoopback(endpoint) {
    try {
        const u = new URL(endpoint);
        return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]');
    }
    catch {
        return false;
    }
}
/** Options accepted by both the modular (arm-keyvault 5) and classic (arm-authorization, arm-msi) clients. */
export function armClientOptions(settings) {
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
function loopbackBearerPolicy(credential, scope) {
    return {
        name: 'loopbackBearerPolicy',
        async sendRequest(request, next) {
            const token = await credential.getToken(scope, { abortSignal: request.abortSignal });
            if (token)
                request.headers.set('authorization', `Bearer ${token.token}`);
            return next(request);
        },
    };
}
/** Classifies an SDK error. `signal` is the operation's timeout signal (aborted ⇒ timeout). */
export function describeArmFailure(err, signal) {
    const e = err;
    if (signal?.aborted || e?.name === 'AbortError' || e?.name === 'TimeoutError')
        return { id: 'arm-timeout', reason: 'timed out' };
    const status = typeof e?.statusCode === 'number' ? e.statusCode : undefined;
    const code = typeof e?.code === 'string' && !/^REQUEST_SEND_ERROR$/.test(e.code) ? ` ${e.code}` : '';
    if (status === 401)
        return { id: 'arm-unauthorized', reason: `HTTP 401${code}: the credential was rejected` };
    if (status === 403)
        return { id: 'arm-forbidden', reason: `HTTP 403${code}: the identity running the linter lacks read access` };
    if (status === 404)
        return { id: 'arm-not-found', reason: `HTTP 404${code}` };
    if (status === 429)
        return { id: 'arm-throttled', reason: `HTTP 429${code}: throttled, retries exhausted` };
    if (status !== undefined && status >= 500)
        return { id: 'arm-server-error', reason: `HTTP ${status}${code}` };
    if (status !== undefined)
        return { id: 'arm-error', reason: `HTTP ${status}${code}` };
    if (e?.name === 'CredentialUnavailableError' || e?.name === 'AuthenticationError' || e?.name === 'AggregateAuthenticationError') {
        return { id: 'arm-credential', reason: `no Azure credential: ${firstLine(e.message)}` };
    }
    return { id: 'arm-unreachable', reason: firstLine(e?.message) || 'request failed' };
}
function firstLine(s) {
    return (s ?? '').split('\n')[0].slice(0, 200);
}
