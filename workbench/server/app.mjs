// The workbench HTTP server: the page, the bundle and design-system assets, and the API the
// browser runtime and the tests use. Binds to loopback only, answers only its own origin
// (requestGuard.mjs), and answers malformed input with 400.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { distRoot, designSystemRoot } from '../build/paths.mjs';
import { cookieValue, decodeOr400, HttpError, readJsonObject, sendJson, trackingOf } from './httpUtil.mjs';
import { guardRequest, SECURITY_HEADERS } from './requestGuard.mjs';
import { serveFile } from './staticFiles.mjs';
import { renderPage } from './page.mjs';
import { CallStats } from './stats.mjs';
import { recordRepresentation } from './uiApi.mjs';
import { apexErrorBody } from './apexErrors.mjs';
import { QUEUE_VIEWS, queueRows } from './queue.mjs';
import { activitiesOf, relatedListsOf } from './relatedRecords.mjs';

const USER_COOKIE = 'workbench_user';

/**
 * @param {object} options
 * @param {import('./orgGateway.mjs').OrgGateway} options.org the in-memory org behind the workbench
 * @param {ReturnType<typeof import('./controllers.mjs').loadControllers>} options.controllers `Class.method` -> controller
 */
export function createWorkbenchServer({ org, controllers, log = () => {} }) {
    const stats = new CallStats();

    function runningUserOf(request) {
        const requested = cookieValue(request.headers.cookie, USER_COOKIE);
        return org.users().some((user) => user.id === requested) ? requested : org.defaultUserId();
    }

    async function apex(request, response, name) {
        const tracking = trackingOf(request);
        const started = Date.now();
        const controller = controllers.lookup(name);
        const { params = {} } = await readJsonObject(request, '{ "params": { ... } }');
        if (params !== null && (typeof params !== 'object' || Array.isArray(params))) {
            throw new HttpError(400, { message: 'Send params as a JSON object: { "params": { "request": { ... } } }.' });
        }
        const userId = runningUserOf(request);
        let status = 200;
        let body;
        let limits = null;
        if (!controller) {
            status = 404;
            body = {
                message: `No TypeScript controller implements ${name} (spec/controllers/registry.ts)`,
                exceptionType: 'System.UnexpectedException'
            };
        } else {
            try {
                const outcome = org.invoke(userId, controller.className, () => controller.handler(params ?? {}));
                body = outcome.result ?? null;
                limits = outcome.limits ?? null;
            } catch (error) {
                status = 500;
                body = apexErrorBody(error);
                limits = error?.workbenchLimits ?? null;
                if (body.exceptionType !== 'System.AuraHandledException')
                    log(`${name} failed: ${error?.stack ?? error}`);
            }
        }
        stats.record({ kind: 'apex', name, ...tracking, status, ms: Date.now() - started, limits });
        sendJson(response, status, body);
    }

    function uiApiRecord(request, response, recordId, query) {
        const tracking = trackingOf(request);
        let status = 200;
        let body;
        try {
            body = recordRepresentation(org, runningUserOf(request), recordId, query);
        } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            status = error.status;
            body = error.body;
        }
        stats.record({ kind: 'ui-api', name: `getRecord ${recordId}`, ...tracking, status });
        sendJson(response, status, body);
    }

    function page(request, response) {
        const html = renderPage({ runningUserId: runningUserOf(request), users: org.users() });
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(html);
    }

    async function route(request, response) {
        const url = new URL(request.url, 'http://localhost');
        const { pathname } = url;
        const method = request.method;
        if (method === 'GET' && pathname === '/') {
            response.writeHead(302, {
                Location: `/lightning/o/Case/list?filterName=Team_Loyalty${url.search ? `&${url.search.slice(1)}` : ''}`
            });
            return response.end();
        }
        if (method === 'GET' && pathname.startsWith('/lightning/')) return page(request, response);
        if (method === 'GET' && pathname === '/favicon.ico') {
            response.writeHead(204);
            return response.end();
        }
        if (method === 'GET' && pathname === '/app.js') {
            if (serveFile(response, distRoot, 'app.js')) return;
            throw new HttpError(503, { message: 'workbench/dist/app.js is missing: run node workbench/build.mjs' });
        }
        if (method === 'GET' && pathname.startsWith('/assets/')) {
            if (
                serveFile(
                    response,
                    join(designSystemRoot, 'assets'),
                    decodeOr400(pathname.slice('/assets/'.length), 'The asset path')
                )
            )
                return;
            throw new HttpError(404, { message: 'No such asset' });
        }
        const apexMatch = pathname.match(/^\/api\/apex\/([A-Za-z_]\w*\.[A-Za-z_]\w*)$/);
        if (method === 'POST' && apexMatch) return apex(request, response, apexMatch[1]);
        const recordMatch = pathname.match(/^\/api\/ui-api\/records\/([A-Za-z0-9]{15,18})$/);
        if (method === 'GET' && recordMatch) return uiApiRecord(request, response, recordMatch[1], url.searchParams);

        const userId = runningUserOf(request);
        if (method === 'GET' && pathname === '/api/records') {
            const sobject = url.searchParams.get('sobject');
            if (!sobject || !org.objectNames().includes(sobject)) {
                throw new HttpError(400, { message: `Give ?sobject= one of ${org.objectNames().join(', ')}` });
            }
            return sendJson(response, 200, org.records(sobject));
        }
        if (method === 'GET' && pathname === '/api/sobjects') return sendJson(response, 200, org.objectNames());
        if (method === 'GET' && pathname === '/api/users')
            return sendJson(response, 200, { runningUserId: userId, users: org.users() });
        if (method === 'POST' && pathname === '/api/session/user') {
            const { userId: requested } = await readJsonObject(request, '{ "userId": "005..." }');
            if (!org.users().some((user) => user.id === requested))
                throw new HttpError(400, { message: 'No workbench user has that Id: choose one of GET /api/users.' });
            response.setHeader(
                'Set-Cookie',
                `${USER_COOKIE}=${encodeURIComponent(requested)}; Path=/; SameSite=Strict; HttpOnly`
            );
            return sendJson(response, 200, { runningUserId: requested });
        }
        if (method === 'POST' && pathname === '/api/reset') {
            org.reset();
            stats.reset();
            return sendJson(response, 200, { reset: true });
        }
        if (method === 'POST' && pathname === '/api/fail-next') {
            org.failNextCall();
            return sendJson(response, 200, { armed: true });
        }
        if (method === 'GET' && pathname === '/api/stats') return sendJson(response, 200, stats.summary());
        if (method === 'POST' && pathname === '/api/stats/reset') {
            stats.reset();
            return sendJson(response, 200, { reset: true });
        }
        if (method === 'GET' && pathname === '/api/workbench/queue') {
            const view = url.searchParams.get('filterName') ?? 'Team_Loyalty';
            if (!QUEUE_VIEWS.includes(view)) throw new HttpError(400, { message: `Give ?filterName= one of ${QUEUE_VIEWS.join(', ')}` });
            stats.record({ kind: 'shell', origin: 'shell' });
            return sendJson(response, 200, queueRows(org, view));
        }
        if (method === 'GET' && pathname === '/api/workbench/activities') {
            stats.record({ kind: 'shell', origin: 'shell' });
            return sendJson(response, 200, activitiesOf(org, url.searchParams.get('recordId')));
        }
        if (method === 'GET' && pathname === '/api/workbench/related') {
            stats.record({ kind: 'shell', origin: 'shell' });
            return sendJson(response, 200, relatedListsOf(org, url.searchParams.get('recordId')));
        }
        throw new HttpError(404, { message: `No route for ${method} ${pathname}` });
    }

    async function answer(request, response) {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        guardRequest(request);
        await route(request, response);
    }

    return createServer((request, response) => {
        answer(request, response).catch((error) => {
            if (error instanceof HttpError) return sendJson(response, error.status, error.body, error.headers);
            log(`${request.method} ${request.url}: ${error?.stack ?? error}`);
            if (!response.headersSent) sendJson(response, 500, { message: String(error?.message ?? error) });
            else response.end();
        });
    });
}
