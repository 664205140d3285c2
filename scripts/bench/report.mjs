// The benchmark report: the scenarios side by side with the manual procedure, and the cost growth
// of opening the Call Wizard. Pure functions of the measured results.
import { checkedOperations, formatSeconds, manualOperators, operatorCounts, packageOperators, seconds, OPERATOR_SECONDS } from './klm.mjs';
import { stepClicks, summarizeManual } from './manualSteps.mjs';
import { formatCount, formatMs, markdownTable } from './table.mjs';

const SCENARIO_COLUMNS = [
    { key: 'scenario', title: 'Scenario' },
    { key: 'clicks', title: 'Clicks', align: 'right' },
    { key: 'keys', title: 'Keys', align: 'right' },
    { key: 'klm', title: 'Agent time (KLM)', align: 'right' },
    { key: 'apex', title: 'Apex calls', align: 'right' },
    { key: 'tti', title: 'Time to interactive', align: 'right' },
    { key: 'manual', title: 'Manual clicks (steps)', align: 'right' },
    { key: 'manualKlm', title: 'Manual time (KLM)', align: 'right' },
    { key: 'saved', title: 'Clicks saved', align: 'right' },
    { key: 'lines', title: 'Procedure lines' },
    { key: 'result', title: 'Result' }
];

/** The keystroke-level operators of a scenario with the package and by hand (scripts/bench/klm.mjs). */
export function keystrokeLevel(result) {
    const withPackage = packageOperators(checkedOperations(result.effort));
    const byHand = manualOperators(result.procedure?.manualSteps ?? [], stepClicks);
    return { withPackage, byHand, packageSeconds: seconds(withPackage), manualSeconds: seconds(byHand) };
}

/** One row per scenario run. */
export function scenarioRows(results) {
    return results.map((result) => {
        const manual = summarizeManual(result.procedure);
        const klm = keystrokeLevel(result);
        return {
            scenario: `${result.component}: ${result.title} (\`${result.id}\`)`,
            clicks: result.effort.clicks,
            keys: result.effort.keystrokes,
            klm: formatSeconds(klm.packageSeconds),
            apex: result.apex.total,
            tti: result.tti ? formatMs(result.tti.ms) : 'n/a',
            manual: `${manual.clicks} (${manual.steps})`,
            manualKlm: formatSeconds(klm.manualSeconds),
            saved: manual.clicks - result.effort.clicks,
            lines: manual.citation,
            result: result.error ? `FAILED: ${result.error}` : 'ok'
        };
    });
}

export function scenarioTable(results) {
    return markdownTable(SCENARIO_COLUMNS, scenarioRows(results));
}

/** Apex calls by method, one line per scenario, for the details section. */
export function apexDetails(results) {
    return results
        .map((result) => {
            const methods = Object.entries(result.apex.byMethod)
                .map(([name, count]) => `${name} ×${count}`)
                .join(', ');
            return `- \`${result.id}\`: ${methods || 'none'}${result.apex.failed ? ` (${result.apex.failed} answered with an error)` : ''}`;
        })
        .join('\n');
}

/** The operators behind each scenario's keystroke-level times, one line per scenario. */
export function keystrokeLevelDetails(results) {
    return results
        .map((result) => {
            const klm = keystrokeLevel(result);
            return `- \`${result.id}\`: with the package ${operatorCounts(klm.withPackage) || 'none'} = ${formatSeconds(klm.packageSeconds)}; by hand ${operatorCounts(klm.byHand)} = ${formatSeconds(klm.manualSeconds)}`;
        })
        .join('\n');
}

/** Selector columns: every selector any size called, "rows / queries". */
export function growthTable(growth) {
    const selectors = [...new Set(growth.flatMap((result) => Object.keys(result.selectors)))].sort();
    const columns = [
        { key: 'size', title: 'Contacts with CLA cases', align: 'right' },
        { key: 'queries', title: 'Queries', align: 'right' },
        { key: 'rows', title: 'Rows', align: 'right' },
        ...selectors.map((name) => ({ key: name, title: `${name} rows (queries)`, align: 'right' })),
        { key: 'shown', title: 'Contacts shown', align: 'right' },
        { key: 'ms', title: 'Median time', align: 'right' }
    ];
    const rows = growth.map((result) => {
        const row = {
            size: formatCount(result.size),
            queries: result.queries,
            rows: result.rows,
            shown: `${result.contactsShown}${result.hasMoreContacts ? ' + Show more' : ''}`,
            ms: formatMs(result.medianMs)
        };
        for (const name of selectors) {
            const usage = result.selectors[name];
            row[name] = usage ? `${usage.rows} (${usage.queries})` : '-';
        }
        return row;
    });
    return markdownTable(columns, rows);
}

/**
 * What the growth table says: which selectors fetch more at the largest size than at the smallest,
 * and whether the two largest sizes cost the same (every selector at its limit).
 */
export function growthVerdict(growth) {
    const first = growth[0];
    const last = growth.at(-1);
    const previous = growth.length > 1 ? growth.at(-2) : null;
    const grown = Object.keys(last.selectors)
        .filter((name) => {
            const [from, to] = [first.selectors[name] ?? { rows: 0, queries: 0 }, last.selectors[name]];
            return to.rows > from.rows || to.queries > from.queries;
        })
        .map((name) => `${name} ${first.selectors[name]?.rows ?? 0} -> ${last.selectors[name].rows} rows`);
    if (growthIsFlat(growth)) {
        return `Rows and queries do not grow from ${formatCount(first.size)} to ${formatCount(last.size)} contacts: every selector has a limit.`;
    }
    const bounded =
        previous && last.rows === previous.rows && last.queries === previous.queries
            ? `From ${formatCount(previous.size)} contacts on the cost stays at ${last.queries} queries and ${last.rows} rows: every selector is at its limit.`
            : '**The cost still grows at the largest size: a selector has no limit.**';
    return `Rows grow from ${first.rows} to ${last.rows} between ${formatCount(first.size)} and ${formatCount(last.size)} contacts (${grown.join('; ')}). ${bounded}`;
}

