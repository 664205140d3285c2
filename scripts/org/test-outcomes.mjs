// Apex test outcomes: { className, methodName, outcome: Pass|Fail|CompileFail|Skip, message, stackTrace, runTimeMs }.

export const isFailure = (result) => result.outcome === 'Fail' || result.outcome === 'CompileFail';

export function countOutcomes(results) {
    const failed = results.filter(isFailure).length;
    const skipped = results.filter((result) => result.outcome === 'Skip').length;
    return { total: results.length, passed: results.length - failed - skipped, failed, skipped };
}

/** The first stack frame in one of our classes, as a source location: "Class.Foo.bar: line 12, column 1". */
function locate(stackTrace, sourcesByName) {
    for (const match of String(stackTrace ?? '').matchAll(/(?:Class|Trigger)\.(\w+)(?:\.\w+)*: line (\d+)/g)) {
        const source = sourcesByName.get(match[1].toLowerCase());
        if (source) return `${source.path}:${match[2]}`;
    }
    return null;
}

/** One `path:line Class.method: message` line per failure (stack trace indented below it). */
export function failureLines(results, apexSources) {
    const sourcesByName = new Map(apexSources.map((source) => [source.name.toLowerCase(), source]));
    const lines = [];
    for (const result of results.filter(isFailure)) {
        const test = result.methodName ? `${result.className}.${result.methodName}` : result.className;
        const location =
            locate(result.stackTrace, sourcesByName) ??
            sourcesByName.get(result.className.toLowerCase())?.path.concat(':0') ??
            null;
        lines.push(`${location ? `${location} ` : ''}${test}: ${String(result.message || result.outcome).trim()}`);
        for (const frame of String(result.stackTrace ?? '')
            .split(/\r?\n/)
            .filter(Boolean))
            lines.push(`    ${frame.trim()}`);
    }
    return lines;
}
