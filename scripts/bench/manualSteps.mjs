// The manual side of the benchmark: what a scenario's procedure requires in the standard Salesforce
// UI for the same outcome, summed from `procedure.manualSteps` ({ step, lines, clicks?, file? }).
// A step without `clicks` is one click; `lines` are the procedure file's line numbers.

/** Clicks of one manual step: its `clicks`, or 1 when the scenario did not count it further. */
export function stepClicks(step) {
    if (step.clicks === undefined || step.clicks === null) return 1;
    if (!Number.isInteger(step.clicks) || step.clicks < 0) {
        throw new Error(
            `Manual step "${step.step}" has clicks ${JSON.stringify(step.clicks)}: use a whole number >= 0`
        );
    }
    return step.clicks;
}

/** Line citations grouped by procedure file, in first-seen order: "000_x.txt:13,15,21-23". */
export function citationsOf(procedure) {
    const byFile = new Map();
    for (const step of procedure.manualSteps ?? []) {
        const file = step.file ?? procedure.file;
        if (!byFile.has(file)) byFile.set(file, []);
        const lines = byFile.get(file);
        for (const part of String(step.lines).split(/[;,]\s*/)) {
            const trimmed = part.trim();
            if (trimmed && !lines.includes(trimmed)) lines.push(trimmed);
        }
    }
    return [...byFile].map(([file, lines]) => `${file}:${lines.join(',')}`).join('; ');
}

/** { steps, clicks, citation } of a scenario's manual procedure. */
export function summarizeManual(procedure) {
    const steps = procedure?.manualSteps ?? [];
    if (!steps.length) throw new Error('A scenario needs procedure.manualSteps to compare with');
    return {
        steps: steps.length,
        clicks: steps.reduce((sum, step) => sum + stepClicks(step), 0),
        citation: citationsOf(procedure)
    };
}
