import { UsageError } from '../../cli/io.js';
import { readVvp } from './read-vvp.js';
/**
 * Returns the `enrich` hook for lint()/audit, or undefined when no --vvp-url was given.
 * Throws UsageError for a URL that is not http(s) or that embeds credentials (use --vvp-token instead).
 */
export function vvpEnricher(flags, options = {}) {
    const url = flags['vvp-url'];
    if (url === undefined) {
        if (flags['vvp-token'] !== undefined || (flags['vvp-namespace']?.length ?? 0) > 0)
            throw new UsageError('--vvp-token and --vvp-namespace need --vvp-url');
        return undefined;
    }
    checkUrl(url);
    return async (inventory) => {
        const result = await readVvp({
            url,
            token: flags['vvp-token'],
            namespaces: flags['vvp-namespace'],
            timeoutMs: options.timeoutMs ?? 60_000,
            requestTimeoutMs: options.requestTimeoutMs,
            retries: options.retries,
            backoffMs: options.backoffMs,
            fetch: options.fetch,
            env: options.env,
        });
        for (const o of result.objects)
            inventory.add(o);
        inventory.notifications.push(...result.notifications);
        options.onRead?.(result);
    };
}
function checkUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new UsageError(`--vvp-url must be an http(s) URL such as http://localhost:8080, got "${url}"`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new UsageError(`--vvp-url must be an http(s) URL such as http://localhost:8080, got protocol "${parsed.protocol}"`);
    // Never echo the URL here: it holds credentials.
    if (parsed.username || parsed.password)
        throw new UsageError('--vvp-url must not contain credentials; pass the API token with --vvp-token or VVP_TOKEN');
    if (parsed.search || parsed.hash)
        throw new UsageError('--vvp-url must be the base URL of the VVP gateway, without a query or fragment');
}
