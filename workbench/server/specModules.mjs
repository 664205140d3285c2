// The compiled executable specification (spec/ -> .build/workbench-server/spec, CommonJS).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serverBuildRoot } from '../build/paths.mjs';

const require = createRequire(import.meta.url);
const specRoot = join(serverBuildRoot, 'spec');

/** Loads a compiled spec module by its path below spec/ without extension, e.g. 'org/InMemoryOrg'. */
export function specModule(path) {
    const file = join(specRoot, `${path}.js`);
    if (!existsSync(file)) {
        throw new Error(`${file} is missing: build the workbench first (node workbench/build.mjs)`);
    }
    return require(file);
}
