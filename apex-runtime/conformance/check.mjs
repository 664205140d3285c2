// `node apex-runtime/conformance/check.mjs [ClassA,ClassB]`: runs the conformance suite (as its jest test
// does) and prints one line per test method: `ok`, or `MISMATCH` with what differs from a real org.
// Exit 0 only when every method behaves as the org does.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = join(root, '.build', 'apex-runtime', 'conformance.cjs');

await build({
    entryPoints: [join(root, 'apex-runtime', 'conformance', 'conformance.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning'
});
process.setSourceMapsEnabled(true);
const { runConformance } = createRequire(import.meta.url)(outfile);
const only = process.argv[2] ? process.argv[2].split(',') : undefined;
const run = runConformance({ only });
let mismatches = 0;
for (const verdict of run.verdicts) {
    const name = `${verdict.expectation?.className ?? verdict.result?.className}.${verdict.expectation?.methodName ?? verdict.result?.methodName}`;
    const kind = verdict.expectation?.failure ? 'fails as in an org' : 'passes';
    if (verdict.problem) {
        mismatches += 1;
        console.log(`MISMATCH ${name}: ${verdict.problem.replace(/\n/g, '\n    ')}`);
    } else {
        console.log(`ok ${name} (${kind})`);
    }
}
console.log(`\n${run.verdicts.length - mismatches} as in an org, ${mismatches} mismatched, in ${run.classes.length} classes`);
process.exitCode = mismatches ? 1 : 0;
