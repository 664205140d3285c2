// The TypeScript components are compiled in place (.ts -> .js) before the source is converted,
// so that the deploy carries what the source says today.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';

export const BUILD_SCRIPT = 'scripts/build/compile-components.mjs';

export async function buildComponents(root, { out }) {
    const script = join(root, BUILD_SCRIPT);
    if (!existsSync(script)) {
        throw new OrgScriptError(
            `${BUILD_SCRIPT} is missing, so the TypeScript components cannot be built. Restore it, or pass --skip-build.`,
            EXIT.DEPLOY_FAILED
        );
    }
    out.info(`Building the TypeScript components (node ${BUILD_SCRIPT})...`);
    const code = await new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [script], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
    });
    if (code !== 0) {
        throw new OrgScriptError(
            `The TypeScript build failed (exit ${code}); nothing was deployed. Fix the errors above (npm run build reproduces them) and deploy again.`,
            EXIT.DEPLOY_FAILED
        );
    }
}
