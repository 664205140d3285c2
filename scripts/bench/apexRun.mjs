// The Apex runtime's speed for the benchmark: one full `npm run apex:test` run (every test method,
// the vector replay included) in a child process, timed from outside, with its own per-class times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../workbench/build/paths.mjs';

export const REPLAY_CLASS = 'PlaybookVectorReplayTest';

export function measureApexRun() {
    const summaryFile = join(mkdtempSync(join(tmpdir(), 'apex-bench-')), 'summary.json');
    const loadBefore = loadavg()[0];
    const started = Date.now();
    const result = spawnSync(process.execPath, ['apex-runtime/runner/apex-test.mjs', '--summary-json', summaryFile], {
        cwd: projectRoot,
        encoding: 'utf8'
    });
    const wallSeconds = (Date.now() - started) / 1000;
    if (result.status === null || result.status > 1) throw new Error(`apex:test did not run: ${result.stderr || result.stdout}`);
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    // The machine is shared: the one-minute load average before and after the run says how busy it was.
    return { ...summary, wallSeconds, replaySeconds: summary.classSeconds[REPLAY_CLASS] ?? null, load: [loadBefore, loadavg()[0]] };
}
