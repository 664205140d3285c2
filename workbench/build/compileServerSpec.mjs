// Step 2: compiles the executable specification (spec/) for the server with tsc, as CommonJS into
// .build/workbench-server/. CommonJS because the package is "type": "commonjs" and the spec is
// written for jest: extensionless relative imports and JSON imports then work in Node without a loader.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, serverBuildRoot, workbenchRoot } from './paths.mjs';

export function compileServerSpec() {
    rmSync(serverBuildRoot, { recursive: true, force: true });
    const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(
        process.execPath,
        [tsc, '-p', join(workbenchRoot, 'tsconfig.server.json'), '--pretty', 'false'],
        {
            cwd: projectRoot,
            stdio: 'inherit'
        }
    );
    // tsc exits 2 when it reports type errors but still wrote the JavaScript: the typecheck stage
    // owns type errors, the workbench can run on the output.
    if (result.status === 2) console.warn('workbench: spec/ has type errors (above); serving the emitted JavaScript');
    else if (result.status !== 0) throw new Error('Compiling spec/ for the workbench server failed (see above).');
}
