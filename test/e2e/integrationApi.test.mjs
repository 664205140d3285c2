// The workbench API behind procedure 004's shell controls, without a browser: the clock control (moves
// the org's time forward only, within a bound), the daily job, the integration case lists (My Open
// Created Cases by the Created_By_Me__c formula, My Integration Cases by ownership), the New Case
// stand-in (refuses a blank subject, writing nothing) and the notification tray.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from './harness.mjs';

describe('workbench API: integration cases', () => {
    let session;
    let api;

    before(async () => {
        session = await startSession({ withBrowser: false });
        api = session.api;
    });

    after(async () => {
        await session?.close();
    });

    test('the clock moves forward by whole minutes up to 60 days, never back, and resets to now', async () => {
        await api('POST', '/api/clock/reset');
        const start = (await api('GET', '/api/clock')).body;
        assert.equal(start.offsetMinutes, 0);
        for (const minutes of [0, -60, 1.5, 60 * 24 * 60 + 1, 'ten']) {
            const refused = await api('POST', '/api/clock/advance', { minutes });
            assert.equal(refused.status, 400, `minutes ${minutes}`);
            assert.match(refused.body.message, /whole number from 1 to 86400: the clock only moves forward/);
        }
        const moved = (await api('POST', '/api/clock/advance', { minutes: 48 * 60 })).body;
        assert.equal(moved.offsetMinutes, 48 * 60);
        const elapsed = Date.parse(moved.now) - Date.parse(start.now);
        assert.ok(elapsed >= 48 * 3_600_000 && elapsed < 49 * 3_600_000, `moved ${elapsed} ms`);
        assert.equal((await api('POST', '/api/clock/reset')).body.offsetMinutes, 0);
    });

    test('the lists: My Open Created Cases holds the cases the agent created, My Integration Cases the ones they own', async () => {
        await api('POST', '/api/reset');
        const agent = session.userId('agent');
        const created = await api('GET', '/api/workbench/integration-cases?view=created', undefined, { asUser: agent });
        assert.equal(created.status, 200);
        assert.ok(created.body.length >= 10, `sample integration cases at each stage: ${created.body.length}`);
        assert.ok(created.body.some((row) => row.overdue), 'some are overdue');
        const cases = new Map((await api('GET', '/api/records?sobject=Case')).body.map((record) => [record.Id, record]));
        for (const row of created.body) {
            assert.equal(cases.get(row.id).CreatedById, agent);
            assert.equal(cases.get(row.id).IsClosed, false);
        }
        const other = await api('GET', '/api/workbench/integration-cases?view=created', undefined, { asUser: session.userId('otherAgent') });
        assert.deepEqual(other.body, [], 'the other agent created none');
        const mine = await api('GET', '/api/workbench/integration-cases?view=mine', undefined, { asUser: session.userId('otherAgent') });
        for (const row of mine.body) assert.equal(cases.get(row.id).OwnerId, session.userId('otherAgent'));
        const unknown = await api('GET', '/api/workbench/integration-cases?view=all', undefined, { asUser: agent });
        assert.equal(unknown.status, 400);
    });

    test('New Case refuses a blank subject and writes nothing; a saved case goes to the Integrations queue with its first clock', async () => {
        await api('POST', '/api/reset');
        const agent = session.userId('agent');
        const before = (await api('GET', '/api/records?sobject=Case')).body.length;
        const blank = await api('POST', '/api/workbench/integration-cases', { subject: '  ' }, { asUser: agent });
        assert.equal(blank.status, 400);
        assert.equal(blank.body.message, 'Give the new case a subject.');
        assert.equal((await api('GET', '/api/records?sobject=Case')).body.length, before);

        const saved = await api('POST', '/api/workbench/integration-cases', { subject: 'Parts feed stalled' }, { asUser: agent });
        assert.equal(saved.status, 201);
        const record = (await api('GET', '/api/records?sobject=Case')).body.find((row) => row.Id === saved.body.id);
        const queue = (await api('GET', '/api/records?sobject=Group')).body.find((group) => group.DeveloperName === 'Integrations');
        assert.equal(record.OwnerId, queue.Id);
        assert.equal(record.CreatedById, agent);
        assert.ok(record.First_Comment_Due__c, 'the 48-hour clock is stamped at creation');
    });

    test('the daily job, run after the clock moved past a due time, notifies the owner once; a second run sends nothing', async () => {
        await api('POST', '/api/reset');
        await api('POST', '/api/clock/advance', { minutes: 3 * 24 * 60 });
        try {
            const first = (await api('POST', '/api/jobs/integration-monitor')).body;
            assert.ok(first.notified > 0, JSON.stringify(first));
            assert.equal(first.failed, 0);
            const second = (await api('POST', '/api/jobs/integration-monitor')).body;
            assert.equal(second.notified, 0, 'notified once');
            const tray = await api('GET', '/api/workbench/notifications', undefined, { asUser: session.userId('otherAgent') });
            assert.equal(tray.status, 200);
            assert.ok(tray.body.every((message) => message.to === session.userId('otherAgent')));
        } finally {
            await api('POST', '/api/clock/reset');
        }
    });
});
