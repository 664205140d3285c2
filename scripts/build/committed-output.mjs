// The compiled component JavaScript is committed, so that `sf project deploy start` works on a clean
// checkout without a build step. After the build has run in place, this reports every build output
// that differs from what git holds: a tracked file the build changed (the committed one is stale)
// or a new file git does not know (never committed).
//   node scripts/build/committed-output.mjs [--root DIR]     exit 1 and the list when something is stale
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lwcRoots } from './compile-components.mjs';

const defaultRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What the build writes: every lwc folder of the package directories, and the generated paths config. */
export function buildOutputPaths(root) {
    const paths = lwcRoots(root).map((dir) => relative(root, dir).split(sep).join('/'));
    if (existsSync(join(root, 'tsconfig.paths.json'))) paths.push('tsconfig.paths.json');
    return paths;
}

/** Compiled output is a .js with its .ts beside it, or the generated tsconfig.paths.json. */
function isBuildOutput(root, file) {
    if (file === 'tsconfig.paths.json') return true;
    return (
        file.endsWith('.js') && !file.includes('/__tests__/') && existsSync(join(root, file.replace(/\.js$/, '.ts')))
    );
}

function git(root, args) {
    return spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Build outputs that differ from the git index: [{ file, state: 'changed' | 'untracked' }].
 * Compared with the index, not HEAD, so an output that is staged for the next commit counts as committed.
 * Throws when git cannot answer, because then freshness cannot be judged at all.
 */
export function staleBuildOutput(root) {
    const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside.error || inside.status !== 0 || inside.stdout.trim() !== 'true') {
        const why = inside.error ? inside.error.message : inside.stderr.trim() || 'not a git work tree';
        throw new Error(
            `cannot tell whether the committed component JavaScript is fresh (${why}). Run the tests in a git clone of the project.`
        );
    }
    const paths = buildOutputPaths(root);
    if (!paths.length) return [];
    const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]);
    if (status.status !== 0) throw new Error(`git status failed: ${status.stderr.trim()}`);
    const stale = [];
    const entries = status.stdout.split('\0').filter(Boolean);
    for (let i = 0; i < entries.length; i += 1) {
        const entry = entries[i];
        const code = entry.slice(0, 2);
        const file = entry.slice(3);
        // a rename entry is followed by its source path, which is not a separate change
        if (code.startsWith('R') || code.startsWith('C')) i += 1;
        if (!isBuildOutput(root, file)) continue;
        if (code === '??') stale.push({ file, state: 'untracked' });
        else if (code[1] !== ' ') stale.push({ file, state: 'changed' });
    }
    return stale.sort((a, b) => a.file.localeCompare(b.file));
}

export function staleOutputMessage(stale) {
    const lines = [
        `${stale.length} compiled file${stale.length === 1 ? ' differs' : 's differ'} from the committed one${stale.length === 1 ? '' : 's'}:`
    ];
    for (const { file, state } of stale) {
        lines.push(
            `  ${file} (${state === 'untracked' ? 'new, not committed' : 'changed by the build: the committed file is stale'})`
        );
    }
    lines.push(
        'The compiled JavaScript is committed so that sf project deploy start works on a clean checkout.',
        'Run npm run build and commit these files.'
    );
    return lines.join('\n');
}

function main(argv) {
    const rootIndex = argv.indexOf('--root');
    const root = rootIndex >= 0 ? argv[rootIndex + 1] : defaultRoot;
    let stale;
    try {
        stale = staleBuildOutput(root);
    } catch (error) {
        console.error(error.message);
        return 1;
    }
    if (!stale.length) {
        console.log('The committed component JavaScript matches the build.');
        return 0;
    }
    console.error(staleOutputMessage(stale));
    return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
