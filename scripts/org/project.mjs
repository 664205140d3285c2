// The SFDX project as the org scripts see it: package directories, the scratch-only folder,
// the Apex test classes to run and the classes whose coverage is gated.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { usageError } from './org-error.mjs';
import { hasExecutableCode, hasTestMethods, isTestClass } from './apex-source.mjs';

export const SCRATCH_ONLY_DIR = 'force-app/scratch';
export const MAIN_PACKAGE_DIR = 'force-app/main';

export function findProjectRoot(start = process.cwd()) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'sfdx-project.json'))) return dir;
        if (dirname(dir) === dir) {
            throw usageError(
                `No sfdx-project.json in ${start} or above. Run the command from the project folder or pass --project-dir.`
            );
        }
    }
}

const toPosix = (path) => path.split(sep).join('/');

export function readProject(root) {
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file)) {
        throw usageError(`${file} does not exist. Pass --project-dir with the folder that holds sfdx-project.json.`);
    }
    const config = JSON.parse(readFileSync(file, 'utf8'));
    const packageDirs = (config.packageDirectories ?? []).map((dir) => toPosix(dir.path).replace(/\/$/, ''));
    if (packageDirs.length === 0) throw usageError(`${file} lists no packageDirectories.`);
    return {
        root,
        apiVersion: config.sourceApiVersion ?? '63.0',
        packageDirs,
        relative: (path) => toPosix(relative(root, path))
    };
}

/** Package directories that go to this org: the scratch-only folder only to scratch orgs. */
export function deployableDirs(project, { scratch }) {
    return project.packageDirs
        .filter((dir) => scratch || dir !== SCRATCH_ONLY_DIR)
        .filter((dir) => existsSync(join(project.root, dir)));
}

function walk(dir, found = []) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path, found);
        else found.push(path);
    }
    return found;
}

/** Every .cls and .trigger under the given package directories, with what the scripts need to know. */
export function apexSources(project, dirs = project.packageDirs) {
    const sources = [];
    for (const dir of dirs) {
        const absolute = join(project.root, dir);
        if (!existsSync(absolute) || !statSync(absolute).isDirectory()) continue;
        for (const path of walk(absolute)) {
            const kind = path.endsWith('.cls') ? 'ApexClass' : path.endsWith('.trigger') ? 'ApexTrigger' : null;
            if (!kind) continue;
            const body = readFileSync(path, 'utf8');
            sources.push({
                name: basename(path).replace(/\.(cls|trigger)$/, ''),
                kind,
                packageDir: dir,
                path: project.relative(path),
                isTest: kind === 'ApexClass' && isTestClass(body),
                hasTestMethods: kind === 'ApexClass' && hasTestMethods(body),
                hasExecutableCode: kind === 'ApexTrigger' || hasExecutableCode(body)
            });
        }
    }
    return sources.sort((a, b) => a.name.localeCompare(b.name));
}

/** The package's test classes that have test methods (every package directory), or the named subset after checking each name. */
export function selectTestClasses(project, requested) {
    const tests = apexSources(project)
        .filter((source) => source.isTest && source.hasTestMethods)
        .map((source) => source.name);
    if (!requested?.length) return tests;
    const unknown = requested.filter((name) => !tests.some((test) => test.toLowerCase() === name.toLowerCase()));
    if (unknown.length) {
        throw usageError(
            `--tests names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a test class' : 'are not test classes'} of this project. Test classes: ${tests.join(', ') || 'none'}.`
        );
    }
    return requested.map((name) => tests.find((test) => test.toLowerCase() === name.toLowerCase()));
}

/** The classes and triggers whose coverage is gated: the non-test Apex of force-app/main that has executable lines. */
export function gatedApex(project) {
    return apexSources(project, [MAIN_PACKAGE_DIR]).filter((source) => !source.isTest && source.hasExecutableCode);
}
