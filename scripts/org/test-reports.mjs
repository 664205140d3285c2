// JUnit XML (for CI test views) and a coverage JSON, written under the reports folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countOutcomes, isFailure } from './test-outcomes.mjs';

const xml = (value) =>
    String(value ?? '')
        // characters XML 1.0 cannot carry at all
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');

const seconds = (ms) => (Number(ms || 0) / 1000).toFixed(3);

export function junitXml(results, { suiteName, runId }) {
    const byClass = new Map();
    for (const result of results) {
        if (!byClass.has(result.className)) byClass.set(result.className, []);
        byClass.get(result.className).push(result);
    }
    const all = countOutcomes(results);
    const totalMs = results.reduce((sum, result) => sum + (result.runTimeMs || 0), 0);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xml(suiteName)}" id="${xml(runId)}" tests="${all.total}" failures="${all.failed}" skipped="${all.skipped}" time="${seconds(totalMs)}">`
    ];
    for (const [className, cases] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) {
        const counts = countOutcomes(cases);
        const suiteMs = cases.reduce((sum, result) => sum + (result.runTimeMs || 0), 0);
        lines.push(
            `  <testsuite name="${xml(className)}" tests="${counts.total}" failures="${counts.failed}" errors="0" skipped="${counts.skipped}" time="${seconds(suiteMs)}">`
        );
        for (const result of cases) {
            const open = `    <testcase classname="${xml(className)}" name="${xml(result.methodName || '(class)')}" time="${seconds(result.runTimeMs)}"`;
            if (isFailure(result)) {
                lines.push(`${open}>`);
                lines.push(
                    `      <failure type="${xml(result.outcome)}" message="${xml(result.message)}">${xml(result.stackTrace)}</failure>`
                );
                lines.push('    </testcase>');
            } else if (result.outcome === 'Skip') {
                lines.push(`${open}>`, '      <skipped/>', '    </testcase>');
            } else {
                lines.push(`${open}/>`);
            }
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>', '');
    return lines.join('\n');
}

export const JUNIT_FILE = 'apex-junit.xml';
export const COVERAGE_FILE = 'apex-coverage.json';

export function writeReports(reportsDir, { results, coverage, suiteName, runId }) {
    mkdirSync(reportsDir, { recursive: true });
    const junitPath = join(reportsDir, JUNIT_FILE);
    writeFileSync(junitPath, junitXml(results, { suiteName, runId }));
    const coveragePath = join(reportsDir, COVERAGE_FILE);
    writeFileSync(coveragePath, `${JSON.stringify({ runId, ...coverage }, null, 2)}\n`);
    return { junitPath, coveragePath };
}
