// Thin REST helpers over a jsforce Connection. jsforce's own transport retries are switched off
// (retry.maxRetries 0) so that every retry is the explicit, idempotent-only one of retry.mjs.
import { withRetry } from './retry.mjs';

const NO_TRANSPORT_RETRY = { retry: { maxRetries: 0 } };

export function apiPath(conn, path, { tooling = false } = {}) {
    return `/services/data/v${conn.version}${tooling ? '/tooling' : ''}${path}`;
}

/** A SOQL string literal: quotes and backslashes escaped. */
export function soqlLiteral(value) {
    return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function soqlList(values) {
    return `(${values.map(soqlLiteral).join(', ')})`;
}

/**
 * Runs a query and follows nextRecordsUrl; each page is an idempotent GET and is retried on
 * dropped connections and 5xx answers.
 */
export async function query(conn, soql, { tooling = false, retry } = {}) {
    const records = [];
    let url = `${apiPath(conn, '/query', { tooling })}?q=${encodeURIComponent(soql)}`;
    while (url) {
        const page = await withRetry(() => conn.request({ method: 'GET', url }, NO_TRANSPORT_RETRY), retry);
        records.push(...(page.records ?? []));
        url = page.done === false && page.nextRecordsUrl ? page.nextRecordsUrl : null;
    }
    return records;
}

export function getJson(conn, url, { retry } = {}) {
    return withRetry(() => conn.request({ method: 'GET', url }, NO_TRANSPORT_RETRY), retry);
}

/** A write: sent once, never retried. */
export function sendJson(conn, method, url, body) {
    return conn.request(
        { method, url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
        NO_TRANSPORT_RETRY
    );
}
