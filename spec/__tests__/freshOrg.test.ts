// How a fresh scratch org is configured, as the in-memory org models it: field-level security after
// a metadata deploy, field defaults, each user's "today", and the standard picklists of force-app/scratch.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CallWizardController } from '../controllers/CallWizardController';
import { PlaybookError } from '../errors/PlaybookError';
import { QueryError } from '../org/errors';
import { SYSTEM_ADMINISTRATOR } from '../org/InMemoryOrg';
import { createProjectOrg } from '../project/createProjectOrg';
import { readSupportCase } from '../services/SupportCaseService';
import { newProjectOrg, projectRoot } from './orgFixtures';

const SUPPORT_CASE = {
    subject: 'Solar monitoring shows no production data since the March update',
    description: 'The dashboard shows zero kWh for all three sites.',
    phone: '555-010-3999',
    email: 'samuel.okafor@northgate.example',
    productType: 'Solar Monitoring',
    reason: 'Other',
    type: 'Other',
    contactId: null
};

/** A project whose only package folder holds one standard value set. */
function projectWithValueSet(name: string, values: readonly string[]): string {
    const root = mkdtempSync(join(tmpdir(), 'value-sets-'));
    writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));
    const folder = join(root, 'force-app', 'default', 'standardValueSets');
    mkdirSync(folder, { recursive: true });
    const entries = values.map(
        (value) =>
            `<standardValue><fullName>${value}</fullName><default>false</default><label>${value}</label></standardValue>`
    );
    writeFileSync(
        join(folder, `${name}.standardValueSet-meta.xml`),
        `<?xml version="1.0" encoding="UTF-8"?><StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata"><sorted>false</sorted>${entries.join('')}</StandardValueSet>`
    );
    return root;
}

describe('field-level security after a deploy without profiles', () => {
    it('gives the System Administrator no access to the package fields until a permission set grants it', () => {
        const org = newProjectOrg();
        const adminId = org.createUser({ FirstName: 'Ida', LastName: 'Admin', profile: SYSTEM_ADMINISTRATOR });
        org.setRunningUser(adminId);
        expect(org.describe('Case').isUpdateable()).toBe(true);
        expect(org.describe('Case').field('Subject').isAccessible()).toBe(true);
        expect(org.describe('Case').field('CL_Activity_Status__c').isAccessible()).toBe(false);
        expect(() => org.db.query({ select: ['Id', 'CL_Activity_Status__c'], from: 'Case' }, 'USER_MODE')).toThrow(
            QueryError
        );
        expect(org.db.query({ select: ['Id', 'Subject'], from: 'Case' }, 'USER_MODE')).toEqual([]);

        org.assignPermissionSets(adminId, ['Playbooks_Admin']);
        expect(org.describe('Case').field('CL_Activity_Status__c').isAccessible()).toBe(true);
        expect(org.db.query({ select: ['Id', 'CL_Activity_Status__c'], from: 'Case' }, 'USER_MODE')).toEqual([]);
    });

    it('lets the org admin who loads data write package fields in system mode only', () => {
        const org = newProjectOrg();
        expect(org.runningUserId()).toBe(org.adminUserId);
        expect(org.describe('Case').field('CL_Call_Attempts__c').isUpdateable()).toBe(false);
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, CL_Call_Attempts__c: 2 }, 'SYSTEM_MODE');
        expect(org.db.get(caseId as string)?.CL_Call_Attempts__c).toBe(2);
    });

    it('gives a System Administrator every Apex class through Author Apex, and a standard user only those granted', () => {
        const org = newProjectOrg();
        const agentId = org.createUser({ LastName: 'Agent' });
        expect(org.access.hasApexClassAccess(org.grantsOf(org.adminUserId), 'CallWizardController')).toBe(true);
        expect(org.access.hasApexClassAccess(org.grantsOf(agentId), 'CallWizardController')).toBe(false);
        org.assignPermissionSets(agentId, ['Playbooks_Agent']);
        expect(org.access.hasApexClassAccess(org.grantsOf(agentId), 'CallWizardController')).toBe(true);
    });
});

describe('Case Type and Case Reason', () => {
    it('hold the values of force-app/scratch, which include the new-org defaults and the "Other" the vectors send', () => {
        const org = newProjectOrg();
        expect(org.schema.field('Case', 'Type').picklistValues).toEqual([
            'Mechanical',
            'Electrical',
            'Electronic',
            'Structural',
            'Other'
        ]);
        expect(org.schema.field('Case', 'Reason').picklistValues).toEqual([
            'Installation',
            'Equipment Complexity',
            'Performance',
            'Breakdown',
            'Equipment Design',
            'Feedback',
            'Other'
        ]);
    });

    it("are read from a project's standard value sets, the new-org defaults standing in for a set it does not ship", () => {
        const org = createProjectOrg({ root: projectWithValueSet('CaseType', ['Warranty', 'Billing']) });
        expect(org.schema.field('Case', 'Type').picklistValues).toEqual(['Warranty', 'Billing']);
        expect(org.schema.field('Case', 'Reason').picklistValues).toContain('Feedback');
    });

    it("are unrestricted: the org stores any value, and only the package's own check refuses one outside the list", () => {
        const org = newProjectOrg();
        const [caseId] = org.db.insert(
            { attributes: { type: 'Case' }, Type: 'Billing question', Reason: 'Billing question' },
            'SYSTEM_MODE'
        );
        expect(org.db.get(caseId as string)).toMatchObject({ Type: 'Billing question', Reason: 'Billing question' });

        expect(readSupportCase(org, SUPPORT_CASE)).toMatchObject({ reason: 'Other', type: 'Other' });
        for (const refused of [{ reason: 'Billing question' }, { type: 'Billing question' }]) {
            let error: unknown;
            try {
                readSupportCase(org, { ...SUPPORT_CASE, ...refused });
            } catch (caught) {
                error = caught;
            }
            expect(error).toBeInstanceOf(PlaybookError);
            expect((error as PlaybookError).code).toBe('INVALID_INPUT');
        }
    });
});

