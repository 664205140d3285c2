// Entry point of `npm run apex:test`: bundles the runtime (TypeScript) with esbuild into
// .build/apex-runtime/ and runs it in a worker thread whose larger JavaScript stack lets Apex code
// recurse to the platform's limit of 1,000 frames. The SOQL evaluator (apex-runtime/soql/) is
// bundled when present; until then queries fail as unsupported.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, '.build', 'apex-runtime', 'cli.cjs');
const STACK_MB = 32;

export async function bundleRuntime() {
    const soqlPresent = existsSync(join(root, 'apex-runtime', 'soql', 'index.ts'));
    await build({
        entryPoints: [join(root, 'apex-runtime', 'runner', 'cli.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        outfile,
        packages: 'external',
        external: soqlPresent ? [] : ['../soql'],
        sourcemap: true,
        logLevel: 'warning'
    });
    return outfile;
}

if (!isMainThread) {
    process.setSourceMapsEnabled(true);
    const { main } = createRequire(import.meta.url)(workerData.bundle);
    parentPort.postMessage(main(workerData.argv, root));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const bundle = await bundleRuntime();
    const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { bundle, argv: process.argv.slice(2) },
        resourceLimits: { stackSizeMb: STACK_MB }
    });
    worker.on('message', (code) => {
        process.exitCode = code;
    });
    worker.on('error', (error) => {
        console.error(error);
        process.exitCode = 1;
    });
}
