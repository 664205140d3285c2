import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../scripts/checks/apex-semantics.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount, runWithoutJava } from './support/fixtures.mjs';

// one apex-ls JVM per fixture tree, both started together, results shared by every assertion
const FILE = 'force-app/main/default/classes/CallService.cls';
const [defect, clean] = await Promise.all([
    check({ root: fixtureRoot('apex-semantics', 'defect') }),
    check({ root: fixtureRoot('apex-semantics', 'clean') })
]);

test('an unknown field on Case (a standard object the project extends) is reported', () => {
    assertFinding(defect, FILE, 6, /Case\.Not_A_Field__c does not exist/);
});

test('an unknown activity field on a Task variable is reported', () => {
    assertFinding(
        defect,
        FILE,
        12,
        /Task\.Call_Result__c does not exist: no objects\/Activity\/fields\/Call_Result__c/
    );
});

test('an unknown field on a Case property is reported', () => {
    assertFinding(defect, FILE, 16, /Case\.Review_Reference__c does not exist/);
});

test('a call to an unknown method is reported by apex-ls with its line', () => {
    assertFinding(defect, FILE, 7, /No matching method found for 'maxAttemptz' on 'CallRules'/);
});

test('the defect fixture produces exactly the planted findings', () => {
    assertCount(defect, 4);
});

test('known custom and standard fields, relationships, static field references and calls pass', () => {
    assertNoFindings(clean);
});

test('without java on PATH the check fails with a finding instead of passing', async () => {
    const result = await runWithoutJava('apex-semantics', fixtureRoot('apex-semantics', 'clean'));
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stdout, /^sfdx-project\.json:0 apex-ls cannot run: java is not on PATH/m);
});
