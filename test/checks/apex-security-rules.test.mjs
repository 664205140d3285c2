import { test } from 'node:test';
import { check } from '../../scripts/checks/apex-security-rules.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount } from './support/fixtures.mjs';

const WIZARD = 'force-app/main/default/classes/CallWizardController.cls';
const WARNING = 'force-app/main/default/classes/ContractWarningController.cls';
const defect = await check({ root: fixtureRoot('apex-security-rules', 'defect') });
const clean = await check({ root: fixtureRoot('apex-security-rules', 'clean') });

test('an @AuraEnabled method in a without sharing class is reported at the class', () => {
    assertFinding(
        defect,
        WIZARD,
        1,
        /class CallWizardController has @AuraEnabled method\(s\) logCall but is declared 'without sharing': declare it 'with sharing'/
    );
});

test('an @AuraEnabled method in a class without a sharing keyword is reported', () => {
    assertFinding(
        defect,
        WARNING,
        1,
        /class ContractWarningController has @AuraEnabled method\(s\) warningFor but declares no sharing/
    );
});

test('an unjustified without sharing class is reported', () => {
    assertFinding(
        defect,
        WIZARD,
        1,
        /is declared 'without sharing': use 'with sharing' or 'inherited sharing', or justify system mode with a \/\/ SECURITY: comment/
    );
});

test('a DML statement without as user is reported', () => {
    assertFinding(defect, WIZARD, 5, /'update' without 'as user' runs in system mode: write 'update as user \.\.\.'/);
});

test('insert as system without a reason is reported', () => {
    assertFinding(defect, WIZARD, 7, /'insert as system' runs in system mode/);
});

test('Database DML without AccessLevel.USER_MODE is reported', () => {
    assertFinding(
        defect,
        WIZARD,
        6,
        /Database\.insert passes no AccessLevel and runs in system mode: pass AccessLevel\.USER_MODE/
    );
    assertFinding(defect, WIZARD, 8, /Database\.delete passes AccessLevel\.SYSTEM_MODE/);
});

test('the defect fixture produces exactly the planted findings', () => {
    assertCount(defect, 7);
});

test('user-mode DML, justified system mode, @AuraEnabled DTO properties, test setup DML and trigger events pass', () => {
    assertNoFindings(clean);
});
