// Small helpers for node:http request handling.
export class HttpError extends Error {
    /** @param {Record<string, string>} [headers] further headers of the answer (e.g. one clearing a bad cookie) */
    constructor(status, body, headers = {}) {
        super(typeof body === 'string' ? body : JSON.stringify(body));
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}

export function sendJson(response, status, body, headers = {}) {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
    response.end(text);
}

/** decodeURIComponent, or a 400 naming what was not valid percent-encoding. */
export function decodeOr400(text, what) {
    try {
        return decodeURIComponent(text);
    } catch {
        throw new HttpError(400, { message: `${what} is not valid percent-encoding; send it encoded with encodeURIComponent.` });
    }
}

/** A cookie value; one that is not valid percent-encoding is a 400 whose answer clears it, so a reload recovers. */
function decodeCookie(name, text) {
    try {
        return decodeURIComponent(text);
    } catch {
        throw new HttpError(
            400,
            { message: `The ${name} cookie is not valid percent-encoding, so it was cleared; reload the page.` },
            { 'Set-Cookie': `${name}=; Path=/; Max-Age=0; SameSite=Strict; HttpOnly` }
        );
    }
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

/** The body as a JSON object (an empty body is {}); 400 for null, a list or a single value. */
export async function readJsonObject(request, shape) {
    const body = await readJsonBody(request);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new HttpError(400, { message: `Send a JSON object as the body: ${shape}.` });
    }
    return body;
}

/**
 * The value of one cookie, decoded; undefined when absent. Other cookies stay undecoded (other local apps share
 * localhost's cookies); a value of this one that is not valid percent-encoding is a 400 whose answer clears it.
 */
export function cookieValue(header = '', name) {
    for (const part of header.split(';')) {
        const [cookieName, ...value] = part.trim().split('=');
        if (cookieName === name) return decodeCookie(name, value.join('='));
    }
    return undefined;
}

/** The workbench headers a browser call carries (see src/platform/tracking.ts). */
export function trackingOf(request) {
    const header = (name) => {
        const value = request.headers[name];
        return typeof value === 'string' ? decodeOr400(value, `The ${name} header`) : null;
    };
    return {
        origin: header('x-workbench-origin') ?? 'external',
        pageLoad: header('x-workbench-page-load'),
        page: header('x-workbench-page'),
        actionId: header('x-workbench-action'),
        actionLabel: header('x-workbench-action-label')
    };
}
