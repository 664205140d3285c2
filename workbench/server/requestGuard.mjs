// What the workbench server checks before it routes a request, and the headers every answer carries. The server
// binds to loopback, but any web page the developer visits can still send it requests, and a DNS-rebinding page can
// read its answers under another host name. So it answers only requests addressed to its own origin:
// - Host must be localhost:<port> or 127.0.0.1:<port> (a rebinding page's requests carry its own host name);
// - an Origin header, when present, must be that origin too (browsers send it on every cross-origin request and on
//   same-origin POSTs; scripts and the tests send none);
// - writes (POST) must be `Content-Type: application/json`: a cross-site page can only send JSON after a CORS
//   preflight, which this server never grants, so a form or a text/plain POST can no longer reset the data or run
//   an Apex write.
import { HttpError } from './httpUtil.mjs';

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1'];

/**
 * The policy fits the page (workbench/server/page.mjs): the bundle and the design system come from this server;
 * styles may be inline, because the page has one <style> and synthetic shadow inserts each component's styles as
 * <style> elements; the SLDS stylesheet uses data: URLs; nothing may frame the page.
 */
export const CONTENT_SECURITY_POLICY = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'"
].join('; ');

export const SECURITY_HEADERS = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin'
};

/** The origins this server answers to: its loopback names on the port the request came in on. */
export function ownOrigins(port) {
    return LOOPBACK_HOSTS.map((host) => `http://${host}:${port}`);
}

function isJson(contentType) {
    return typeof contentType === 'string' && contentType.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** Throws an HttpError (403 or 415) for a request the server does not answer. */
export function guardRequest(request) {
    const port = request.socket.localPort;
    const origins = ownOrigins(port);
    const host = String(request.headers.host ?? '').toLowerCase();
    if (!origins.some((origin) => origin === `http://${host}`)) {
        throw new HttpError(403, {
            message: `This workbench answers only requests addressed to ${origins.join(' or ')}; open it at one of those addresses.`
        });
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !origins.includes(String(origin).toLowerCase())) {
        throw new HttpError(403, {
            message: `Requests from another site are refused: this workbench accepts only pages of ${origins.join(' or ')}.`
        });
    }
    if (request.method !== 'GET' && request.method !== 'POST') {
        throw new HttpError(405, { message: `The workbench answers GET and POST, not ${request.method}.` });
    }
    if (request.method === 'POST' && !isJson(request.headers['content-type'])) {
        throw new HttpError(415, { message: 'Send the request body as JSON, with the header Content-Type: application/json.' });
    }
}
