// Builds the workbench: the project's TypeScript components, the spec for the server, the browser bundle.
//   node workbench/build.mjs [--skip-components] [--skip-spec]
import { fileURLToPath } from 'node:url';
import { compileComponents } from './build/compileComponents.mjs';
import { compileServerSpec } from './build/compileServerSpec.mjs';
import { bundle } from './build/bundle.mjs';
import { stampBuild } from './build/freshness.mjs';

export async function buildWorkbench({ components = true, spec = true, log = console.log } = {}) {
    const startedAt = Date.now();
    if (components) {
        log('workbench: compiling components (TypeScript)');
        compileComponents();
    }
    if (spec) {
        log('workbench: compiling spec/ for the server');
        compileServerSpec();
    }
    log('workbench: bundling');
    await bundle({ log });
    if (components && spec) stampBuild(startedAt);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    buildWorkbench({ components: !args.includes('--skip-components'), spec: !args.includes('--skip-spec') }).catch(
        (error) => {
            console.error(error.message ?? error);
            process.exitCode = 1;
        }
    );
}
