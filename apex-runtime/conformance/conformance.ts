// Runs the conformance suite (apex-runtime/conformance/classes and triggers) through the runtime as
// `npm run apex:test -- --dir apex-runtime/conformance` does, and compares every test method with what
// a real org does: it passes, or it fails with the message and stack its @expect and @stack comments give.
import { join } from 'path';
import { findProjectRoot } from '../../spec/project/projectMetadata';
import { projectRuntime } from '../runner/runtime';
import { discoverTests, TestRunner, type TestResult } from '../runner/testRunner';
import { readExpectations, type Expectation } from './expectations';

export const CONFORMANCE_FOLDER = join('apex-runtime', 'conformance');

export interface Verdict {
    expectation: Expectation | null;
    result: TestResult | null;
    /** Why the outcome differs from the expectation; null when it matches. */
    problem: string | null;
}

export interface ConformanceRun {
    verdicts: Verdict[];
    /** The test classes run, in file order. */
    classes: string[];
}

export interface ConformanceOptions {
    now?: Date;
    timeZone?: string;
    /** Only these test classes (names as declared). */
    only?: readonly string[];
}

function compare(expectation: Expectation | null, result: TestResult | null): string | null {
    if (!expectation) return 'no @IsTest method of that name was found in the source (the expectations parser missed it)';
    if (!result) return 'the runner did not run it';
    if (!expectation.failure) {
        return result.outcome === 'pass' ? null : `expected to pass, failed: ${result.message ?? ''}${result.stack ? `\n${result.stack}` : ''}`;
    }
    if (result.outcome === 'pass') return `expected to fail with "${expectation.failure.message}", passed`;
    if (result.message !== expectation.failure.message) return `expected the message "${expectation.failure.message}", got "${result.message ?? ''}"`;
    const stack = (result.stack ?? '').split('\n').filter(Boolean);
    const wanted = expectation.failure.stack;
    if (wanted.length && stack.join('\n') !== wanted.join('\n')) return `expected the stack\n${wanted.join('\n')}\ngot\n${stack.join('\n')}`;
    return null;
}

export function runConformance(options: ConformanceOptions = {}): ConformanceRun {
    const root = findProjectRoot(__dirname);
    const now = options.now ?? new Date('2026-03-04T15:00:00Z');
    const runtime = projectRuntime({ root, clock: { instant: now, timeZone: options.timeZone ?? 'America/Los_Angeles' } }, join(root, '.build', 'apex-ast'), [CONFORMANCE_FOLDER]);
    const runner = new TestRunner(runtime.interpreter, runtime.bridge, { now });
    const verdicts: Verdict[] = [];
    const classes: string[] = [];
    const only = options.only ? new Set(options.only.map((name) => name.toLowerCase())) : null;
    for (const testClass of discoverTests(runtime.program.allClasses())) {
        if (only && !only.has(testClass.cls.lower)) continue;
        classes.push(testClass.cls.name);
        const expectations = new Map(readExpectations(join(root, testClass.cls.file), testClass.cls.name).map((expectation) => [expectation.methodName.toLowerCase(), expectation]));
        const seen = new Set<string>();
        runner.runClass(testClass, (result) => {
            const expectation = expectations.get(result.methodName.toLowerCase()) ?? null;
            seen.add(result.methodName.toLowerCase());
            verdicts.push({ expectation, result, problem: compare(expectation, result) });
        });
        for (const [name, expectation] of expectations) {
            if (!seen.has(name)) verdicts.push({ expectation, result: null, problem: compare(expectation, null) });
        }
    }
    return { verdicts, classes };
}
