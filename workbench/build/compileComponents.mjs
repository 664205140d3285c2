// Step 1 of the workbench build: the project's own TypeScript component build (.ts -> .js in place).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './paths.mjs';

export function compileComponents() {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build', 'compile-components.mjs')], {
        cwd: projectRoot,
        stdio: 'inherit'
    });
    // exit 2: type errors reported, JavaScript written (see compileServerSpec.mjs)
    if (result.status === 2)
        console.warn('workbench: the components have type errors (above); bundling the emitted JavaScript');
    else if (result.status !== 0) throw new Error('The TypeScript component build failed (see above).');
}
