// Runs every scenario of test/e2e/scenarios/*.mjs in one workbench session and measures, per
// scenario: the agent's clicks and keystrokes (counted by the harness Agent while it runs), the Apex
// calls the page made (GET /api/stats; calls without a page load are the scenario's own setup), and
// the component's time to interactive (scripts/bench/tti.mjs).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../workbench/build/paths.mjs';
import { componentTag, ttiProbe } from './tti.mjs';

export const SCENARIO_DIR = join(projectRoot, 'test', 'e2e', 'scenarios');

/** Every scenario of every library file, in file order, with the file it came from. */
export async function loadScenarios(dir = SCENARIO_DIR) {
    const files = readdirSync(dir)
        .filter((file) => file.endsWith('.mjs'))
        .sort();
    const scenarios = [];
    for (const file of files) {
        const library = await import(pathToFileURL(join(dir, file)).href);
        for (const scenario of library.scenarios ?? [])
            scenarios.push({ ...scenario, run: scenario.run, library: file });
    }
    return scenarios;
}

/** Apex calls the page made, by method: { total, byMethod: { 'Class.method': n }, uiApi }. */
export function pageCalls(stats) {
    const fromPage = stats.calls.filter((call) => call.pageLoad);
    const apex = fromPage.filter((call) => call.kind === 'apex');
    const byMethod = {};
    for (const call of apex) byMethod[call.name] = (byMethod[call.name] ?? 0) + 1;
    return {
        total: apex.length,
        failed: apex.filter((call) => call.status !== 200).length,
        byMethod,
        uiApi: fromPage.filter((call) => call.kind === 'ui-api').length
    };
}

/** Runs one scenario in a fresh browser context; never throws (a failure is in `error`). */
export async function runScenario(session, scenario, { timeoutMs = 20_000 } = {}) {
    const { page, agent, context } = await session.newPage('about:blank');
    page.setDefaultTimeout(timeoutMs);
    const reports = [];
    await page.exposeFunction('__benchTtiReport', (report) => reports.push(report));
    await page.addInitScript(ttiProbe, componentTag(scenario.component));
    await session.api('POST', '/api/reset');
    const started = performance.now();
    let error = null;
    try {
        await scenario.run({ page, agent, workbench: session });
        if (page.errors.length) throw new Error(`script errors on the page: ${page.errors.map(String).join('; ')}`);
    } catch (caught) {
        error = caught;
    }
    const durationMs = performance.now() - started;
    const { body: stats } = await session.api('GET', '/api/stats');
    await context.close();
    return {
        id: scenario.id,
        component: scenario.component,
        title: scenario.title,
        procedure: scenario.procedure,
        effort: agent.effort(),
        apex: pageCalls(stats),
        tti: reports[0] ?? null,
        durationMs,
        error: error ? String(error.message ?? error).split('\n')[0] : null
    };
}