/** True when no selector fetches more rows or makes more queries at the largest size than at the smallest. */
export function growthIsFlat(growth) {
    const [first, last] = [growth[0], growth.at(-1)];
    return last.queries <= first.queries && last.rows <= first.rows;
}

function apexSection(apex) {
    if (!apex) return [];
    const testsPerSecond = apex.methods / apex.wallSeconds;
    return [
        '## The Apex runtime',
        '',
        "One `npm run apex:test` (every Apex test method of the package, the conformance vector replay included, on the offline Apex runtime over the in-memory org), timed from outside: bundling, parsing (from the parse cache when it is warm) and org set-up included.",
        '',
        '| measure | value |',
        '| --- | ---: |',
        `| test methods run | ${apex.methods} (${apex.passed} passed, ${apex.failed} failed, ${apex.expectedToFail} expected to fail) |`,
        `| whole run | ${apex.wallSeconds.toFixed(1)} s |`,
        `| worker threads | ${apex.workers ?? 1} |`,
        ...(apex.load ? [`| load average (1 min) before / after | ${apex.load.map((value) => value.toFixed(1)).join(' / ')} |`] : []),
        `| test methods per second | ${testsPerSecond.toFixed(1)} |`,
        `| the vector replay (${apex.replayClass}) | ${apex.replaySeconds === null ? 'not run' : `${apex.replaySeconds.toFixed(1)} s`} |`,
        ''
    ];
}

export function renderReport({ results, growth, runs, generatedAt, environment, apex }) {
    const failed = results.filter((result) => result.error);
    const lines = [
        '# Benchmark: agent effort and cost growth',
        '',
        `Generated by \`npm run bench\` (scripts/bench.mjs) on ${generatedAt}${environment ? `, ${environment}` : ''}. Do not edit by hand: run it again.`,
        '',
        '## Effort per scenario: the workbench against the manual procedure',
        '',
        'Each row is one scenario of `test/e2e/scenarios/*.mjs`, run in the workbench from a fresh reset to the saved result.',
        '',
        '- **Clicks** and **Keys**: what the harness `Agent` counted while the scenario ran (free text such as notes and names is typed but not counted: it is the same in both UIs).',
        "- **Apex calls**: the page's calls to the server during the scenario (GET /api/stats), including the other components on the page (the contract warning in the case header makes one when the case page loads). A scenario's own setup through the API is not counted.",
        '- **Time to interactive**: from the click that opened the component (or the page load, for a page component) to the first moment one of its inputs is usable, measured in the page. Local, in-memory server: it shows the client-side cost, not the network.',
        "- **Manual clicks (steps)**: the sum of the scenario's `procedure.manualSteps`, the checklist items the procedure requires in the standard Salesforce UI for the same outcome (counting rule in each scenario file's header), with the procedure lines they cite.",
        `- **Agent time (KLM)** and **Manual time (KLM)**: the agent's time by the keystroke-level model of Card, Moran and Newell ("The Keystroke-Level Model for User Performance Time with Interactive Systems", Communications of the ACM 23(7), 1980, Figure 1; The Psychology of Human-Computer Interaction, 1983, chapter 8), with the package from the operations the harness recorded, by hand from the manual steps. Operators: K ${OPERATOR_SECONDS.K} s (average non-secretary typist), P ${OPERATOR_SECONDS.P} s (point with the mouse), B ${OPERATOR_SECONDS.B} s (button press or release; a click is BB), H ${OPERATOR_SECONDS.H} s (home the hand on the other device), M ${OPERATOR_SECONDS.M} s (mental preparation). One M per command the agent chooses (rule 0); none between pointing and its click (rule 1); one for a two-click choice or a typed value (rule 2); H when the next operation uses the other device. By hand, each manual step is one M and a P BB per click. Free text and the system's response are left out on both sides. Computed by scripts/bench/klm.mjs.`,
        '',
        scenarioTable(results),
        '',
        failed.length
            ? `**${failed.length} scenario(s) failed**; their numbers are partial.`
            : `All ${results.length} scenarios saved their result.`,
        '',
        '### Apex calls by method',
        '',
        apexDetails(results),
        '',
        '### Keystroke-level operators',
        '',
        keystrokeLevelDetails(results),
        '',
        ...apexSection(apex),
        '## Cost growth: opening the Call Wizard on a large dealership',
        '',
        `\`CallWizardController.getCallContext\` on a CLA case at a dealership with N more contacts, each with a CLA case, in the in-memory org of \`spec/\` (built with createProjectOrg, loadSampleData and db.insert in SYSTEM_MODE, no browser). Queries and rows are the org's Limits counters for the call, and per selector (every exported select* function of spec/selectors wrapped while measuring). Time is the median of ${runs} calls of the TypeScript specification on this machine: it grows with the in-memory scan, which says nothing about Salesforce's indexed queries; the rows and queries are the measure that carries over to Apex.`,
        '',
        growthTable(growth),
        '',
        growthVerdict(growth),
        ''
    ];
    return lines.join('\n');
}
