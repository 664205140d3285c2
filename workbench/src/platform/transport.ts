// JSON over fetch to the workbench server. A failed call rejects with the shape Lightning uses for
// Apex and UI API errors ({ status, statusText, ok: false, body, headers }), so components' error
// reduction works unchanged.
import { trackingHeaders, type CallOrigin } from './tracking';

export interface LightningFetchError {
    status: number;
    statusText: string;
    ok: false;
    body: unknown;
    headers: Record<string, string>;
}

async function request(method: 'GET' | 'POST', path: string, origin: CallOrigin, payload?: unknown): Promise<unknown> {
    let response: Response;
    try {
        response = await fetch(path, {
            method,
            headers: {
                ...trackingHeaders(origin),
                ...(payload === undefined ? {} : { 'Content-Type': 'application/json' })
            },
            body: payload === undefined ? undefined : JSON.stringify(payload)
        });
    } catch (error) {
        const failure: LightningFetchError = {
            status: 0,
            statusText: 'Disconnected or Canceled',
            ok: false,
            body: { message: error instanceof Error ? error.message : 'Disconnected or Canceled' },
            headers: {}
        };
        throw failure;
    }
    const text = await response.text();
    const body: unknown = text ? JSON.parse(text) : null;
    if (response.ok) return body;
    const failure: LightningFetchError = {
        status: response.status,
        statusText: response.statusText,
        ok: false,
        body,
        headers: {}
    };
    throw failure;
}

export function getJson(path: string, origin: CallOrigin): Promise<unknown> {
    return request('GET', path, origin);
}

export function postJson(path: string, payload: unknown, origin: CallOrigin): Promise<unknown> {
    return request('POST', path, origin, payload);
}
