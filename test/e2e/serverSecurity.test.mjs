// The workbench server as an attack surface (security review, finding 1 and 9): it answers only requests addressed
// to its own origin (Host, Origin, a JSON content type on writes), answers malformed input with 400 and a message,
// never 500, and sends the security headers on every answer; in the browser its Content-Security-Policy blocks
// nothing the workbench itself needs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { browserSuite, startSession, waitForQueue, waitForRecordPage } from './harness.mjs';
import { CONTENT_SECURITY_POLICY } from '../../workbench/server/requestGuard.mjs';

/* global window, document */

/** A request with full control of its headers (fetch sets Host and Origin itself). */
function raw(port, method, path, { headers = {}, body } = {}) {
    return new Promise((resolve, reject) => {
        const outgoing = httpRequest(
            { host: '127.0.0.1', port, method, path, headers: { Host: `localhost:${port}`, ...headers } },
            (response) => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let json = null;
                    try {
                        json = text ? JSON.parse(text) : null;
                    } catch {
                        json = null;
                    }
                    resolve({ status: response.statusCode, headers: response.headers, text, json });
                });
            }
        );
        outgoing.on('error', reject);
        if (body !== undefined) outgoing.write(body);
        outgoing.end();
    });
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
const EVIL = 'http://evil.example';

