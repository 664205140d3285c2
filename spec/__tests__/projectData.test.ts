// Loading the project: metadata into the org's definition, data/ plans into records, settings.
import { readFileSync } from 'fs';
import { join } from 'path';
import { customMetadataValues, loadProjectMetadata } from '../project/projectMetadata';
import { createProjectOrg, loadSampleData } from '../project/createProjectOrg';
import { loadTreePlan } from '../project/treeData';
import { CLOCK, newProjectOrg, projectRoot } from './orgFixtures';

const fixtures = join(__dirname, 'fixtures');

describe('project metadata', () => {
    const metadata = loadProjectMetadata(projectRoot);

    it('reads the permission sets with their object, field and user permissions', () => {
        const agent = metadata.permissionSets.find((set) => set.name === 'Playbooks_Agent');
        expect(agent?.objects.Case).toEqual({ read: true, create: true, edit: true, delete: false, viewAll: false, modifyAll: false });
        expect(agent?.fields['Case.CL_Activity_Status__c']).toEqual({ read: true, edit: true });
        expect(agent?.userPermissions).toEqual(expect.arrayContaining(['EditTask', 'TransferAnyCase']));
        expect(agent?.recordTypes).toContain('Case.Customer_Loyalty_Assessment');
    });

    it('reads custom fields with their type, values and relationship', () => {
        const caseObject = metadata.objects.find((object) => object.name === 'Case');
        expect(caseObject?.fields.CL_Activity_Status__c).toMatchObject({
            type: 'picklist',
            restrictedPicklist: true,
            picklistValues: ['Not Started', 'In Progress', 'Awaiting Support Case', 'Complete'],
            defaultValue: 'Not Started'
        });
        expect(caseObject?.fields.Contract__c).toMatchObject({ type: 'reference', referenceTo: ['Contract'], relationshipName: 'Contract__r' });
        const task = metadata.objects.find((object) => object.name === 'Task');
        expect(task?.fields.Call_Outcome__c?.type).toBe('picklist');
    });

    it('reads record types, queues, closed statuses and the settings record', () => {
        expect(metadata.recordTypes).toContainEqual(
            expect.objectContaining({ sobjectType: 'Case', developerName: 'Customer_Loyalty_Assessment', active: true })
        );
        expect(metadata.queues).toContainEqual({ developerName: 'Team_Loyalty', name: 'Team Loyalty', sobjectTypes: ['Case'] });
        expect(metadata.closedCaseStatuses).toEqual(['Closed']);
        expect(metadata.settingsDefaults?.Max_Call_Attempts__c).toBe(6);
    });

    it('reads custom metadata values by their XML type', () => {
        expect(customMetadataValues(join(fixtures, 'metadata', 'Playbook_Setting.Sample.md-meta.xml'))).toEqual({
            Max_Call_Attempts__c: 4,
            CLA_Call_Subject__c: 'Loyalty call',
            Manager_Username__c: null,
            Some_Flag__c: true
        });
    });
});

describe('settings', () => {
    it('come from the Default record XML', () => {
        const settings = newProjectOrg().settings();
        expect(settings).toMatchObject({
            maxCallAttempts: 6,
            reviewMaxLength: 1000,
            claCallSubject: 'Customer Satisfaction Call',
            surveyFatigueDays: 90,
            warningCancellationStatuses: ['Pending Cancellation', 'Cancelled'],
            vagueSubjectWords: ['needs help', 'issue', 'help', 'problem'],
            managerUsername: null
        });
    });

    it('take overrides by field API name in any letter case, as PlaybookSettings.setForTest does', () => {
        const org = newProjectOrg();
        org.overrideSettings({ max_call_attempts__c: 3, SURVEY_FATIGUE_DAYS__C: 30 });
        expect(org.settings()).toMatchObject({ maxCallAttempts: 3, surveyFatigueDays: 30 });
        org.resetSettings();
        expect(org.settings().maxCallAttempts).toBe(6);
    });

    it('fall back to the Default value when an override is out of range or blank, and refuse wrong types', () => {
        const org = newProjectOrg();
        org.overrideSettings({ Max_Call_Attempts__c: 0, Referral_Prompt_Min_Score__c: 11, CLA_Call_Subject__c: ' ', Review_Max_Length__c: 5000 });
        expect(org.settings()).toMatchObject({ maxCallAttempts: 6, referralPromptMinScore: 9, claCallSubject: 'Customer Satisfaction Call', reviewMaxLength: 1000 });
        org.overrideSettings({ Page_Size__c: 2.5 });
        expect(() => org.settings()).toThrow(/whole number/);
        expect(() => org.overrideSettings({ Max_Attempts__c: 3 })).toThrow(/Unknown Playbook Setting field/);
    });
});

describe('tree data', () => {
    it('loads a plan with references, record types, queues and contracts activated after insert', () => {
        const org = newProjectOrg();
        const refs = loadTreePlan(org, join(fixtures, 'tree', 'plan.json'));
        const cla = org.db.get(refs.get('Cla') as string);
        expect(cla).toMatchObject({
            RecordTypeId: org.recordTypeId('Case', 'Customer_Loyalty_Assessment'),
            OwnerId: org.queueId('Team_Loyalty'),
            AccountId: refs.get('Dealer'),
            ContactId: refs.get('Manager'),
            CL_Score_Date__c: '2026-11-18'
        });
        expect(org.db.get(refs.get('HomeContract') as string)).toMatchObject({ Status: 'Activated', EndDate: '2026-12-31' });
        expect(org.db.get(refs.get('Manager') as string)?.Name).toBe('Rita Moreno');
    });

    it('loads the project sample data, every record of every file', () => {
        // The scratch org has Entitlement Management (config/project-scratch-def.json), and the sample data an entitlement.
        const org = createProjectOrg({ root: projectRoot, clock: CLOCK, entitlements: true });
        const refs = loadSampleData(org, projectRoot);
        const plan = JSON.parse(readFileSync(join(projectRoot, 'data', 'sample-plan.json'), 'utf8')) as { sobject: string; files: string[] }[];
        for (const entry of plan) {
            const expected = entry.files
                .map((file) => (JSON.parse(readFileSync(join(projectRoot, 'data', file), 'utf8')) as { records: unknown[] }).records.length)
                .reduce((sum, count) => sum + count, 0);
            expect([entry.sobject, org.db.all(entry.sobject).length]).toEqual([entry.sobject, expected]);
        }
        expect(refs.size).toBeGreaterThan(0);
    });
});
