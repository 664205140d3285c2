// Turns a Metadata API DeployResult into lines a person can act on.
// The SOAP answer holds a single object where there is one failure and a list where there are several,
// so every repeated element goes through asArray.

export function asArray(value) {
    if (value === undefined || value === null || value === '') return [];
    return Array.isArray(value) ? value : [value];
}

const isTrue = (value) => value === true || value === 'true';

/** Component errors as `path:line message`, one per failure, warnings left out. */
export function componentErrorLines(result, mapPath) {
    const details = asArray(result?.details)[0] ?? {};
    return asArray(details.componentFailures)
        .filter((failure) => failure.problemType !== 'Warning' && !isTrue(failure.success))
        .map((failure) => {
            const path = mapPath({
                componentType: failure.componentType,
                fullName: failure.fullName,
                fileName: failure.fileName
            });
            const line = Number(failure.lineNumber) || 0;
            const column = Number(failure.columnNumber) || 0;
            const where = column ? ` (column ${column})` : '';
            return `${path}:${line} ${String(failure.problem ?? 'failed').trim()}${where}`;
        });
}

export function componentWarningLines(result, mapPath) {
    const details = asArray(result?.details)[0] ?? {};
    return [...asArray(details.componentFailures), ...asArray(details.componentSuccesses)]
        .filter((message) => message.problemType === 'Warning' && message.problem)
        .map((message) => {
            const path = mapPath({
                componentType: message.componentType,
                fullName: message.fullName,
                fileName: message.fileName
            });
            return `${path}:${Number(message.lineNumber) || 0} warning: ${String(message.problem).trim()}`;
        });
}

export function runTestResultOf(result) {
    const details = asArray(result?.details)[0] ?? {};
    return asArray(details.runTestResult)[0] ?? null;
}

/** Test outcomes of a deploy's runTestResult, in the shape of the Tooling API ApexTestResult rows. */
export function testOutcomesOfDeploy(result) {
    const run = runTestResultOf(result);
    if (!run) return [];
    const outcome = (row, passed) => ({
        className: row.name,
        methodName: row.methodName ?? '',
        outcome: passed ? 'Pass' : 'Fail',
        message: passed ? '' : String(row.message ?? ''),
        stackTrace: passed ? '' : String(row.stackTrace ?? ''),
        runTimeMs: Number(row.time) || 0
    });
    return [
        ...asArray(run.successes).map((row) => outcome(row, true)),
        ...asArray(run.failures).map((row) => outcome(row, false))
    ];
}

export function coverageWarningLines(result) {
    const run = runTestResultOf(result);
    return asArray(run?.codeCoverageWarnings).map(
        (warning) => `${warning.name ? `${warning.name}: ` : ''}${warning.message}`
    );
}

/** Per-class coverage of a deploy's runTestResult: { name -> { covered, uncovered } }. */
export function coverageOfDeploy(result) {
    const coverage = new Map();
    for (const row of asArray(runTestResultOf(result)?.codeCoverage)) {
        const total = Number(row.numLocations) || 0;
        const uncovered = Number(row.numLocationsNotCovered) || 0;
        coverage.set(row.name, { covered: total - uncovered, uncovered });
    }
    return coverage;
}
