// Shared runner for the offline checks. A check module exports
//   export async function check({ root }) -> Array<{ file, line, message }>
// where `file` is relative to `root`, `line` is 1-based (0 when the finding concerns the whole file).
// Run directly, a check prints one `file:line message` per finding and exits 1 when there is any.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

export function formatFinding({ file, line, message }) {
    return `${file}:${line ?? 0} ${message}`;
}

/** Runs `check` when `moduleUrl` is the entry script; `--root DIR` checks another tree. */
export async function runIfMain(moduleUrl, check) {
    if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
    const rootIndex = process.argv.indexOf('--root');
    const root = rootIndex > 0 ? resolve(process.argv[rootIndex + 1]) : projectRoot;
    const findings = await check({ root });
    for (const finding of findings) console.log(formatFinding(finding));
    process.exitCode = findings.length ? 1 : 0;
}
