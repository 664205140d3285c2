// PMD suppressions in Apex (`// NOPMD`, @SuppressWarnings('PMD...')) switch a rule off for a line or a
// declaration. They are accepted only with a reason, so no rule is disabled silently: either text after
// NOPMD on the same line (`// NOPMD - why`), or a `// SECURITY: why` or `// PMD: why` comment directly above.
const SUPPRESSION = /\/\/.*\bNOPMD\b(.*)$|@SuppressWarnings\s*\(\s*'[^']*\bPMD\b/gim;
const REASON_ABOVE = /^\s*\/\/\s*(SECURITY|PMD):\s*\S/;

function reasonAbove(lines, line) {
    for (let index = line - 2; index >= 0; index--) {
        const trimmed = lines[index].trim();
        if (!trimmed.startsWith('//')) return false;
        if (REASON_ABOVE.test(trimmed)) return true;
    }
    return false;
}

/** [{ line, message }] for the suppressions in an Apex source that give no reason. */
export function unjustifiedSuppressions(source, lines, lineAt) {
    const problems = [];
    let match;
    SUPPRESSION.lastIndex = 0;
    while ((match = SUPPRESSION.exec(source))) {
        const line = lineAt(match.index);
        const inlineReason = match[1] !== undefined && /^\s*[-:]?\s*\w{2,}/.test(match[1]);
        if (inlineReason || reasonAbove(lines, line)) continue;
        problems.push({
            line,
            message:
                'PMD suppression without a reason: fix the violation, or give the reason (// NOPMD - why, or a // SECURITY: or // PMD: comment on the line above)'
        });
    }
    return problems;
}
