// One worker's share of a test run: its own runtime (program, org, evaluator) runs the test classes assigned
// to it and reports each class as it finishes. Every worker discovers the same classes in the same order and
// computes the same assignment, so the shares never overlap and together cover every class. Test classes are
// independent (each runs in its own transaction, rolled back; Apex Developer Guide "Understanding Testing in
// Apex"), so sharing them between workers changes nothing but the time the run takes.
import { join } from 'path';
import { projectRuntime } from './runtime';
import type { Options } from './options';
import { coverageFiles, type CoverageFile } from './reports';
import { discoverTests, TestRunner, type TestClass, type TestResult } from './testRunner';

export interface ClassDone {
    /** Position of the class in the run's order. */
    index: number;
    name: string;
    results: TestResult[];
    seconds: number;
}

export interface ShardOutput {
    /** Every class of the run, in order (the same in every worker). */
    classes: string[];
    /** Lines run, by file. */
    executed: Record<string, number[]>;
    /** The files coverage counts (the same in every worker). */
    files: CoverageFile[];
}

export class ShardError extends Error {}

/**
 * Splits classes between `count` workers: the longest first (by the seconds of the last run, else by the number of
 * test methods), each to the worker with the least work so far.
 */
export function assignClasses(classes: readonly { name: string; methods: number }[], count: number, timings: Readonly<Record<string, number>>): number[] {
    const weightOf = (entry: { name: string; methods: number }) => timings[entry.name] ?? entry.methods * 0.05;
    const order = classes.map((entry, index) => ({ index, weight: weightOf(entry) })).sort((a, b) => b.weight - a.weight || a.index - b.index);
    const load = new Array<number>(count).fill(0);
    const owner = new Array<number>(classes.length).fill(0);
    for (const { index, weight } of order) {
        let lightest = 0;
        for (let worker = 1; worker < count; worker++) if ((load[worker] as number) < (load[lightest] as number)) lightest = worker;
        owner[index] = lightest;
        load[lightest] = (load[lightest] as number) + weight;
    }
    return owner;
}

/**
 * The classes `--tests` names; an entry `Class.method` runs that method of the class only (as `sf apex run test
 * --tests Class.method` does), with the class's @TestSetup.
 */
function selectClasses(all: TestClass[], options: Options): TestClass[] {
    if (!options.tests) return all;
    const byName = new Map(all.map((testClass) => [testClass.cls.lower, testClass]));
    const methodsByClass = new Map<string, Set<string> | null>();
    const unknown: string[] = [];
    for (const entry of options.tests) {
        const [className, methodName, ...rest] = entry.toLowerCase().split('.');
        const testClass = className ? byName.get(className) : undefined;
        if (!testClass || rest.length || (methodName !== undefined && !testClass.tests.some((method) => method.name.toLowerCase() === methodName))) {
            unknown.push(entry);
            continue;
        }
        const methods = methodsByClass.get(testClass.cls.lower);
        if (methodName === undefined || methods === null) methodsByClass.set(testClass.cls.lower, null);
        else methodsByClass.set(testClass.cls.lower, new Set([...(methods ?? []), methodName]));
    }
    if (unknown.length) throw new ShardError(`no test class or test method named ${unknown.join(', ')} (test classes: ${all.map((testClass) => testClass.cls.name).join(', ')})`);
    return all
        .filter((testClass) => methodsByClass.has(testClass.cls.lower))
        .map((testClass) => {
            const methods = methodsByClass.get(testClass.cls.lower);
            return methods ? { ...testClass, tests: testClass.tests.filter((method) => methods.has(method.name.toLowerCase())) } : testClass;
        });
}

/** Runs worker `shard` of `count`; `onClass` hears of each class as it finishes. */
export function runShard(
    options: Options,
    root: string,
    shard: { index: number; count: number; timings: Record<string, number> },
    onClass: (done: ClassDone) => void
): ShardOutput {
    let runtime: ReturnType<typeof projectRuntime>;
    try {
        runtime = projectRuntime(
            { root, clock: { instant: options.now ?? new Date(), timeZone: options.timeZone }, sharedActivities: options.sharedActivities, entitlements: options.entitlements },
            join(root, '.build', 'apex-ast'),
            options.folders
        );
    } catch (error) {
        if (error instanceof Error && /no such folder/.test(error.message)) throw new ShardError(error.message);
        throw error;
    }
    const testClasses = selectClasses(discoverTests(runtime.program.allClasses()), options);
    const owners = assignClasses(
        testClasses.map((testClass) => ({ name: testClass.cls.name, methods: testClass.tests.length })),
        shard.count,
        shard.timings
    );
    const runner = new TestRunner(runtime.interpreter, runtime.bridge, { now: options.now });
    testClasses.forEach((testClass, index) => {
        if (owners[index] !== shard.index) return;
        const started = Date.now();
        const results: TestResult[] = [];
        runner.runClass(testClass, (result) => results.push(result));
        onClass({ index, name: testClass.cls.name, results, seconds: (Date.now() - started) / 1000 });
    });
    const executed: Record<string, number[]> = {};
    for (const [file, lines] of runtime.interpreter.executed) executed[file] = [...lines];
    const files = coverageFiles(runtime.program, runtime.files);
    return { classes: testClasses.map((testClass) => testClass.cls.name), executed, files };
}
