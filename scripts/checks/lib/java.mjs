// The Java runtime and the jars the JVM-based checks use (apex-ls and PMD ship inside
// @salesforce/code-analyzer-pmd-engine). A missing or too old Java is reported, never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MINIMUM_JAVA = 17;

/** undefined when `java` is usable, else a message saying what is missing and what to do. */
export function javaProblem() {
    const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (result.error)
        return `java is not on PATH (${result.error.code ?? result.error.message}): install Java ${MINIMUM_JAVA} (CI has it)`;
    const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr ?? '');
    const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
    if (major < MINIMUM_JAVA)
        return `java ${match ? match[0] : '(unknown version)'} is too old: install Java ${MINIMUM_JAVA}`;
    return undefined;
}

/** The folder of jars shipped with @salesforce/code-analyzer-pmd-engine, or undefined. */
export function pmdEngineJavaLib() {
    try {
        const engineMain = require.resolve('@salesforce/code-analyzer-pmd-engine');
        const folder = join(dirname(engineMain), 'java-lib');
        return existsSync(folder) ? folder : undefined;
    } catch {
        return undefined;
    }
}
