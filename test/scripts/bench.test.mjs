// The pure parts of `npm run bench` (scripts/bench/): table formatting, manual-step summing, the
// report, the component tag for the time-to-interactive probe, and the cost-growth measurement on
// small dealerships (the org of spec/, no browser).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { citationsOf, stepClicks, summarizeManual } from '../../scripts/bench/manualSteps.mjs';
import { formatCount, formatMs, markdownTable, median } from '../../scripts/bench/table.mjs';
import { growthIsFlat, growthTable, growthVerdict, renderReport, scenarioRows } from '../../scripts/bench/report.mjs';
import { componentTag } from '../../scripts/bench/tti.mjs';
import { pageCalls } from '../../scripts/bench/runScenarios.mjs';
import { measureGrowth } from '../../scripts/bench/growth.mjs';

const PROCEDURE = {
    file: '000_x.txt',
    manualSteps: [
        { step: 'Hit "Log a Call"', lines: '43', clicks: 1 },
        { step: 'Subject (picklist)', lines: '45', clicks: 2 },
        { step: 'Status Completed', lines: '227; 229', clicks: 2 },
        { step: 'Counted as one click', lines: '229' },
        { step: 'Other procedure', lines: '12-14', clicks: 3, file: '002_y.txt' }
    ]
};

describe('bench: manual steps', () => {
    test('a step counts its clicks, or one click when it has none', () => {
        assert.equal(stepClicks({ step: 'a', lines: '1', clicks: 3 }), 3);
        assert.equal(stepClicks({ step: 'a', lines: '1', clicks: 0 }), 0);
        assert.equal(stepClicks({ step: 'a', lines: '1' }), 1);
        assert.throws(() => stepClicks({ step: 'a', lines: '1', clicks: 1.5 }), /whole number/);
        assert.throws(() => stepClicks({ step: 'a', lines: '1', clicks: -1 }), /whole number/);
    });

    test('the manual side sums the clicks and cites each line once, per procedure file', () => {
        assert.deepEqual(summarizeManual(PROCEDURE), {
            steps: 5,
            clicks: 9,
            citation: '000_x.txt:43,45,227,229; 002_y.txt:12-14'
        });
        assert.equal(citationsOf({ file: 'f', manualSteps: [{ step: 's', lines: 7 }] }), 'f:7');
        assert.throws(() => summarizeManual({ file: 'f', manualSteps: [] }), /manualSteps/);
    });
});

