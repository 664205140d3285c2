// Exponential backoff for idempotent calls only (status polls, queries, reads).
// A deploy or a test-run submission is never passed through here: sending it twice would start it twice.
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'ECONNABORTED'
]);
const TRANSIENT_API_CODES = new Set(['SERVER_UNAVAILABLE', 'sf:SERVER_UNAVAILABLE', 'REQUEST_RUNNING_TOO_LONG']);

export function isAuthError(error) {
    const code = String(error?.errorCode ?? error?.name ?? '');
    return /INVALID_SESSION_ID|INVALID_AUTH_HEADER|invalid_grant|invalid_client|ERROR_HTTP_401|INVALID_LOGIN/i.test(
        code
    );
}

export function isTransientError(error) {
    if (!error || isAuthError(error)) return false;
    if (TRANSIENT_NETWORK_CODES.has(error.code)) return true;
    if (error.name === 'FetchError' && /socket hang up|ECONNRESET|network/i.test(error.message ?? '')) return true;
    const apiCode = String(error.errorCode ?? '');
    if (TRANSIENT_API_CODES.has(apiCode)) return true;
    return /^ERROR_HTTP_(5\d\d|420|429)$/.test(apiCode);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it succeeds, retrying transient failures `retries` times with delays of
 * baseDelayMs, 2x, 4x ... capped at maxDelayMs. Anything else is rethrown at once.
 */
export async function withRetry(
    operation,
    { retries = 5, baseDelayMs = 2000, maxDelayMs = 30000, onRetry, wait = sleep } = {}
) {
    for (let attempt = 0; ; attempt += 1) {
        try {
            return await operation();
        } catch (error) {
            if (attempt >= retries || !isTransientError(error)) throw error;
            const delayMs = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
            onRetry?.(error, { attempt: attempt + 1, retries, delayMs });
            await wait(delayMs);
        }
    }
}
