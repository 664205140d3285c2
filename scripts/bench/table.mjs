// Markdown tables for the benchmark report (also readable as plain text in a terminal).

function cell(value) {
    if (value === null || value === undefined) return '';
    return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * @param {Array<{ key: string, title: string, align?: 'left' | 'right' }>} columns
 * @param {Array<Record<string, unknown>>} rows
 */
export function markdownTable(columns, rows) {
    const body = rows.map((row) => columns.map((column) => cell(row[column.key])));
    const widths = columns.map((column, index) =>
        Math.max(3, cell(column.title).length, ...body.map((cells) => cells[index].length))
    );
    const pad = (text, index) =>
        columns[index].align === 'right' ? text.padStart(widths[index]) : text.padEnd(widths[index]);
    const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
    const rule = `| ${columns
        .map((column, index) =>
            column.align === 'right' ? `${'-'.repeat(widths[index] - 1)}:` : '-'.repeat(widths[index])
        )
        .join(' | ')} |`;
    return [line(columns.map((column) => cell(column.title))), rule, ...body.map(line)].join('\n');
}

/** Milliseconds for a report: one decimal under 10 ms, whole numbers above. */
export function formatMs(ms) {
    if (ms === null || ms === undefined || Number.isNaN(ms)) return 'n/a';
    return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function median(values) {
    if (!values.length) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "1,000" */
export function formatCount(value) {
    return Number(value).toLocaleString('en-US');
}
