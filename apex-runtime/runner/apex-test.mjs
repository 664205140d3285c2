// Entry point of `npm run apex:test`: bundles the runtime (TypeScript) with esbuild into
// .build/apex-runtime/ and shares the test classes between worker threads, one per CPU by default
// (`--workers N`), each with its own runtime over its own org. Worker threads also give Apex code
// the larger JavaScript stack it needs to recurse to the platform's limit of 1,000 frames. The
// main thread prints the results in the order of the classes, whichever worker ran them. The SOQL
// evaluator (apex-runtime/soql/) is bundled when present; until then queries fail as unsupported.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, '.build', 'apex-runtime', 'cli.cjs');
const timingsFile = join(root, '.build', 'apex-runtime', 'timings.json');
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

/** Seconds each class took in earlier runs: the workers share the classes by them. */
function readTimings() {
    try {
        return JSON.parse(readFileSync(timingsFile, 'utf8'));
    } catch {
        return {};
    }
}

function runWorker() {
    process.setSourceMapsEnabled(true);
    const cli = createRequire(import.meta.url)(workerData.bundle);
    const options = cli.parseArguments(workerData.argv);
    try {
        const output = cli.runShard(options, root, workerData.shard, (done) => parentPort.postMessage({ kind: 'class', done }));
        parentPort.postMessage({ kind: 'output', output });
    } catch (error) {
        parentPort.postMessage({ kind: 'error', message: error?.name === 'ShardError' ? error.message : null, stack: String(error?.stack ?? error) });
    }
}

async function runMain() {
    const bundle = await bundleRuntime();
    process.setSourceMapsEnabled(true);
    const cli = createRequire(import.meta.url)(bundle);
    const argv = process.argv.slice(2);
    const options = cli.readOptions(argv);
    if (typeof options === 'number') {
        process.exitCode = options;
        return;
    }
    const count = options.workers ?? Math.max(1, Math.min(availableParallelism(), options.tests ? options.tests.length : Infinity));
    const timings = readTimings();
    const reporter = new cli.Reporter(options, root);
    const outputs = [];
    let failure = null;
    await Promise.all(
        Array.from({ length: count }, (_unused, index) => {
            const worker = new Worker(fileURLToPath(import.meta.url), {
                workerData: { bundle, argv, shard: { index, count, timings } },
                resourceLimits: { stackSizeMb: STACK_MB }
            });
            return new Promise((resolve) => {
                worker.on('message', (message) => {
                    if (message.kind === 'class') reporter.onClass(message.done);
                    else if (message.kind === 'output') outputs[index] = message.output;
                    else failure ??= message;
                });
                worker.on('error', (error) => {
                    failure ??= { message: null, stack: String(error?.stack ?? error) };
                });
                worker.on('exit', resolve);
            });
        })
    );
    if (failure || outputs.filter(Boolean).length !== count) {
        if (failure?.message) {
            console.error(`apex:test: ${failure.message}`);
            process.exitCode = 2;
        } else {
            console.error(failure?.stack ?? 'apex:test: a worker stopped without reporting');
            process.exitCode = 1;
        }
        return;
    }
    process.exitCode = reporter.finish(outputs, count);
    mkdirSync(join(root, '.build', 'apex-runtime'), { recursive: true });
    writeFileSync(timingsFile, JSON.stringify({ ...timings, ...reporter.timings }));
}

if (!isMainThread && workerData?.shard) {
    runWorker();
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    await runMain();
}
