// The project as the checks see it: sfdx-project.json, its package directories, and the files in them
// that deploy (anything .forceignore excludes is left out, exactly as the Salesforce CLI would).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.sfdx', '.sf', '.localdevserver']);

/** Reads sfdx-project.json; throws an Error whose message says what is wrong. */
export function readProject(root) {
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file))
        throw new Error('sfdx-project.json is missing: the checks need it to find the package directories');
    let project;
    try {
        project = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        throw new Error(`sfdx-project.json is not valid JSON: ${error.message}`);
    }
    if (!Array.isArray(project.packageDirectories) || project.packageDirectories.length === 0) {
        throw new Error('sfdx-project.json has no packageDirectories');
    }
    return project;
}

/** Package directories that exist on disk, in sfdx-project.json order: [{ path, abs, isDefault }]. */
export function packageDirectories(root) {
    return readProject(root)
        .packageDirectories.map((dir) => ({
            path: dir.path.replace(/\/+$/, ''),
            abs: join(root, dir.path),
            isDefault: dir.default === true
        }))
        .filter((dir) => existsSync(dir.abs));
}

/** Forward-slash path of `abs` relative to `root`, the form every finding uses. */
export function toRelative(root, abs) {
    return relative(root, abs).split(sep).join('/');
}

function walk(dir, out) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        const abs = join(dir, entry.name);
        if (entry.isDirectory()) walk(abs, out);
        else if (entry.isFile()) out.push(abs);
    }
    return out;
}

function forceIgnoreFor(root) {
    const { ForceIgnore } = require('@salesforce/source-deploy-retrieve');
    return ForceIgnore.findAndCreate(root);
}

/**
 * Every deployable file of every package directory, sorted: [{ abs, rel, packageDir, ignored }].
 * `rel` is relative to root; `packageDir` is the package directory path as written in sfdx-project.json.
 * With `includeIgnored`, files .forceignore excludes are listed too, marked `ignored: true`.
 */
export function projectFiles(root, { includeIgnored = false } = {}) {
    const forceIgnore = forceIgnoreFor(root);
    const files = [];
    for (const dir of packageDirectories(root)) {
        for (const abs of walk(dir.abs, []).sort()) {
            const ignored = forceIgnore.denies(abs);
            if (ignored && !includeIgnored) continue;
            files.push({ abs, rel: toRelative(root, abs), packageDir: dir.path, ignored });
        }
    }
    return files;
}

/** A function from character offset to 1-based line number for `text`. */
export function lineLocator(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset) low = mid;
            else high = mid - 1;
        }
        return low + 1;
    };
}

/** The line (1-based) holding character `offset` of `text`. */
export function lineAt(text, offset) {
    return lineLocator(text)(offset);
}

/** The line (1-based) of the first occurrence of `needle` in `text` at or after `from`; 0 when absent. */
export function lineOf(text, needle, from = 0) {
    const index = text.indexOf(needle, from);
    return index < 0 ? 0 : lineAt(text, index);
}

/**
 * projectFiles, or the finding that explains why the project cannot be read:
 * { files, findings } where findings is empty when the files could be listed.
 */
export function loadProjectFiles(root, options) {
    try {
        return { files: projectFiles(root, options), findings: [] };
    } catch (error) {
        return { files: [], findings: [{ file: 'sfdx-project.json', line: 0, message: error.message }] };
    }
}

export const isApexFile = (file) => /\.(cls|trigger)$/.test(file.rel);
