/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// The test runner: Apex Developer Guide "Using Test Setup Methods" (setup records visible to every
// method, each method's changes rolled back), "Static and Instance Methods, Variables, and
// Initialization Code" (static variables per test method), "Understanding Testing in Apex".
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pruneExpectedFailures, readExpectedFailures } from '../runner/expectedFailures';
import { assignClasses } from '../runner/shard';
import { coverage, coverageFiles, junitXml } from '../runner/reports';
import { sourceRuntime } from '../runner/runtime';
import { discoverTests, TestRunner, type TestResult } from '../runner/testRunner';

const TEST_CLASS = `@IsTest
private class SampleTest {
    static Integer counter = 0;
    @TestSetup
    static void setup() { insert new Account(Name = 'from setup'); }
    @IsTest
    static void seesSetupAndWrites() {
        counter++;
        Assert.areEqual(1, counter, 'statics are fresh');
        insert new Account(Name = 'written by a test');
        Assert.areEqual('x', Helper.twice('x').left(1));
    }
    @IsTest
    static void alsoStartsFresh() {
        counter++;
        Assert.areEqual(1, counter, 'statics are fresh');
    }
    static testMethod void failsWithAStack() {
        Helper.boom();
    }
}`;

const HELPER = `public class Helper {
    public static String twice(String s) {
        return s + s;
    }
    public static void boom() {
        Integer[] values = new Integer[0];
        values[1] = 2;
    }
    public static void neverCalled() {
        System.debug('not covered');
    }
}`;

function runSample(): { results: TestResult[]; runtime: ReturnType<typeof sourceRuntime> } {
    const runtime = sourceRuntime({ 'classes/SampleTest.cls': TEST_CLASS, 'classes/Helper.cls': HELPER }, { clock: { instant: '2026-03-04T15:00:00Z', timeZone: 'UTC' } });
    const results: TestResult[] = [];
    const runner = new TestRunner(runtime.interpreter, runtime.bridge, { now: new Date('2026-03-04T15:00:00Z') });
    for (const testClass of discoverTests(runtime.program.allClasses())) runner.runClass(testClass, (result) => results.push(result));
    return { results, runtime };
}

describe('the test runner', () => {
    it('finds @IsTest and testMethod methods, gives each fresh statics, and rolls back each method\'s writes', () => {
        const { results, runtime } = runSample();
        expect(results.map((result) => `${result.methodName}:${result.outcome}`)).toEqual(['seesSetupAndWrites:pass', 'alsoStartsFresh:pass', 'failsWithAStack:fail']);
        expect(runtime.bridge.org.db.all('Account').filter((account) => String(account.Name).startsWith('from setup') || String(account.Name).startsWith('written'))).toHaveLength(0);
    });

    it('reports an uncaught exception with the Apex stack', () => {
        const failed = runSample().results[2] as TestResult;
        expect(failed.message).toBe('System.ListException: List index out of bounds: 1');
        expect(failed.stack).toBe('Class.Helper.boom: line 7\nClass.SampleTest.failsWithAStack: line 19');
    });

    it('measures line coverage of classes that are not tests', () => {
        const { runtime } = runSample();
        const lines = coverage(coverageFiles(runtime.program, runtime.files), runtime.interpreter.executed);
        expect(lines).toEqual([{ name: 'Helper', file: 'classes/Helper.cls', covered: 3, total: 4 }]);
    });

    it('writes JUnit with failures and expected failures', () => {
        const xml = junitXml([
            { className: 'A', methodName: 'ok', status: 'pass', millis: 1 },
            { className: 'A', methodName: 'bad', status: 'fail', message: 'boom <1>', millis: 1 },
            { className: 'A', methodName: 'later', status: 'xfail', message: 'not yet', millis: 1 }
        ]);
        expect(xml).toContain('<testsuite name="A" tests="3" failures="1" skipped="1"');
        expect(xml).toContain('<failure message="boom &lt;1&gt;">');
        expect(xml).toContain('<skipped message="expected to fail: not yet"/>');
    });
});

describe('the expected-failure list', () => {
    it('reads `Class.method: reason` lines and refuses anything else', () => {
        const folder = mkdtempSync(join(tmpdir(), 'apex-expected-'));
        const file = join(folder, 'expected.txt');
        writeFileSync(file, '# comment\nA.b: needs SOQL\n\nC.d: defect\n');
        expect([...readExpectedFailures(file).values()].map((entry) => `${entry.test}@${entry.line}: ${entry.reason}`)).toEqual(['A.b@2: needs SOQL', 'C.d@4: defect']);
        writeFileSync(file, 'A.b needs SOQL\n');
        expect(() => readExpectedFailures(file)).toThrow('expected "Class.method: reason"');
        writeFileSync(file, 'A.b: x\nA.b: y\n');
        expect(() => readExpectedFailures(file)).toThrow('A.b is listed twice');
    });

    it('only shrinks: pruning removes the methods that now pass', () => {
        const folder = mkdtempSync(join(tmpdir(), 'apex-expected-'));
        const file = join(folder, 'expected.txt');
        writeFileSync(file, '# keep\nA.b: x\nC.d: y');
        expect(pruneExpectedFailures(file, new Set(['a.b']))).toBe(1);
        expect(readFileSync(file, 'utf8')).toBe('# keep\nC.d: y');
    });
});

describe('sharing test classes between workers', () => {
    it('gives every class to exactly one worker, the longest first to the least loaded', () => {
        const classes = [
            { name: 'Replay', methods: 200 },
            { name: 'Small', methods: 2 },
            { name: 'Medium', methods: 40 },
            { name: 'Other', methods: 30 }
        ];
        // Last run's seconds win over the method count: Small took longest.
        const owners = assignClasses(classes, 2, { Replay: 10, Small: 12, Medium: 3, Other: 2 });
        expect(owners).toEqual([1, 0, 1, 0]);
        expect(assignClasses(classes, 1, {})).toEqual([0, 0, 0, 0]);
        // Without timings the method counts weigh: the replay alone on one worker, the rest on the other.
        expect(assignClasses(classes, 2, {})).toEqual([0, 1, 1, 1]);
    });
});
