// Runs Apex test classes the way the platform does (Apex Developer Guide "Understanding Testing in
// Apex", "Using Test Setup Methods", "Test.startTest"): each @IsTest method (or testMethod) is its
// own transaction with fresh static variables and governor limits; @TestSetup methods run once per
// class and every test method sees their records, its own changes rolled back afterwards; tests
// run as the org's System Administrator, who holds none of the package's permission sets.
import type { ClassInfo, MethodInfo } from '../binder/classInfo';
import { ApexThrow, RuntimeFault, UnsupportedError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import type { OrgBridge } from '../org/bridge';

export interface TestResult {
    className: string;
    methodName: string;
    outcome: 'pass' | 'fail';
    message?: string;
    stack?: string;
    debugLog: string[];
    millis: number;
}

export interface TestClass {
    cls: ClassInfo;
    setup: MethodInfo[];
    tests: MethodInfo[];
}

function annotated(method: MethodInfo, name: string): boolean {
    return method.annotations.some((annotation) => annotation.name.toLowerCase() === name);
}

/** Test classes and their methods, in file order. */
export function discoverTests(classes: Iterable<ClassInfo>): TestClass[] {
    const found: TestClass[] = [];
    for (const cls of classes) {
        if (cls.outer || cls.kind !== 'class') continue;
        const methods = [...cls.methods.values()].flat();
        const tests = methods.filter((method) => method.isStatic && (annotated(method, 'istest') || method.words.includes('testmethod')));
        if (!tests.length) continue;
        if (!cls.isTest) continue;
        found.push({ cls, setup: methods.filter((method) => annotated(method, 'testsetup')), tests: tests.sort((a, b) => a.line - b.line) });
    }
    return found;
}

export interface RunnerOptions {
    /** The instant each test method starts at; the real time when null. */
    now: Date | null;
}

export class TestRunner {
    constructor(
        private readonly interpreter: Interpreter,
        private readonly bridge: OrgBridge,
        private readonly options: RunnerOptions
    ) {}

    private startTransaction(): void {
        const org = this.bridge.org;
        this.interpreter.resetTransaction();
        this.bridge.beginTest();
        org.clock.set({ instant: this.options.now ?? new Date() });
        org.setRunningUser(org.adminUserId);
    }

    private invoke(method: MethodInfo): { message?: string; stack?: string } | null {
        try {
            this.asOwnTransaction(() => this.interpreter.runStatic(method, []));
            return null;
        } catch (error) {
            return describeFailure(this.interpreter, error);
        }
    }

    /**
     * Each test method and @TestSetup method is a transaction of its own, also for the org's
     * mixed-DML rule; the records stay in the class's transaction so that they can be rolled back.
     * An org without that rule (no isolateMixedDml) needs nothing more.
     */
    private asOwnTransaction(body: () => void): void {
        const db = this.bridge.org.db as unknown as { isolateMixedDml?: (run: () => void) => void };
        if (typeof db.isolateMixedDml === 'function') db.isolateMixedDml.call(this.bridge.org.db, body);
        else body();
    }

    runClass(testClass: TestClass, onResult: (result: TestResult) => void): void {
        const org = this.bridge.org;
        const seeAllData = testClass.cls.annotation('IsTest')?.params.seealldata;
        org.db.beginTransaction(undefined);
        try {
            let setupFailure: { message?: string; stack?: string } | null = null;
            if (seeAllData && seeAllData.toLowerCase() === 'true') setupFailure = { message: `unsupported: @IsTest(SeeAllData=true) (${testClass.cls.file})` };
            for (const setup of testClass.setup) {
                if (setupFailure) break;
                this.startTransaction();
                const failure = this.invoke(setup);
                if (failure) setupFailure = { message: `@TestSetup ${setup.name} failed: ${failure.message}`, stack: failure.stack };
            }
            const mark = org.db.setSavepoint();
            for (const method of testClass.tests) {
                const started = Date.now();
                this.startTransaction();
                const failure = setupFailure ?? this.invoke(method);
                onResult({
                    className: testClass.cls.name,
                    methodName: method.name,
                    outcome: failure ? 'fail' : 'pass',
                    message: failure?.message,
                    stack: failure?.stack,
                    debugLog: [...this.interpreter.debugLog],
                    millis: Date.now() - started
                });
                org.db.rollback(mark);
            }
        } finally {
            org.db.rollbackTransaction();
            org.setRunningUser(org.adminUserId);
        }
    }
}

export function describeFailure(interpreter: Interpreter, error: unknown): { message: string; stack?: string } {
    if (error instanceof ApexThrow) return interpreter.describeThrow(error);
    if (error instanceof UnsupportedError) return { message: error.message, stack: interpreter.stackTrace() || undefined };
    if (error instanceof RuntimeFault) return { message: error.message };
    if (error instanceof Error) return { message: `internal error: ${error.stack ?? error.message}` };
    return { message: `internal error: ${String(error)}` };
}