describe('bench: tables', () => {
    test('a markdown table pads columns, right-aligns numbers and escapes pipes', () => {
        const table = markdownTable(
            [
                { key: 'name', title: 'Name' },
                { key: 'n', title: 'N', align: 'right' }
            ],
            [
                { name: 'a|b', n: 5 },
                { name: 'long name', n: 12345 }
            ]
        );
        assert.equal(
            table,
            ['| Name      |     N |', '| --------- | ----: |', '| a\\|b      |     5 |', '| long name | 12345 |'].join(
                '\n'
            )
        );
    });

    test('numbers are formatted for reading', () => {
        assert.equal(formatMs(3.14159), '3.1 ms');
        assert.equal(formatMs(123.6), '124 ms');
        assert.equal(formatMs(undefined), 'n/a');
        assert.equal(formatCount(10000), '10,000');
        assert.equal(median([5, 1, 3]), 3);
        assert.equal(median([4, 1, 3, 2]), 2.5);
        assert.ok(Number.isNaN(median([])));
    });

    test('a component is recognised by its tag without hyphens, however the runtime hyphenates it', () => {
        assert.equal(componentTag('callWizard'), 'ccallwizard');
        assert.equal(componentTag('c/logACall'), 'clogacall');
        for (const tag of ['c-log-a-call', 'c-log-acall'])
            assert.equal(tag.replace(/-/g, ''), componentTag('logACall'));
    });

    test("only the page's calls count, by method", () => {
        const stats = {
            calls: [
                { kind: 'apex', name: 'C.claim', status: 200 },
                { kind: 'apex', name: 'C.open', status: 200, pageLoad: 'p1' },
                { kind: 'apex', name: 'C.save', status: 500, pageLoad: 'p1' },
                { kind: 'apex', name: 'C.save', status: 200, pageLoad: 'p1' },
                { kind: 'ui-api', name: 'getRecord x', status: 200, pageLoad: 'p1' }
            ]
        };
        assert.deepEqual(pageCalls(stats), { total: 3, failed: 1, byMethod: { 'C.open': 1, 'C.save': 2 }, uiApi: 1 });
    });

    test('a scenario row sets the measured effort beside the manual procedure', () => {
        const result = {
            id: 'x.one',
            component: 'x',
            title: 'One',
            procedure: PROCEDURE,
            effort: { clicks: 4, keystrokes: 2 },
            apex: { total: 2, failed: 0, byMethod: { 'C.open': 1, 'C.save': 1 }, uiApi: 0 },
            tti: { ms: 42.4 },
            error: null
        };
        const [row] = scenarioRows([result]);
        assert.deepEqual(row, {
            scenario: 'x: One (`x.one`)',
            clicks: 4,
            keys: 2,
            apex: 2,
            tti: '42 ms',
            manual: '9 (5)',
            saved: 5,
            lines: '000_x.txt:43,45,227,229; 002_y.txt:12-14',
            result: 'ok'
        });
        const failed = scenarioRows([{ ...result, error: 'boom', tti: null }])[0];
        assert.equal(failed.result, 'FAILED: boom');
        assert.equal(failed.tti, 'n/a');
        const report = renderReport({
            results: [result],
            growth: [growthRow(10, 200), growthRow(1000, 200)],
            runs: 3,
            generatedAt: '2026-11-23'
        });
        assert.match(report, /\| x: One \(`x\.one`\) \|/);
        assert.match(report, /Rows and queries do not grow from 10 to 1,000 contacts/);
        assert.match(report, /C\.open ×1, C\.save ×1/);
        assert.doesNotMatch(report, /## The Apex runtime/);
    });

    test('the report shows the Apex runtime run: tests per second and the replay time', () => {
        const report = renderReport({
            results: [],
            growth: [growthRow(10, 200)],
            runs: 1,
            generatedAt: '2026-11-23',
            apex: { methods: 340, passed: 330, failed: 0, expectedToFail: 10, wallSeconds: 20, replaySeconds: 8.25, replayClass: 'PlaybookVectorReplayTest' }
        });
        assert.match(report, /## The Apex runtime/);
        assert.match(report, /\| test methods per second \| 17\.0 \|/);
        assert.match(report, /\| the vector replay \(PlaybookVectorReplayTest\) \| 8\.3 s \|/);
    });
});

function growthRow(size, rows) {
    return {
        size,
        queries: 5,
        rows,
        selectors: { 'S.a': { calls: 1, queries: 1, rows } },
        medianMs: 1,
        contactsShown: 10,
        hasMoreContacts: true
    };
}

describe('bench: cost growth', () => {
    test('flatness compares the largest size with the smallest', () => {
        assert.equal(growthIsFlat([growthRow(10, 50), growthRow(100, 50)]), true);
        assert.equal(growthIsFlat([growthRow(10, 50), growthRow(100, 51)]), false);
        assert.match(growthTable([growthRow(10000, 7)]), /\| +10,000 \|/);
    });

    test('the verdict names the selectors that grow and says whether the cost levels off', () => {
        assert.match(growthVerdict([growthRow(10, 50), growthRow(100, 50)]), /do not grow from 10 to 100/);
        assert.equal(
            growthVerdict([growthRow(10, 14), growthRow(1000, 200), growthRow(10000, 200)]),
            'Rows grow from 14 to 200 between 10 and 10,000 contacts (S.a 14 -> 200 rows). From 1,000 contacts on the cost stays at 5 queries and 200 rows: every selector is at its limit.'
        );
        assert.match(growthVerdict([growthRow(10, 14), growthRow(1000, 200), growthRow(10000, 2000)]), /still grows/);
    });

    // The duplicate check reads at most 200 contacts, so a dealership of 10 fetches fewer rows than one
    // of 250; above that every selector is at its limit. Measured at 250 and 500 (both above the cap)
    // and at 10 (under it) to show where the bound sits.
    test('opening the Call Wizard fetches the same rows and queries whatever the size of the dealership', async () => {
        const growth = await measureGrowth({ sizes: [10, 250, 500], runs: 1 });
        const [small, capped, larger] = growth;
        assert.equal(larger.queries, capped.queries);
        assert.equal(larger.rows, capped.rows, 'rows do not grow from 250 to 500 contacts');
        assert.deepEqual(larger.selectors, capped.selectors);
        // Seven: the five reads of the context, the contact's latest score on another CLA case (the
        // survey-fatigue warning) and the managers who may agree to an early No Score (procedure 000, Step 4).
        assert.ok(capped.queries <= 7, `at most seven queries, got ${capped.queries}`);
        assert.ok(capped.rows < 250, `fewer rows than contacts, got ${capped.rows}`);
        assert.ok(small.rows <= capped.rows);
        for (const result of growth) {
            const page = result.selectors['ContactSelector.selectDealershipContactsPage'];
            assert.equal(page.queries, 1);
            assert.ok(page.rows <= 11, 'one page of contacts (page size + 1)');
            assert.ok(result.selectors['ContactSelector.selectContactsOfAccount'].rows <= 200);
            assert.equal(result.contactsShown, 10);
            assert.equal(result.hasMoreContacts, true);
        }
    });
});
