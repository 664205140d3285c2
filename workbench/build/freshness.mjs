// Whether the workbench build output is older than any of its inputs, so tests and `npm start`
// rebuild only when something changed. A build stamps the time it started: a file changed while
// it ran may not be in it.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { projectRoot, distRoot, serverBuildRoot } from './paths.mjs';

const STAMP = join(serverBuildRoot, 'build-started.json');
const INPUTS = [
    { path: 'workbench/src', extensions: ['.ts', '.html', '.css'] },
    { path: 'workbench/build', extensions: ['.mjs'] },
    { path: 'workbench/placements.mjs', extensions: ['.mjs'] },
    { path: 'workbench/tsconfig.server.json', extensions: ['.json'] },
    { path: 'force-app/main/default/lwc', extensions: ['.ts', '.js', '.html', '.css'] },
    { path: 'force-app/main/default/labels', extensions: ['.xml'] },
    { path: 'force-app/main/default/classes', extensions: ['.cls'] },
    { path: 'spec', extensions: ['.ts'] }
];
const SKIPPED = new Set(['node_modules', '__tests__', 'dist', 'vectors']);

function newestModification(path, extensions) {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return extensions.includes(extname(path)) ? stat.mtimeMs : 0;
    let newest = 0;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
        if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
        // A component's .js compiled from its .ts is the build's own output (the build rewrites it after
        // stamping its start); the .ts is the input, and componentsNeedCompiling() covers a stale .js.
        if (entry.name.endsWith('.js') && existsSync(join(path, entry.name.replace(/\.js$/, '.ts')))) continue;
        newest = Math.max(newest, newestModification(join(path, entry.name), extensions));
    }
    return newest;
}

/** A TypeScript source of a component whose compiled .js is older (or missing). */
export function componentsNeedCompiling() {
    const root = join(projectRoot, 'force-app', 'main', 'default', 'lwc');
    if (!existsSync(root)) return false;
    const stale = (dir) =>
        readdirSync(dir, { withFileTypes: true }).some((entry) => {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) return entry.name !== '__tests__' && stale(path);
            if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts') || entry.name.endsWith('.test.ts'))
                return false;
            const compiled = path.replace(/\.ts$/, '.js');
            return !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(path).mtimeMs;
        });
    return stale(root);
}

export function buildIsStale() {
    if (!existsSync(join(distRoot, 'app.js')) || !existsSync(STAMP)) return true;
    const { startedAt } = JSON.parse(readFileSync(STAMP, 'utf8'));
    return INPUTS.some(({ path, extensions }) => newestModification(join(projectRoot, path), extensions) > startedAt);
}

/** Called after a successful build with the time it started. */
export function stampBuild(startedAt) {
    writeFileSync(STAMP, `${JSON.stringify({ startedAt })}\n`);
}
