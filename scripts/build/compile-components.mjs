// Compiles the TypeScript sources of every Lightning web component in place (.ts -> .js),
// after regenerating tsconfig.paths.json so that each `c/<bundle>` import resolves.
// tsconfig `paths` allow one `*` per substitution, so `c/*` cannot map to `*/*`: one entry per bundle.
import { readdirSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function lwcRoots(projectRoot = root) {
    const sfdx = JSON.parse(readFileSync(join(projectRoot, 'sfdx-project.json'), 'utf8'));
    return sfdx.packageDirectories
        .map((dir) => join(projectRoot, dir.path, 'default', 'lwc'))
        .filter((dir) => existsSync(dir));
}

export function bundlePaths(projectRoot = root) {
    const paths = {};
    for (const lwcRoot of lwcRoots(projectRoot)) {
        for (const entry of readdirSync(lwcRoot, { withFileTypes: true })) {
            if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
            const main = join(lwcRoot, entry.name, entry.name);
            if (existsSync(`${main}.ts`) || existsSync(`${main}.js`)) {
                paths[`c/${entry.name}`] = [relative(projectRoot, main)];
            }
        }
    }
    return Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
}

export function writePathsConfig(projectRoot = root) {
    const paths = { ...bundlePaths(projectRoot), 'test/jest/*': ['test/jest/*'] };
    const config = { compilerOptions: { baseUrl: '.', paths } };
    const text = `${JSON.stringify(config, null, 4)}\n`;
    const file = join(projectRoot, 'tsconfig.paths.json');
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

function main() {
    writePathsConfig();
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.lwc.json'), '--pretty', 'false'], {
        stdio: 'inherit'
    });
    process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
