// `npm run apex:test [-- --tests A,B] [--coverage] [--now ISO] [--time-zone Zone] [--shared-activities on|off] [--dir folder] [--workers N]`
// Runs the package's Apex tests offline and prints one line per test method (PASS, FAIL with the
// message and the Apex stack, XFAIL with the listed reason), the summary
// `N passed, N failed, N expected to fail`, and with --coverage the line coverage of every class
// that is not a test class and of every trigger. Exit 0 only when no test failed unexpectedly and
// no method on the expected-failure list passed. The test classes may be shared between worker
// threads (shard.ts); this module prints and totals what they report, in the order of the classes.
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { findProjectRoot } from '../../spec/project/projectMetadata';
import { pruneExpectedFailures, readExpectedFailures, type ExpectedFailure } from './expectedFailures';
import { parseArguments, UsageError, type Options } from './options';
import { coverage, junitXml, type ReportedResult } from './reports';
import { runShard, ShardError, type ClassDone, type ShardOutput } from './shard';

export { parseArguments } from './options';
export { runShard, assignClasses } from './shard';

/** A long Apex stack (deep recursion) is shown by its first frames. */
function shortStack(stack: string): string {
    const lines = stack.split('\n');
    return lines.length > 25 ? [...lines.slice(0, 20), `... ${lines.length - 20} more frames`].join('\n') : stack;
}

function indent(text: string): string {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}

export interface RunSummary {
    passed: number;
    failed: number;
    expectedToFail: number;
    /** The whole command, parsing and org set-up included. */
    seconds: number;
    /** Test methods run, and the seconds each test class took. */
    methods: number;
    classSeconds: Record<string, number>;
    /** Worker threads the classes were shared between. */
    workers: number;
}

/** The options, or the exit code of a usage error (printed). */
export function readOptions(argv: readonly string[]): Options | number {
    let options: Options;
    try {
        options = parseArguments(argv);
    } catch (error) {
        if (error instanceof UsageError) {
            console.error(`apex:test: ${error.message}`);
            return 2;
        }
        throw error;
    }
    if (options.prune && options.folders.length) {
        console.error('apex:test: --prune-expected-failures applies to the package run, not to --dir');
        return 2;
    }
    if (options.prune && options.tests) {
        console.error('apex:test: --prune-expected-failures needs a run of every test class (no --tests)');
        return 2;
    }
    return options;
}

/** Prints each class's results in the run's order as they arrive from the workers, and the totals at the end. */
export class Reporter {
    private readonly expectedFile: string;
    private readonly expected: Map<string, ExpectedFailure>;
    private readonly pending = new Map<number, ClassDone>();
    private next = 0;
    private readonly results: ReportedResult[] = [];
    private readonly seen = new Set<string>();
    private passed = 0;
    private failed = 0;
    private expectedToFail = 0;
    private readonly classSeconds: Record<string, number> = {};
    private readonly started = Date.now();

    constructor(
        private readonly options: Options,
        private readonly root: string
    ) {
        this.expectedFile = join(root, 'apex-runtime', 'expected-failures.txt');
        // The expected-failure list is the package's; Apex of other folders runs without one.
        this.expected = options.folders.length ? new Map() : readExpectedFailures(this.expectedFile);
    }

    onClass(done: ClassDone): void {
        this.pending.set(done.index, done);
        for (let ready = this.pending.get(this.next); ready; ready = this.pending.get(this.next)) {
            this.pending.delete(this.next);
            this.next += 1;
            this.print(ready);
        }
    }

    private print(done: ClassDone): void {
        const options = this.options;
        this.classSeconds[done.name] = done.seconds;
        for (const result of done.results) {
            const name = `${result.className}.${result.methodName}`;
            this.seen.add(name.toLowerCase());
            const listed = this.expected.get(name.toLowerCase());
            if (result.outcome === 'pass' && listed) {
                this.failed += 1;
                console.log(`FAIL ${name}: passes but is listed in apex-runtime/expected-failures.txt:${listed.line}; remove it from the list`);
                this.results.push({ ...result, status: 'fail', message: 'passes but is listed as expected to fail' });
            } else if (result.outcome === 'pass') {
                this.passed += 1;
                console.log(`PASS ${name}`);
                this.results.push({ ...result, status: 'pass' });
            } else if (listed) {
                this.expectedToFail += 1;
                console.log(`XFAIL ${name}: ${listed.reason}`);
                if (options.verbose) console.log(indent(`${result.message ?? ''}${result.stack ? `\n${shortStack(result.stack)}` : ''}`));
                this.results.push({ ...result, status: 'xfail', message: listed.reason });
            } else {
                this.failed += 1;
                console.log(`FAIL ${name}: ${result.message ?? ''}`);
                if (result.stack) console.log(indent(shortStack(result.stack)));
                if (options.verbose && result.debugLog.length) console.log(indent(result.debugLog.join('\n')));
                this.results.push({ ...result, status: 'fail' });
            }
        }
    }