describe('workbench server: only its own origin, 400 for malformed input, security headers', () => {
    let session;
    let port;
    let caseOfBackOffice;
    let backOfficeQueueId;

    const caseRecord = async (id) => (await session.api('GET', '/api/records?sobject=Case')).body.find((record) => record.Id === id);

    before(async () => {
        session = await startSession({ withBrowser: false });
        port = Number(new URL(session.baseUrl).port);
        const cases = (await session.api('GET', '/api/records?sobject=Case')).body;
        caseOfBackOffice = cases.find((record) => !record.IsClosed);
        assert.ok(caseOfBackOffice, 'the sample data has an open case');
        const groups = (await session.api('GET', '/api/records?sobject=Group')).body;
        backOfficeQueueId = groups.find((group) => group.DeveloperName === 'Back_Office')?.Id;
    });

    after(async () => {
        await session?.close();
    });

    test('a cross-site text/plain POST can neither reset the data nor run an Apex write', async () => {
        const assign = JSON.stringify({ params: { request: { requestKey: 'csrf-1', caseId: caseOfBackOffice.Id } } });
        for (const headers of [
            { Origin: EVIL, 'Content-Type': 'text/plain' },
            { 'Content-Type': 'text/plain' },
            { Origin: EVIL, ...JSON_TYPE }
        ]) {
            const write = await raw(port, 'POST', '/api/apex/ContractWarningController.assignToBackOffice', { headers, body: assign });
            assert.ok([403, 415].includes(write.status), `${JSON.stringify(headers)}: ${write.status} ${write.text}`);
            assert.match(write.json.message, /another site|Content-Type: application\/json/);
        }
        const after = await caseRecord(caseOfBackOffice.Id);
        assert.equal(after.OwnerId, caseOfBackOffice.OwnerId, 'the case was not reassigned');
        if (backOfficeQueueId) assert.notEqual(after.OwnerId, backOfficeQueueId);
        const requests = (await session.api('GET', '/api/records?sobject=Playbook_Request__c')).body;
        assert.equal(requests.filter((record) => record.Key__c === 'csrf-1').length, 0, 'no request stored');

        const reset = await raw(port, 'POST', '/api/reset', { headers: { Origin: EVIL, 'Content-Type': 'text/plain' }, body: '{}' });
        assert.equal(reset.status, 403);
        const armed = await raw(port, 'POST', '/api/fail-next', { headers: { Origin: EVIL, ...JSON_TYPE }, body: '{}' });
        assert.equal(armed.status, 403);
        const read = await session.api('POST', '/api/apex/ContractWarningController.getContractStatus', {
            params: { request: { caseId: caseOfBackOffice.Id } }
        });
        assert.equal(read.status, 200, 'the next call was not armed to fail');
    });

    test('a request under another host name is refused, as a DNS-rebinding page would send it', async () => {
        const rebound = await raw(port, 'GET', '/api/records?sobject=User', { headers: { Host: `evil.example:${port}` } });
        assert.equal(rebound.status, 403);
        assert.match(rebound.json.message, /answers only requests addressed to http:\/\/localhost:\d+ or http:\/\/127\.0\.0\.1:\d+/);
        assert.doesNotMatch(rebound.text, /Username/);
        const otherPort = await raw(port, 'GET', '/api/users', { headers: { Host: `localhost:${port + 1}` } });
        assert.equal(otherPort.status, 403);
        for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
            assert.equal((await raw(port, 'GET', '/api/users', { headers: { Host: host } })).status, 200, host);
        }
    });

    test('its own pages may write: a same-origin POST with JSON is answered', async () => {
        for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
            const answer = await raw(port, 'POST', '/api/stats/reset', { headers: { Origin: origin, ...JSON_TYPE }, body: '{}' });
            assert.equal(answer.status, 200, origin);
        }
        assert.equal((await raw(port, 'PUT', '/api/reset', { headers: JSON_TYPE, body: '{}' })).status, 405);
    });

    test('malformed input gets 400 and a message, never 500', async () => {
        const apex = '/api/apex/LogReviewController.getReviewContext';
        const cases = [
            ['POST', apex, { headers: JSON_TYPE, body: 'null' }, /Send a JSON object as the body: \{ "params"/],
            ['POST', apex, { headers: JSON_TYPE, body: '[]' }, /Send a JSON object/],
            ['POST', apex, { headers: JSON_TYPE, body: '"text"' }, /Send a JSON object/],
            ['POST', apex, { headers: JSON_TYPE, body: '{"params":[1]}' }, /Send params as a JSON object/],
            ['POST', apex, { headers: JSON_TYPE, body: '{"params":' }, /Request body is not JSON/],
            ['POST', '/api/session/user', { headers: JSON_TYPE, body: 'null' }, /Send a JSON object as the body: \{ "userId"/],
            ['POST', '/api/session/user', { headers: JSON_TYPE, body: '{"userId":"<script>"}' }, /No workbench user has that Id/],
            ['GET', '/api/users', { headers: { Cookie: 'workbench_user=%E0%A4%A' } }, /workbench_user cookie is not valid percent-encoding, so it was cleared; reload the page/],
            ['POST', apex, { headers: { ...JSON_TYPE, 'X-Workbench-Page': '%E0%A4%A' }, body: '{}' }, /x-workbench-page header is not valid percent-encoding/],
            ['GET', '/assets/%E0%A4%A', {}, /asset path is not valid percent-encoding/]
        ];
        for (const [method, path, options, message] of cases) {
            const answer = await raw(port, method, path, options);
            assert.equal(answer.status, 400, `${method} ${path} ${options.body ?? JSON.stringify(options.headers)}: ${answer.text}`);
            assert.match(answer.json.message, message);
        }
        const badCookie = await raw(port, 'GET', '/api/users', { headers: { Cookie: 'workbench_user=%E0%A4%A' } });
        assert.match(String(badCookie.headers['set-cookie']), /^workbench_user=; Path=\/; Max-Age=0/);
        const foreignCookie = await raw(port, 'GET', '/api/users', { headers: { Cookie: 'other_app=%E0%A4%A' } });
        assert.equal(foreignCookie.status, 200, "another local app's cookie is none of the workbench's business");
    });

    test('every answer carries the security headers: the page, JSON, an asset, a redirect, a refusal', async () => {
        for (const [path, headers] of [
            ['/lightning/o/Case/list', {}],
            ['/api/users', {}],
            ['/assets/styles/salesforce-lightning-design-system.min.css', {}],
            ['/', {}],
            ['/api/no-such-route', {}],
            ['/api/users', { Host: 'evil.example' }]
        ]) {
            const answer = await raw(port, 'GET', path, { headers });
            assert.equal(answer.headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
            assert.match(answer.headers['content-security-policy'], /frame-ancestors 'none'/);
            assert.equal(answer.headers['x-content-type-options'], 'nosniff', path);
            assert.equal(answer.headers['x-frame-options'], 'DENY', path);
            assert.equal(answer.headers['referrer-policy'], 'no-referrer', path);
        }
    });
});

describe('workbench in the browser under its Content-Security-Policy', browserSuite, () => {
    let session;

    before(async () => {
        session = await startSession();
    });

    after(async () => {
        await session?.close();
    });

    test('the queue, a case page and the Call Wizard load and work with no policy violation', async () => {
        const { page, context } = await session.newPage('about:blank');
        try {
            await page.addInitScript(() => {
                window.__violations = [];
                document.addEventListener('securitypolicyviolation', (event) =>
                    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`)
                );
            });
            await page.goto('/lightning/o/Case/list?filterName=Team_Loyalty');
            await waitForQueue(page);
            await page.locator('wb-queue-page tr.queue-row a').first().click();
            await waitForRecordPage(page);
            await page.getByRole('button', { name: 'Call Wizard', exact: true }).click();
            await page.locator('c-call-wizard').getByText(/Claim this case|Attempt/).first().waitFor();
            assert.deepEqual(await page.evaluate(() => window.__violations), []);
            assert.deepEqual(page.errors, []);
        } finally {
            await context.close();
        }
    });
});
