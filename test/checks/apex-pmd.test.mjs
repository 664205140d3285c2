import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../scripts/checks/apex-pmd.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount, runWithoutJava } from './support/fixtures.mjs';

// one Code Analyzer run per fixture tree, both started together, results shared by every assertion
const SERVICE = 'force-app/main/default/classes/LoopyService.cls';
const [defect, clean] = await Promise.all([
    check({ root: fixtureRoot('apex-pmd', 'defect') }),
    check({ root: fixtureRoot('apex-pmd', 'clean') })
]);

test('SOQL inside a loop is reported', () => {
    assertFinding(defect, SERVICE, 5, /PMD OperationWithLimitsInLoop/);
});

test('DML in system mode is reported by ApexCRUDViolation', () => {
    assertFinding(defect, SERVICE, 12, /PMD ApexCRUDViolation \(High\)/);
});

test('an empty catch block is reported', () => {
    assertFinding(defect, SERVICE, 13, /PMD EmptyCatchBlock/);
});

test('a test without assertions is reported', () => {
    assertFinding(
        defect,
        'force-app/main/default/classes/LoopyServiceTest.cls',
        4,
        /PMD ApexUnitTestClassShouldHaveAsserts/
    );
});

test('a PMD suppression without a // SECURITY: reason is reported', () => {
    assertFinding(defect, SERVICE, 18, /PMD suppression without a reason: fix the violation, or give the reason/);
});

test('the defect fixture produces exactly the planted findings', () => {
    assertCount(defect, 5);
});

test('user-mode SOQL and DML pass ApexCRUDViolation; justified suppressions, an asserting test and a query loop in a test class pass', () => {
    assertNoFindings(clean);
});

test('without java on PATH the check fails with a finding instead of passing', async () => {
    const result = await runWithoutJava('apex-pmd', fixtureRoot('apex-pmd', 'clean'));
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stdout, /^sfdx-project\.json:0 PMD cannot run: java is not on PATH/m);
});
