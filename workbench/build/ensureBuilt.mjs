// Builds the workbench when its output is stale. Several test files may ask at once, so the build
// runs under a lock directory (mkdir is atomic); the others wait for it.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildWorkbench } from '../build.mjs';
import { buildIsStale, componentsNeedCompiling } from './freshness.mjs';
import { projectRoot } from './paths.mjs';

const LOCK = join(projectRoot, '.build', 'workbench-build.lock');
const LOCK_STALE_MS = 5 * 60 * 1000;

async function acquireLock(timeoutMs) {
    mkdirSync(join(projectRoot, '.build'), { recursive: true });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            mkdirSync(LOCK);
            return;
        } catch (error) {
            if (error.code !== 'EEXIST') throw error;
            try {
                if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
            } catch {
                // released meanwhile
            }
            await sleep(250);
        }
    }
    throw new Error(`Timed out waiting for another workbench build (${LOCK})`);
}

export async function ensureBuilt({ log = console.log, timeoutMs = 5 * 60 * 1000 } = {}) {
    if (!buildIsStale() && !componentsNeedCompiling()) return false;
    await acquireLock(timeoutMs);
    try {
        if (!buildIsStale() && !componentsNeedCompiling()) return false;
        await buildWorkbench({ log });
        return true;
    } finally {
        rmSync(LOCK, { recursive: true, force: true });
    }
}