/** Every field default the package's metadata declares, read from the XML itself: <defaultValue> or a default picklist value. */
function declaredDefaults(objectFolder: string): Record<string, unknown> {
    const folder = join(projectRoot, 'force-app/main/default/objects', objectFolder, 'fields');
    const defaults: Record<string, unknown> = {};
    for (const file of readdirSync(folder)) {
        const xml = readFileSync(join(folder, file), 'utf8');
        const name = /<fullName>([^<]+)<\/fullName>/.exec(xml)?.[1] as string;
        const type = /<type>([^<]+)<\/type>/.exec(xml)?.[1];
        const value = /<defaultValue>([^<]*)<\/defaultValue>/.exec(xml)?.[1];
        const picklistDefault = /<value>\s*<fullName>([^<]+)<\/fullName>\s*<default>true<\/default>/.exec(xml)?.[1];
        if (value !== undefined)
            defaults[name] =
                type === 'Checkbox'
                    ? value === 'true'
                    : type === 'Number'
                      ? Number(value)
                      : value.replace(/^"|"$/g, '');
        else if (picklistDefault !== undefined) defaults[name] = picklistDefault;
        else if (type === 'Checkbox') defaults[name] = false;
    }
    return defaults;
}

describe('field defaults', () => {
    // Help "Default Field Values": the default applies when a record is created and the field is not given a value;
    // API and Apex inserts included (review F2: CL_Call_Attempts__c is 0, not null, after an insert that leaves it out).
    it.each([
        ['Case', { attributes: { type: 'Case' } }],
        ['Contact', { attributes: { type: 'Contact' }, LastName: 'Okafor' }],
        ['Contract', { attributes: { type: 'Contract' }, Status: 'Draft' }]
    ])('apply every default declared under objects/%s on insert', (objectName, input) => {
        const org = newProjectOrg();
        const expected = declaredDefaults(objectName);
        expect(Object.keys(expected).length).toBeGreaterThan(0);
        const fields =
            objectName === 'Contract'
                ? {
                      ...input,
                      AccountId: org.db.insert({ attributes: { type: 'Account' }, Name: 'A' }, 'SYSTEM_MODE')[0]
                  }
                : input;
        const [id] = org.db.insert(fields as never, 'SYSTEM_MODE');
        const saved = org.db.get(id as string) as Record<string, unknown>;
        expect(Object.fromEntries(Object.keys(expected).map((name) => [name, saved[name]]))).toEqual(expected);
    });

    it('leave a value the insert gives alone, and never apply to an update', () => {
        const org = newProjectOrg();
        const [caseId] = org.db.insert(
            { attributes: { type: 'Case' }, CL_Call_Attempts__c: 3, CL_Activity_Status__c: 'In Progress' },
            'SYSTEM_MODE'
        );
        expect(org.db.get(caseId as string)).toMatchObject({
            CL_Call_Attempts__c: 3,
            CL_Activity_Status__c: 'In Progress'
        });
        org.db.update({ Id: caseId as string, CL_Call_Attempts__c: null }, 'SYSTEM_MODE');
        expect(org.db.get(caseId as string)?.CL_Call_Attempts__c).toBeNull();
    });
});

describe('"today" is the running user\'s date', () => {
    // Apex Reference, Date.today(): "Returns the current date in the current user's time zone."
    it("dates a scored call in the agent's time zone, not the org's or UTC", () => {
        const org = createProjectOrg({
            root: projectRoot,
            clock: { instant: '2026-11-21T06:30:00Z', timeZone: 'America/New_York' }
        });
        const agentId = org.createUser({
            FirstName: 'Ada',
            LastName: 'Agent',
            permissionSets: ['Playbooks_Agent'],
            TimeZoneSidKey: 'America/Los_Angeles'
        });
        const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors' }, 'SYSTEM_MODE');
        const [contactId] = org.db.insert(
            { attributes: { type: 'Contact' }, LastName: 'Okafor', AccountId: accountId },
            'SYSTEM_MODE'
        );
        const [caseId] = org.db.insert(
            {
                attributes: { type: 'Case' },
                RecordTypeId: org.recordTypeId('Case', 'Customer_Loyalty_Assessment'),
                AccountId: accountId,
                ContactId: contactId,
                OwnerId: agentId,
                CL_Activity_Status__c: 'In Progress'
            },
            'SYSTEM_MODE'
        );
        expect(org.today()).toBe('2026-11-21');
        org.runAs(agentId, () =>
            new CallWizardController(org).saveCallOutcome({
                request: {
                    requestKey: 'scored-late-evening',
                    caseId: caseId as string,
                    expectedOwnerId: agentId,
                    outcome: 'SCORED',
                    notes: 'Called to collect CSS.',
                    score: 8,
                    referral: null,
                    reason: null,
                    followUp: null,
                    supportCase: null,
                    replacement: null,
                    satisfactionNotes: null,
                    leftMessage: false
                }
            })
        );
        expect(org.db.get(caseId as string)?.CL_Score_Date__c).toBe('2026-11-20');
        const call = org.db.all('Task').find((task) => task.WhatId === caseId);
        expect(call?.ActivityDate).toBe('2026-11-20');
    });
});
