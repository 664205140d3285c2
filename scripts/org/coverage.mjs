// Coverage of the package's own Apex (the non-test classes and triggers of force-app/main), which is
// what the gate measures; org-wide coverage would let other code hide ours.
import { query, soqlList } from './rest.mjs';

const chunk = (values, size) =>
    Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, i * size + size));

/** name -> { covered, uncovered } from ApexCodeCoverageAggregate (Tooling API), for the named classes and triggers. */
export async function fetchAggregateCoverage(conn, gated, { retry } = {}) {
    const coverage = new Map();
    const ids = new Map();
    for (const kind of ['ApexClass', 'ApexTrigger']) {
        const names = gated.filter((source) => source.kind === kind).map((source) => source.name);
        for (const part of chunk(names, 200)) {
            const rows = await query(
                conn,
                `SELECT Id, Name FROM ${kind} WHERE NamespacePrefix = null AND Name IN ${soqlList(part)}`,
                { tooling: true, retry }
            );
            for (const row of rows) ids.set(row.Id, row.Name);
        }
    }
    for (const part of chunk([...ids.keys()], 200)) {
        const rows = await query(
            conn,
            `SELECT ApexClassOrTriggerId, NumLinesCovered, NumLinesUncovered FROM ApexCodeCoverageAggregate WHERE ApexClassOrTriggerId IN ${soqlList(part)}`,
            { tooling: true, retry }
        );
        for (const row of rows) {
            const name = ids.get(row.ApexClassOrTriggerId);
            if (name) {
                coverage.set(name, {
                    covered: Number(row.NumLinesCovered) || 0,
                    uncovered: Number(row.NumLinesUncovered) || 0
                });
            }
        }
    }
    return coverage;
}

const percentOf = (covered, uncovered) => (covered + uncovered === 0 ? 100 : (covered * 100) / (covered + uncovered));

/**
 * Applies the gate. A gated class without any coverage record was never run by a test (or is not in
 * the org): it is listed as missing and fails the gate, since its lines cannot be counted.
 */
export function evaluateCoverage({ gated, coverage, minCoverage, source }) {
    const classes = [];
    const missing = [];
    for (const apex of gated) {
        const found =
            coverage.get(apex.name) ??
            [...coverage].find(([name]) => name.toLowerCase() === apex.name.toLowerCase())?.[1];
        if (!found) {
            missing.push(apex.name);
            continue;
        }
        classes.push({
            name: apex.name,
            kind: apex.kind,
            path: apex.path,
            ...found,
            percent: round(percentOf(found.covered, found.uncovered))
        });
    }
    const covered = classes.reduce((sum, row) => sum + row.covered, 0);
    const uncovered = classes.reduce((sum, row) => sum + row.uncovered, 0);
    const percent = percentOf(covered, uncovered);
    return {
        source,
        minCoverage,
        percent: round(percent),
        covered,
        uncovered,
        passed: percent >= minCoverage && missing.length === 0,
        classes: classes.sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name)),
        missing
    };
}

function round(value) {
    return Math.round(value * 100) / 100;
}

export function coverageLines(report) {
    const lines = [
        `Coverage of the package's Apex: ${report.percent.toFixed(2)}% (${report.covered}/${report.covered + report.uncovered} lines), gate ${report.minCoverage}%${report.passed ? '' : ' - BELOW THE GATE'}`
    ];
    for (const row of report.classes) {
        lines.push(
            `  ${row.percent.toFixed(2).padStart(6)}%  ${row.name} (${row.covered}/${row.covered + row.uncovered})${row.percent < report.minCoverage ? '  <' : ''}`
        );
    }
    for (const name of report.missing)
        lines.push(`    none   ${name}: no coverage recorded; no test ran it, or it is not in the org`);
    return lines;
}