    /** Totals, coverage, reports; the exit code. */
    finish(outputs: readonly ShardOutput[], workers: number): number {
        const options = this.options;
        const root = this.root;
        const stale = new Set<string>();
        if (!options.tests && !options.folders.length) {
            for (const entry of this.expected.values()) {
                if (this.seen.has(entry.test.toLowerCase())) continue;
                this.failed += 1;
                stale.add(entry.test.toLowerCase());
                console.log(`FAIL ${entry.test}: listed in apex-runtime/expected-failures.txt:${entry.line} but there is no such test method; remove it from the list`);
            }
        }
        if (options.prune) {
            for (const result of this.results) {
                const key = `${result.className}.${result.methodName}`.toLowerCase();
                if (result.status === 'fail' && this.expected.has(key)) stale.add(key);
            }
            const removed = pruneExpectedFailures(this.expectedFile, stale);
            console.log(`\nremoved ${removed} passing or unknown method(s) from apex-runtime/expected-failures.txt`);
        }
        const reports = join(root, 'reports');
        mkdirSync(reports, { recursive: true });
        writeFileSync(join(reports, options.folders.length ? 'apex-junit-dir.xml' : 'apex-junit.xml'), junitXml(this.results));
        if (options.coverage) printCoverage(outputs);
        const seconds = (Date.now() - this.started) / 1000;
        console.log(`\n${this.passed} passed, ${this.failed} failed, ${this.expectedToFail} expected to fail (${seconds.toFixed(1)}s)`);
        if (options.summaryFile) {
            const summary: RunSummary = {
                passed: this.passed,
                failed: this.failed,
                expectedToFail: this.expectedToFail,
                seconds,
                methods: this.results.length,
                classSeconds: this.classSeconds,
                workers
            };
            writeFileSync(options.summaryFile, JSON.stringify(summary));
        }
        return this.failed ? 1 : 0;
    }

    get timings(): Record<string, number> {
        return this.classSeconds;
    }
}

/** Line coverage of the classes that are not tests and of the triggers, over the lines every worker ran. */
function printCoverage(outputs: readonly ShardOutput[]): void {
    const executed = new Map<string, Set<number>>();
    for (const output of outputs) {
        for (const [file, lines] of Object.entries(output.executed)) {
            const set = executed.get(file) ?? new Set<number>();
            for (const line of lines) set.add(line);
            executed.set(file, set);
        }
    }
    const lines = coverage(outputs[0]?.files ?? [], executed);
    const width = Math.max(...lines.map((line) => line.name.length), 10);
    console.log('\ncoverage by class');
    for (const line of lines) {
        const percent = line.total ? (100 * line.covered) / line.total : 100;
        console.log(`  ${line.name.padEnd(width)}  ${String(line.covered).padStart(4)}/${String(line.total).padEnd(4)}  ${percent.toFixed(2).padStart(6)}%`);
    }
    const covered = lines.reduce((sum, line) => sum + line.covered, 0);
    const total = lines.reduce((sum, line) => sum + line.total, 0);
    console.log(`coverage ${(total ? (100 * covered) / total : 0).toFixed(2)}%`);
}

/** A failure that stops the run before any test (a usage error found by a worker): printed, exit 2. */
export function reportShardError(error: unknown): number | null {
    if (error instanceof ShardError) {
        console.error(`apex:test: ${error.message}`);
        return 2;
    }
    return null;
}

/** The whole run in this thread (no workers). */
export function main(argv: readonly string[], root: string = findProjectRoot()): number {
    const options = readOptions(argv);
    if (typeof options === 'number') return options;
    const reporter = new Reporter(options, root);
    let output: ShardOutput;
    try {
        output = runShard(options, root, { index: 0, count: 1, timings: {} }, (done) => reporter.onClass(done));
    } catch (error) {
        const code = reportShardError(error);
        if (code !== null) return code;
        throw error;
    }
    return reporter.finish([output], 1);
}
