// Copies a fixture project to a temporary folder, so a test can plant a defect in its own copy.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

export function copyFixture(name) {
    const root = mkdtempSync(join(tmpdir(), `playbooks-${name}-`));
    cpSync(join(fixtures, name), root, { recursive: true });
    return root;
}

export function write(root, file, text) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
}

export function read(root, file) {
    return readFileSync(join(root, file), 'utf8');
}

/** Replaces `search` in a file of the copy, failing when it is not there. */
export function edit(root, file, search, replacement) {
    const text = read(root, file);
    if (!text.includes(search)) throw new Error(`${file} does not contain ${search}`);
    write(root, file, text.replace(search, replacement));
}
