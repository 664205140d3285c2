// Runs the Salesforce CLI: the one the project pins (@salesforce/cli in devDependencies, the newest release
// that runs on Node 20), started with this Node; or, in a folder without node_modules, an `sf` on the PATH.
// Auto-update, the new-version check and telemetry are switched off for every call.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const PROJECT_SF = ['node_modules', '@salesforce', 'cli', 'bin', 'run.js'];

export const SF_ENV = Object.freeze({
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_TELEMETRY: 'true'
});

export function findOnPath(name, env) {
    const extensions = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
    for (const dir of String(env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)) {
        for (const extension of extensions) {
            try {
                accessSync(join(dir, name + extension), constants.X_OK);
                return join(dir, name + extension);
            } catch {
                // not in this folder
            }
        }
    }
    return null;
}

/** { command, args, source } to start sf with, or null when neither the project nor the PATH has it. */
export function findSf(root, env) {
    const pinned = join(root, ...PROJECT_SF);
    if (existsSync(pinned)) return { command: process.execPath, args: ['--no-deprecation', pinned], source: 'project' };
    const onPath = findOnPath('sf', env);
    return onPath ? { command: onPath, args: [], source: 'path' } : null;
}

/** Runs sf to completion, collecting its output: { status, stdout, stderr, timedOut } or { error }. */
export function runSf(sf, args, { cwd, env, timeoutMs }) {
    return new Promise((resolvePromise) => {
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const child = spawn(sf.command, [...sf.args, ...args], {
            cwd,
            env: { ...env, ...SF_ENV },
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: sf.source === 'path' && process.platform === 'win32'
        });
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
        }, timeoutMs);
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            resolvePromise({ error, stdout, stderr });
        });
        child.on('close', (status) => {
            clearTimeout(timer);
            resolvePromise({ status, stdout, stderr, timedOut });
        });
    });
}
