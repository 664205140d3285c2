import { test } from 'node:test';
import { check } from '../../scripts/checks/metadata.mjs';
import { fixtureRoot, assertFinding, assertNoFindings, assertCount } from './support/fixtures.mjs';

const MAIN = 'force-app/main/default';
const AGENT = `${MAIN}/permissionsets/Playbooks_Agent.permissionset-meta.xml`;
const RECORD_TYPE = `${MAIN}/objects/Case/recordTypes/Customer_Loyalty_Assessment.recordType-meta.xml`;
const defect = await check({ root: fixtureRoot('metadata', 'defect') });
const clean = await check({ root: fixtureRoot('metadata', 'clean') });

test('a malformed field file is reported with the line of the error', () => {
    assertFinding(
        defect,
        `${MAIN}/objects/Case/fields/Broken__c.field-meta.xml`,
        6,
        /malformed XML .*Expected closing tag 'length'/
    );
});

test('an error of the SDR build is reported', () => {
    assertFinding(
        defect,
        `${MAIN}/objects/Case/fields/Truncated__c.field-meta.xml`,
        1,
        /the deploy set does not build \(source-deploy-retrieve/
    );
});

test('a class without meta file and a bundle without js-meta.xml are reported', () => {
    assertFinding(defect, `${MAIN}/classes/NoMeta.cls`, 0, /no NoMeta\.cls-meta\.xml next to it/);
    assertFinding(defect, `${MAIN}/lwc/bareBundle`, 0, /has no bareBundle\.js-meta\.xml/);
});

test('an invalid field type and missing type-specific elements are reported', () => {
    assertFinding(
        defect,
        `${MAIN}/objects/Case/fields/Weird__c.field-meta.xml`,
        6,
        /<type>Textt<\/type> is not a Salesforce field type/
    );
    assertFinding(defect, `${MAIN}/objects/Case/fields/No_Length__c.field-meta.xml`, 5, /a Text field needs <length>/);
    assertFinding(
        defect,
        `${MAIN}/objects/Case/fields/Installer_Contact__c.field-meta.xml`,
        7,
        /a Lookup field needs <relationshipName>/
    );
});

test('a record page or quick action naming a missing, unexposed or wrongly targeted component is reported', () => {
    const page = `${MAIN}/flexipages/Case_Page.flexipage-meta.xml`;
    assertFinding(defect, page, 12, /component "missingPanel" does not exist/);
    assertFinding(defect, page, 18, /component "callPanel" is not exposed/);
    assertFinding(defect, page, 24, /"accountPanel" is not allowed on Case record pages: add <object>Case<\/object>/);
    assertFinding(
        defect,
        `${MAIN}/quickActions/Account.Panel.quickAction-meta.xml`,
        5,
        /"accountPanel" lacks the target lightning__RecordAction/
    );
    assertFinding(defect, `${MAIN}/quickActions/Case.Panel.quickAction-meta.xml`, 5, /"callPanel" is not exposed/);
    assertFinding(
        defect,
        `${MAIN}/flexipages/Console_UtilityBar.flexipage-meta.xml`,
        6,
        /"accountPanel" lacks the target lightning__UtilityBar/
    );
});

test('a custom field under objects/Task is reported', () => {
    assertFinding(
        defect,
        `${MAIN}/objects/Task/fields/Follow_Up_Reason__c.field-meta.xml`,
        0,
        /custom activity fields are defined on Activity, not Task/
    );
});

test('a record type missing a picklist value, and missing a picklist, is reported', () => {
    assertFinding(defect, RECORD_TYPE, 8, /picklist CL_Satisfaction_Score__c is missing value\(s\) No Score/);
    assertFinding(defect, RECORD_TYPE, 0, /does not list picklist CL_Activity_Status__c/);
});

test('a permission set missing a field, or granting a required field, is reported', () => {
    assertFinding(defect, AGENT, 0, /Playbooks_Agent: does not grant read on Case\.CL_Score_Value__c/);
    assertFinding(
        defect,
        AGENT,
        43,
        /Case\.Review_Reference__c is required: the platform refuses field permissions on it/
    );
});

test('an admin permission set granting less than the agent set is reported', () => {
    assertFinding(
        defect,
        `${MAIN}/permissionsets/Playbooks_Admin.permissionset-meta.xml`,
        0,
        /grants less than Playbooks_Agent on fieldPermissions Case\.Contract__c/
    );
});

test('a custom metadata record setting a field its type does not have is reported', () => {
    assertFinding(
        defect,
        `${MAIN}/customMetadata/Playbook_Setting.Default.md-meta.xml`,
        10,
        /sets Max_Attempts__c, which is not a field of Playbook_Setting__mdt/
    );
});

test('an apiVersion other than sourceApiVersion is reported at its line', () => {
    assertFinding(
        defect,
        `${MAIN}/classes/CallController.cls-meta.xml`,
        3,
        /apiVersion 62\.0 differs from sourceApiVersion 63\.0/
    );
});

test('the defect fixture produces exactly the planted findings', () => {
    // the planted ones above, plus the grants the agent set lacks for the planted fields
    // (Broken__c, Installer_Contact__c, No_Length__c, Weird__c) and the second Truncated__c finding
    assertCount(defect, 26);
});

test('a complete project (fields, record type with business process, permission sets, custom metadata) passes', () => {
    assertNoFindings(clean);
});
