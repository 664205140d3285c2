// `npm run apex:test [-- --tests A,B] [--coverage] [--now ISO] [--time-zone Zone] [--shared-activities on|off]`
// Runs the package's Apex tests offline and prints one line per test method (PASS, FAIL with the
// message and the Apex stack, XFAIL with the listed reason), the summary
// `N passed, N failed, N expected to fail`, and with --coverage the line coverage of every class
// that is not a test class and of every trigger. Exit 0 only when no test failed unexpectedly and
// no method on the expected-failure list passed.
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { findProjectRoot } from '../../spec/project/projectMetadata';
import { isKnownTimeZone } from '../platform/timeZones';
import { pruneExpectedFailures, readExpectedFailures, type ExpectedFailure } from './expectedFailures';
import { coverage, junitXml, type ReportedResult } from './reports';
import { projectRuntime } from './runtime';
import { discoverTests, TestRunner } from './testRunner';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

interface Options {
    tests: string[] | null;
    coverage: boolean;
    now: Date | null;
    timeZone: string;
    sharedActivities: boolean | undefined;
    verbose: boolean;
    summaryFile: string | null;
    prune: boolean;
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options {
    const options: Options = { tests: null, coverage: false, now: null, timeZone: DEFAULT_TIME_ZONE, sharedActivities: undefined, verbose: false, summaryFile: null, prune: false };
    for (let index = 0; index < argv.length; index++) {
        const flag = argv[index] as string;
        const value = (): string => {
            const next = argv[++index];
            if (next === undefined) throw new UsageError(`${flag} needs a value`);
            return next;
        };
        switch (flag) {
            case '--tests':
                options.tests = value()
                    .split(',')
                    .map((name) => name.trim())
                    .filter(Boolean);
                break;
            case '--coverage':
                options.coverage = true;
                break;
            case '--now': {
                const text = value();
                const instant = new Date(text);
                if (Number.isNaN(instant.getTime())) throw new UsageError(`--now needs an ISO instant such as 2026-03-04T15:00:00Z, got ${text}`);
                options.now = instant;
                break;
            }
            case '--time-zone':
                options.timeZone = value();
                if (!isKnownTimeZone(options.timeZone)) throw new UsageError(`--time-zone needs an IANA zone such as America/New_York, got ${options.timeZone}`);
                break;
            case '--shared-activities': {
                const text = value();
                if (text !== 'on' && text !== 'off') throw new UsageError(`--shared-activities takes on or off, got ${text}`);
                options.sharedActivities = text === 'on';
                break;
            }
            case '--verbose':
                options.verbose = true;
                break;
            case '--summary-json':
                options.summaryFile = value();
                break;
            case '--prune-expected-failures':
                options.prune = true;
                break;
            default:
                throw new UsageError(`Unknown option ${flag}. Use --tests A,B, --coverage, --now ISO, --time-zone Zone, --shared-activities on|off, --verbose, --prune-expected-failures.`);
        }
    }
    return options;
}

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
}

export function main(argv: readonly string[], root: string = findProjectRoot()): number {
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
    const started = Date.now();
    const expectedFile = join(root, 'apex-runtime', 'expected-failures.txt');
    const expected = readExpectedFailures(expectedFile);
    const runtime = projectRuntime(
        { root, clock: { instant: options.now ?? new Date(), timeZone: options.timeZone }, sharedActivities: options.sharedActivities },
        join(root, '.build', 'apex-ast')
    );
    let testClasses = discoverTests(runtime.program.allClasses());
    if (options.tests) {
        const wanted = new Set(options.tests.map((name) => name.toLowerCase()));
        const known = new Set(testClasses.map((testClass) => testClass.cls.lower));
        const unknown = options.tests.filter((name) => !known.has(name.toLowerCase()));
        if (unknown.length) {
            console.error(`apex:test: no test class named ${unknown.join(', ')} (test classes: ${testClasses.map((testClass) => testClass.cls.name).join(', ')})`);
            return 2;
        }
        testClasses = testClasses.filter((testClass) => wanted.has(testClass.cls.lower));
    }
    const runner = new TestRunner(runtime.interpreter, runtime.bridge, { now: options.now });
    const results: ReportedResult[] = [];
    const seen = new Set<string>();
    let passed = 0;
    let failed = 0;
    let expectedToFail = 0;
    const classSeconds: Record<string, number> = {};
    for (const testClass of testClasses) {
        const classStarted = Date.now();
        runner.runClass(testClass, (result) => {
            const name = `${result.className}.${result.methodName}`;
            seen.add(name.toLowerCase());
            const listed: ExpectedFailure | undefined = expected.get(name.toLowerCase());
            if (result.outcome === 'pass' && listed) {
                failed += 1;
                console.log(`FAIL ${name}: passes but is listed in apex-runtime/expected-failures.txt:${listed.line}; remove it from the list`);
                results.push({ ...result, status: 'fail', message: 'passes but is listed as expected to fail' });
            } else if (result.outcome === 'pass') {
                passed += 1;
                console.log(`PASS ${name}`);
                results.push({ ...result, status: 'pass' });
            } else if (listed) {
                expectedToFail += 1;
                console.log(`XFAIL ${name}: ${listed.reason}`);
                if (options.verbose) console.log(indent(`${result.message ?? ''}${result.stack ? `\n${shortStack(result.stack)}` : ''}`));
                results.push({ ...result, status: 'xfail', message: listed.reason });
            } else {
                failed += 1;
                console.log(`FAIL ${name}: ${result.message ?? ''}`);
                if (result.stack) console.log(indent(shortStack(result.stack)));
                if (options.verbose && result.debugLog.length) console.log(indent(result.debugLog.join('\n')));
                results.push({ ...result, status: 'fail' });
            }
        });
        classSeconds[testClass.cls.name] = (Date.now() - classStarted) / 1000;
    }
    const stale = new Set<string>();
    if (!options.tests) {
        for (const entry of expected.values()) {
            if (seen.has(entry.test.toLowerCase())) continue;
            failed += 1;
            stale.add(entry.test.toLowerCase());
            console.log(`FAIL ${entry.test}: listed in apex-runtime/expected-failures.txt:${entry.line} but there is no such test method; remove it from the list`);
        }
    }
    if (options.prune) {
        if (options.tests) {
            console.error('apex:test: --prune-expected-failures needs a run of every test class (no --tests)');
            return 2;
        }
        for (const result of results) if (result.status === 'fail' && expected.has(`${result.className}.${result.methodName}`.toLowerCase())) stale.add(`${result.className}.${result.methodName}`.toLowerCase());
        const removed = pruneExpectedFailures(expectedFile, stale);
        console.log(`\nremoved ${removed} passing or unknown method(s) from apex-runtime/expected-failures.txt`);
    }
    const reports = join(root, 'reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'apex-junit.xml'), junitXml(results));
    if (options.coverage) {
        const lines = coverage(runtime.program, runtime.files, runtime.interpreter.executed);
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
    const seconds = (Date.now() - started) / 1000;
    console.log(`\n${passed} passed, ${failed} failed, ${expectedToFail} expected to fail (${seconds.toFixed(1)}s)`);
    if (options.summaryFile) {
        const summary: RunSummary = { passed, failed, expectedToFail, seconds, methods: results.length, classSeconds };
        writeFileSync(options.summaryFile, JSON.stringify(summary));
    }
    return failed ? 1 : 0;
}
