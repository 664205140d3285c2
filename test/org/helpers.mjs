// Shared by the org script tests: a fresh copy of the fixture project, and the CLI run as a child
// process (asynchronously, so the fake org in this process keeps answering).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../scripts/org/options.mjs';

export const CLI = fileURLToPath(new URL('../../scripts/org/cli.mjs', import.meta.url));
export const FIXTURE_PROJECT = fileURLToPath(new URL('./fixtures/project', import.meta.url));

/** Poll and retry fast; --wait is generous (12 s) so a loaded machine never turns a success into a timeout. */
export const FAST = ['--poll-interval', '0.01', '--retry-delay', '0.01', '--wait', '0.2'];

export function tempProject(t) {
    const dir = mkdtempSync(join(tmpdir(), 'org-scripts-'));
    cpSync(FIXTURE_PROJECT, join(dir, 'project'), { recursive: true });
    t?.after(() => rmSync(dir, { recursive: true, force: true }));
    return { dir, root: join(dir, 'project'), home: join(dir, 'home') };
}

/** An environment with no org configured and no sf CLI: only node on the PATH, an empty HOME. */
export function cleanEnv(home, extra = {}) {
    return {
        PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
        HOME: home,
        SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
        SF_DISABLE_LOG_FILE: 'true',
        SF_DISABLE_TELEMETRY: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        NODE_NO_WARNINGS: '1',
        ...extra
    };
}

export function runCli(args, { env, cwd, onStart } = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, output: stdout + stderr }));
        onStart?.(child);
    });
}

/** FAST's options that `command` takes. */
function fastOptionsFor(command) {
    const known = COMMANDS[command]?.options ?? {};
    const pairs = [];
    for (let i = 0; i < FAST.length; i += 2) if (FAST[i].slice(2) in known) pairs.push(FAST[i], FAST[i + 1]);
    return pairs;
}

/** Runs `command` against the project with FAST timing; the test's own options come last, so they win. */
export function cliRunner({ root, env }) {
    return ([command, ...args], options = {}) =>
        runCli([command, '--project-dir', root, ...fastOptionsFor(command), ...args], { env, ...options });
}
