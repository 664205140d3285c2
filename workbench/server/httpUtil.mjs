// Small helpers for node:http request handling.
export class HttpError extends Error {
    constructor(status, body) {
        super(typeof body === 'string' ? body : JSON.stringify(body));
        this.status = status;
        this.body = body;
    }
}

export function sendJson(response, status, body) {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(text);
}

const MAX_BODY = 1024 * 1024;

export async function readJsonBody(request) {
    let size = 0;
    const chunks = [];
    for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_BODY) throw new HttpError(413, { message: 'Request body too large' });
        chunks.push(chunk);
    }
    if (!chunks.length) return {};
    try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
        throw new HttpError(400, { message: 'Request body is not JSON' });
    }
}

export function parseCookies(header = '') {
    return Object.fromEntries(
        header
            .split(';')
            .map((part) => part.trim().split('='))
            .filter(([name]) => name)
            .map(([name, ...value]) => [name, decodeURIComponent(value.join('='))])
    );
}

/** The workbench headers a browser call carries (see src/platform/tracking.ts). */
export function trackingOf(request) {
    const header = (name) => {
        const value = request.headers[name];
        return typeof value === 'string' ? decodeURIComponent(value) : null;
    };
    return {
        origin: header('x-workbench-origin') ?? 'external',
        pageLoad: header('x-workbench-page-load'),
        page: header('x-workbench-page'),
        actionId: header('x-workbench-action'),
        actionLabel: header('x-workbench-action-label')
    };
}
