// Entry point of `npm run apex:test`: bundles the runtime (TypeScript) with esbuild into
// .build/apex-runtime/ and runs it. The SOQL evaluator (apex-runtime/soql/) is bundled when
// present; until then queries fail as unsupported.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, '.build', 'apex-runtime', 'cli.cjs');

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    process.setSourceMapsEnabled(true);
    const bundle = await bundleRuntime();
    const { main } = createRequire(import.meta.url)(bundle);
    process.exitCode = main(process.argv.slice(2), root);
}
