// What the team's org holds and the package finds at run time (procedure 002): the Contact record type "Installer
// Contact" and the phone system's "Additional Dispositions" Task field (spec/org/teamOrg.ts), and how the services
// use them: InstallerContactRecordType and AdditionalDispositions, each in every state the org can be in.
import { AuraHandledError } from '../errors/auraHandled';
import { invokeController } from '../controllers/registry';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { createProjectOrg, type ProjectOrgOptions } from '../project/createProjectOrg';
import { additionalDispositions, dispositionsValue } from '../services/AdditionalDispositions';
import { installerRecordType } from '../services/InstallerContactRecordType';
import { CLOCK, projectRoot } from './orgFixtures';

function orgWith(options: Partial<ProjectOrgOptions>): { org: InMemoryOrg; agentId: string } {
    const org = createProjectOrg({ root: projectRoot, clock: CLOCK, ...options });
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    org.setRunningUser(agentId);
    return { org, agentId };
}

function installerAccount(org: InMemoryOrg): string {
    return org.runAs(org.adminUserId, () => org.db.insert({ attributes: { type: 'Account' }, Name: 'Brightline Solar', Customer_Role__c: 'Installer' }, 'SYSTEM_MODE')[0] as string);
}

function createInstaller(org: InMemoryOrg, accountId: string): unknown {
    return invokeController(org, 'CustomerController', 'createCustomer', {
        request: { requestKey: `k-${Math.random()}`, kind: 'INSTALLER', accountId, accountName: null, firstName: 'Lena', lastName: 'Ortiz', title: null, phone: null, email: null }
    });
}

describe('the Installer Contact record type', () => {
    it('a new org has none: Contact has no RecordTypeId and installers are created without one', () => {
        const { org } = orgWith({});
        expect(org.schema.findField('Contact', 'RecordTypeId')).toBeUndefined();
        expect(installerRecordType(org).state).toBe('ABSENT');
        const response = createInstaller(org, installerAccount(org)) as { contactId: string; installerRecordType: boolean };
        expect(response.installerRecordType).toBe(false);
    });

    it("the team's org has it, available to its profiles: new installer contacts get it", () => {
        const { org } = orgWith({ installerContactRecordType: true });
        expect(installerRecordType(org)).toMatchObject({ state: 'AVAILABLE', developerName: 'Installer_Contact' });
        const response = createInstaller(org, installerAccount(org)) as { contactId: string; installerRecordType: boolean };
        expect(response.installerRecordType).toBe(true);
        expect(org.db.get(response.contactId)?.RecordTypeId).toBe(org.recordTypeId('Contact', 'Installer_Contact'));
    });

    it('present but not available to the agent: creating an installer is refused with what to ask for, and nothing is written', () => {
        const { org } = orgWith({ installerContactRecordType: 'notAvailable' });
        expect(installerRecordType(org).state).toBe('NOT_AVAILABLE');
        const accountId = installerAccount(org);
        const before = org.db.all('Contact').length;
        let fault: AuraHandledError['fault'] | undefined;
        try {
            createInstaller(org, accountId);
        } catch (error) {
            fault = (error as AuraHandledError).fault;
        }
        expect(fault?.code).toBe('NO_ACCESS');
        expect(fault?.message).toContain('Ask your Salesforce admin to make it available');
        expect(org.db.all('Contact')).toHaveLength(before);
    });

    it('an inactive record type, or a blank setting, is not used', () => {
        const { org } = orgWith({ installerContactRecordType: true });
        org.runAs(org.adminUserId, () => org.db.update({ Id: org.recordTypeId('Contact', 'Installer_Contact'), IsActive: false }, 'SYSTEM_MODE'));
        expect(installerRecordType(org).state).toBe('INACTIVE');
        org.overrideSettings({ Installer_Contact_Record_Type__c: 'Some_Other_Type' });
        expect(installerRecordType(org).state).toBe('ABSENT');
    });
});

describe('the Additional Dispositions field', () => {
    it('a new org has none: nothing is offered and dispositions are refused', () => {
        const { org } = orgWith({});
        expect(additionalDispositions(org)).toBeNull();
        expect(() => dispositionsValue(null, ['Warranty'])).toThrow(/Additional_Dispositions_Field__c/);
        expect(dispositionsValue(null, [])).toBeNull();
    });

    it("the team's multi-select picklist: several values, joined as the platform stores them", () => {
        const { org } = orgWith({ additionalDispositions: true });
        const field = additionalDispositions(org);
        expect(field).toMatchObject({ fieldApiName: 'Additional_Dispositions__c', label: 'Additional Dispositions', multiple: true });
        expect(dispositionsValue(field, ['Warranty', 'Billing Question', 'Warranty'])).toEqual({ field: 'Additional_Dispositions__c', value: 'Warranty;Billing Question' });
        expect(() => dispositionsValue(field, ['Lottery'])).toThrow(/Choose from: Billing Question, Technician Visit, Warranty, Callback Requested/);
    });

    it('a single-select picklist takes one value', () => {
        const { org } = orgWith({ additionalDispositionsSingle: true });
        const field = additionalDispositions(org);
        expect(field?.multiple).toBe(false);
        expect(() => dispositionsValue(field, ['Warranty', 'Billing Question'])).toThrow(/Choose one value/);
    });

    it('Log a Call offers it and writes the chosen values on the call; values the field does not have are refused, writing nothing', () => {
        const { org } = orgWith({ additionalDispositions: true });
        const [accountId] = org.runAs(org.adminUserId, () =>
            org.db.insert({ attributes: { type: 'Account' }, Name: 'Rivera Household', Customer_Role__c: 'Homeowner' }, 'SYSTEM_MODE')
        ) as [string];
        const context = invokeController(org, 'LogACallController', 'getCallContext', { request: { recordId: accountId } }) as Record<string, unknown>;
        expect(context.additionalDispositions).toMatchObject({ fieldApiName: 'Additional_Dispositions__c', multiple: true });
        const request = (key: string, values: string[]) => ({
            request: {
                requestKey: key,
                recordId: accountId,
                mode: 'LOG_COMPLETED',
                existingTaskId: null,
                subject: 'Call',
                comments: null,
                callType: 'Inbound',
                outcome: null,
                reminderAt: null,
                dueDate: null,
                contactIds: [],
                newInstallerContact: null,
                caseId: null,
                accountIds: [accountId],
                additionalDispositions: values
            }
        });
        const saved = invokeController(org, 'LogACallController', 'saveCall', request('k1', ['Warranty', 'Billing Question'])) as { taskId: string };
        expect(org.db.get(saved.taskId)?.Additional_Dispositions__c).toBe('Warranty;Billing Question');
        expect(() => invokeController(org, 'LogACallController', 'saveCall', request('k2', ['Lottery']))).toThrow(AuraHandledError);
        expect(org.db.all('Task')).toHaveLength(1);
    });

    it('not offered to a user who may not edit it, nor when the setting names a field that is not a picklist', () => {
        const { org } = orgWith({ additionalDispositions: true });
        const plainId = org.createUser({ FirstName: 'Pat', LastName: 'Plain', profile: 'Minimum Access - Salesforce' });
        org.runAs(plainId, () => expect(additionalDispositions(org)).toBeNull());
        org.overrideSettings({ Additional_Dispositions_Field__c: 'Subject' });
        expect(additionalDispositions(org)).toBeNull();
    });
});
