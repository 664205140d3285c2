import { test } from 'node:test';
import { check } from '../../scripts/checks/soql-fields.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount } from './support/fixtures.mjs';

const FILE = 'force-app/main/default/classes/BadSelector.cls';
const defect = await check({ root: fixtureRoot('soql-fields', 'defect') });
const clean = await check({ root: fixtureRoot('soql-fields', 'clean') });

test('a query selecting a field that is not in objects/ is reported at its line', () => {
    assertFinding(
        defect,
        FILE,
        3,
        /SELECT: Case\.Bogus__c does not exist: no objects\/Case\/fields\/Bogus__c\.field-meta\.xml/
    );
});

test('a query without WITH USER_MODE is reported with the instruction', () => {
    assertFinding(
        defect,
        FILE,
        7,
        /has no WITH clause: add WITH USER_MODE, or justify system mode with a \/\/ SECURITY: comment/
    );
});

test('WITH SECURITY_ENFORCED is not user mode', () => {
    assertFinding(defect, FILE, 25, /has WITH SECURITY_ENFORCED: add WITH USER_MODE/);
});

test('Database.query with a variable is reported as SOQL built from strings', () => {
    assertFinding(defect, FILE, 12, /Database\.query runs a query built from a string: no SOQL built from strings/);
});

test('a misspelled relationship in a path and an unknown child relationship are reported', () => {
    assertFinding(defect, FILE, 17, /Case\.Contact\.Acount|Contact\.Acount is not a known relationship/);
    assertFinding(defect, FILE, 17, /Nope__r is not a child relationship of Case/);
});

test('a field unknown to objects/ in a query the test factory reads in system mode is reported', () => {
    assertFinding(
        defect,
        'force-app/main/default/classes/BadTestReads.cls',
        5,
        /SELECT: Case\.Bogus__c does not exist: no objects\/Case\/fields\/Bogus__c\.field-meta\.xml/
    );
});

test('a test reading package fields in user mode outside System.runAs, as the running admin, is reported', () => {
    assertFinding(
        defect,
        'force-app/main/default/classes/BadTestReads.cls',
        11,
        /SOQL query on Case reads package fields in user mode as the running admin.*PlaybookTestFactory\.readAsSystem/
    );
});

test('a SOSL search naming an unknown field in RETURNING, or running in system mode, is reported', () => {
    assertFinding(defect, FILE, 29, /SOSL RETURNING: Case\.Bogus_Returning__c does not exist/);
    assertFinding(defect, FILE, 29, /SOSL search runs in system mode: add WITH USER_MODE/);
});

test('the defect fixture produces exactly the planted findings', () => {
    assertCount(defect, 10);
});

test('relationship paths, custom child relationships, activity fields, aliases, semi-joins, binds, SOSL RETURNING lists, justified system mode, test classes, system-mode reads through the test factory and user-mode reads inside System.runAs pass', () => {
    assertNoFindings(clean);
});
