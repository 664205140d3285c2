/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// The conformance suite: Apex test classes written to probe the platform (apex-runtime/conformance/README.md).
// Each method must pass, or fail with exactly the message and stack a real org reports for it.
import { readdirSync } from 'fs';
import { join } from 'path';
import { runConformance, type ConformanceRun } from '../conformance';

const CLASSES = join(__dirname, '..', 'classes');

let run: ConformanceRun;

beforeAll(() => {
    run = runConformance();
}, 300000);

describe('the conformance suite', () => {
    it('runs every test class of apex-runtime/conformance/classes', () => {
        const files = readdirSync(CLASSES)
            .filter((name) => name.endsWith('Test.cls'))
            .map((name) => name.replace(/\.cls$/, ''))
            .sort();
        expect([...run.classes].sort()).toEqual(files);
    });

    it('has methods that pass and methods an org fails, each as the org reports it', () => {
        const problems = run.verdicts
            .filter((verdict) => verdict.problem)
            .map((verdict) => `${verdict.expectation?.className ?? verdict.result?.className}.${verdict.expectation?.methodName ?? verdict.result?.methodName}: ${verdict.problem}`);
        expect(problems).toEqual([]);
        expect(run.verdicts.some((verdict) => verdict.expectation?.failure)).toBe(true);
        expect(run.verdicts.some((verdict) => !verdict.expectation?.failure)).toBe(true);
    });
});
