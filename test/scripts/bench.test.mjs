// The pure parts of `npm run bench` (scripts/bench/): table formatting, manual-step summing, the
// report, the component tag for the time-to-interactive probe, and the cost-growth measurement on
// small dealerships (the org of spec/, no browser).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { citationsOf, stepClicks, summarizeManual } from '../../scripts/bench/manualSteps.mjs';
import { formatCount, formatMs, markdownTable, median } from '../../scripts/bench/table.mjs';
import { growthIsFlat, growthTable, growthVerdict, keystrokeLevel, renderReport, scenarioRows } from '../../scripts/bench/report.mjs';
import { componentTag } from '../../scripts/bench/tti.mjs';
import { pageCalls } from '../../scripts/bench/runScenarios.mjs';
import { measureGrowth } from '../../scripts/bench/growth.mjs';
import { MUTATION_HEADING, mutationSectionOf, withMutationSection } from '../../scripts/bench/mutationSection.mjs';
import { Agent } from '../e2e/harness.mjs';
import { OPERATOR_SECONDS, checkedOperations, formatSeconds, manualOperators, operatorCounts, packageOperators, seconds } from '../../scripts/bench/klm.mjs';

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
            effort: {
                clicks: 4,
                keystrokes: 2,
                operations: [{ kind: 'click' }, { kind: 'choose' }, { kind: 'type', keys: 2 }, { kind: 'click' }]
            },
            apex: { total: 2, failed: 0, byMethod: { 'C.open': 1, 'C.save': 1 }, uiApi: 0 },
            tti: { ms: 42.4 },
            error: null
        };
        const [row] = scenarioRows([result]);
        assert.deepEqual(row, {
            scenario: 'x: One (`x.one`)',
            clicks: 4,
            keys: 2,
            // M P BB, M P BB P BB, H M K K, H M P BB: 4M 4P 8B 2H 2K = 5.4 + 4.4 + 0.8 + 0.8 + 0.56 s
            klm: '12.0 s',
            apex: 2,
            tti: '42 ms',
            manual: '9 (5)',
            // 5 M and 9 P BB = 6.75 + 9.9 + 1.8 s
            manualKlm: '18.4 s',
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
        assert.match(report, /\| Agent time \(KLM\) \|/);
        assert.match(report, /Card, Moran and Newell/);
        assert.match(report, /- `x\.one`: with the package 4M 4P 8B 2H 2K = 12\.0 s; by hand 5M 9P 18B = 18\.4 s/);
        const klm = keystrokeLevel(result);
        assert.ok(Math.abs(klm.packageSeconds - 11.96) < 1e-9 && Math.abs(klm.manualSeconds - 18.45) < 1e-9);
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

describe('bench: keystroke-level model', () => {
    test('the operator times are those of Card, Moran and Newell', () => {
        assert.deepEqual(OPERATOR_SECONDS, { K: 0.28, P: 1.1, B: 0.1, H: 0.4, M: 1.35 });
    });

    test('a click is M P BB; a two-click choice one M; a typed value one M and a K per key; H when the hand changes device', () => {
        assert.deepEqual(packageOperators([{ kind: 'click' }]), ['M', 'P', 'B', 'B']);
        assert.deepEqual(packageOperators([{ kind: 'choose' }]), ['M', 'P', 'B', 'B', 'P', 'B', 'B']);
        assert.deepEqual(packageOperators([{ kind: 'type', keys: 3 }, { kind: 'key' }, { kind: 'click' }]), [
            'H', 'M', 'K', 'K', 'K', 'M', 'K', 'H', 'M', 'P', 'B', 'B'
        ]);
        assert.deepEqual(packageOperators([]), []);
        assert.throws(() => packageOperators([{ kind: 'drag' }]), /unsupported: no keystroke-level operators for a "drag" operation/);
        assert.throws(() => packageOperators([{ kind: 'type', keys: 0 }]), /number of keys/);
    });

    test('by hand, each manual step is one M and a P BB per click; a reading step only the M', () => {
        assert.deepEqual(manualOperators(PROCEDURE.manualSteps.slice(0, 2), stepClicks), ['M', 'P', 'B', 'B', 'M', 'P', 'B', 'B', 'P', 'B', 'B']);
        assert.deepEqual(manualOperators([{ step: 'Read the last reviews', lines: '88', clicks: 0 }], stepClicks), ['M']);
    });

    test('a scenario without recorded operations, or with operations that disagree with its counts, fails', () => {
        const operations = [{ kind: 'choose' }, { kind: 'type', keys: 2 }, { kind: 'key' }];
        assert.equal(checkedOperations({ clicks: 2, keystrokes: 3, operations }), operations);
        assert.throws(() => checkedOperations({ clicks: 2, keystrokes: 3 }), /recorded no operations/);
        assert.throws(() => checkedOperations({ clicks: 3, keystrokes: 3, operations }), /2 clicks and 3 keys, the counts say 3 and 3/);
        assert.throws(() => checkedOperations({ clicks: 2, keystrokes: 2, operations }), /2 clicks and 3 keys, the counts say 2 and 2/);
        assert.throws(() => keystrokeLevel({ effort: { clicks: 1, keystrokes: 0 }, procedure: PROCEDURE }), /recorded no operations/);
        assert.throws(() => manualOperators([], stepClicks), /needs procedure.manualSteps/);
    });

    test('the harness Agent records one operation per decision, beside its counts', async () => {
        const pressed = [];
        const locator = {
            click: async () => {},
            pressSequentially: async () => {},
            fill: async () => {},
            locator: () => ({ first: () => locator })
        };
        const page = { keyboard: { press: async (key) => pressed.push(key) } };
        const agent = new Agent(page);
        await agent.click(locator);
        await agent.choose(locator, 'Claim');
        await agent.type(locator, '2026-12-06');
        await agent.writeFreeText(locator, 'Free text is left out');
        await agent.type(locator, '');
        await agent.press('Enter');
        const effort = agent.effort();
        assert.deepEqual(effort, {
            clicks: 3,
            keystrokes: 11,
            operations: [{ kind: 'click' }, { kind: 'choose' }, { kind: 'type', keys: 10 }, { kind: 'key' }]
        });
        assert.deepEqual(pressed, ['Enter']);
        assert.deepEqual(packageOperators(checkedOperations(effort)), [
            'M', 'P', 'B', 'B', 'M', 'P', 'B', 'B', 'P', 'B', 'B', 'H', 'M', ...Array(10).fill('K'), 'M', 'K'
        ]);
    });

    test('seconds add the operator times, and operator counts read as in the report', () => {
        assert.equal(formatSeconds(seconds(['M', 'P', 'B', 'B'])), '2.7 s');
        assert.equal(formatSeconds(seconds(['H', 'M', 'K', 'K'])), '2.3 s');
        assert.throws(() => seconds(['X']), /No time for the operator X/);
        assert.equal(operatorCounts(['M', 'P', 'B', 'B', 'H', 'K', 'K']), '1M 1P 2B 1H 2K');
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

describe('bench: the mutation section of docs/benchmark.md', () => {
    const report = '# Benchmark\n\nGenerated today.\n';
    const section = `${MUTATION_HEADING}\n\nScore 90 %.\n`;

    test('a rewrite keeps the section npm run mutate recorded, after the new report', () => {
        const previous = `# Benchmark\n\nGenerated yesterday.\n\n${section}`;
        assert.equal(mutationSectionOf(previous), section);
        assert.equal(withMutationSection(report, previous), `# Benchmark\n\nGenerated today.\n\n${section}`);
    });

    test('without an earlier section the report is written as it is', () => {
        assert.equal(mutationSectionOf('# Benchmark\n\nGenerated yesterday.\n'), '');
        assert.equal(withMutationSection(report, ''), report);
    });

    test('only the heading at the start of a line counts', () => {
        assert.equal(mutationSectionOf(`# Benchmark\n\nSee "${MUTATION_HEADING}" below.\n`), '');
    });
});
