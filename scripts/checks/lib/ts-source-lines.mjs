// Maps a location in a compiled component .js back to its .ts source by text: tsc keeps imports and
// most statements verbatim, so the same import specifier or the same line text is searched in the .ts.
import { existsSync, readFileSync } from 'node:fs';

function quotedAt(line, column) {
    const pattern = /(['"])([^'"]+)\1/g;
    let match;
    let nearest;
    while ((match = pattern.exec(line))) {
        nearest ??= match[2];
        if (match.index <= column && column <= match.index + match[0].length) return match[2];
    }
    return nearest;
}

/**
 * Returns a mapper (jsLine, jsColumn) -> { rel, line } for one compiled file. When `tsAbs` does not
 * exist, or the text is not found in it, the location stays in the .js file.
 */
export function tsLineMapper(jsSource, jsRel, tsAbs, tsRel) {
    if (!tsAbs || !existsSync(tsAbs)) return (line) => ({ rel: jsRel, line });
    const jsLines = jsSource.split('\n');
    const tsLines = readFileSync(tsAbs, 'utf8').split('\n');
    return (line, column = 0) => {
        const text = jsLines[line - 1] ?? '';
        const specifier = quotedAt(text, column);
        if (specifier) {
            const index = tsLines.findIndex(
                (tsLine) => tsLine.includes(`'${specifier}'`) || tsLine.includes(`"${specifier}"`)
            );
            if (index >= 0) return { rel: tsRel, line: index + 1 };
        }
        const trimmed = text.trim();
        if (trimmed.length > 3) {
            const index = tsLines.findIndex((tsLine) => tsLine.trim() === trimmed);
            if (index >= 0) return { rel: tsRel, line: index + 1 };
        }
        return { rel: jsRel, line };
    };
}
