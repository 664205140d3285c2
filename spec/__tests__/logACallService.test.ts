// Log a Call over the in-memory org, beyond what the vectors state: the TaskRelation rows Shared
// Activities gets, the linked copy's note, and the component's preview matching the server's answer.
import type { LogACallContextResponse, SaveCallResponse } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { addContact, appearsOn, buildSaveRequest, initialDraft } from '../../force-app/main/default/lwc/logACall/logACallModel';
import { LogACallController } from '../controllers/LogACallController';
import { AuraHandledError } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { createProjectOrg } from '../project/createProjectOrg';
import { CLOCK, projectRoot } from './orgFixtures';

interface Customers {
    org: InMemoryOrg;
    controller: LogACallController;
    agentId: string;
    caseId: string;
    mariaId: string;
    devId: string;
}

function customers(sharedActivities: boolean): Customers {
    const org = createProjectOrg({ root: projectRoot, clock: CLOCK, sharedActivities });
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const insert = (record: Record<string, unknown>) => org.db.insert(record as never, 'SYSTEM_MODE')[0] as string;
    const homeownerId = insert({ attributes: { type: 'Account' }, Name: 'Rivera Household', Customer_Role__c: 'Homeowner' });
    const installerId = insert({ attributes: { type: 'Account' }, Name: 'Brightline Solar Installers', Customer_Role__c: 'Installer' });
    const mariaId = insert({ attributes: { type: 'Contact' }, FirstName: 'Maria', LastName: 'Rivera', AccountId: homeownerId });
    const devId = insert({ attributes: { type: 'Contact' }, FirstName: 'Dev', LastName: 'Patel', AccountId: installerId });
    const caseId = insert({ attributes: { type: 'Case' }, AccountId: homeownerId, ContactId: mariaId, Subject: 'Inverter offline', OwnerId: agentId });
    return { org, controller: new LogACallController(org), agentId, caseId, mariaId, devId };
}

function callWithInstaller(data: Customers): { context: LogACallContextResponse; response: SaveCallResponse; previewIds: string[] } {
    return data.org.runAs(data.agentId, () => {
        const context = data.controller.getCallContext({ request: { recordId: data.caseId } });
        const dev = data.controller.searchContacts({ request: { term: 'Patel' } }).contacts[0];
        if (!dev) throw new Error('Dev Patel not found');
        const draft = addContact(initialDraft(context), dev);
        const response = data.controller.saveCall({ request: buildSaveRequest(context, draft, 'key-preview') });
        return { context, response, previewIds: appearsOn(context, draft, null).map((ref) => ref.recordId) };
    });
}

describe('LogACallService', () => {
    it('with Shared Activities, relates the installer to the one task through a TaskRelation (IsWhat false)', () => {
        const data = customers(true);
        const { context, response } = callWithInstaller(data);
        expect(context.relationMode).toBe('SHARED_ACTIVITIES');
        expect(response.taskIds).toHaveLength(1);
        const relations = data.org.db.all('TaskRelation');
        expect(relations).toHaveLength(1);
        expect(relations[0]).toMatchObject({ TaskId: response.taskId, RelationId: data.devId, IsWhat: false });
    });

    it('without Shared Activities, writes a linked copy whose note names the primary interaction', () => {
        const data = customers(false);
        const { response } = callWithInstaller(data);
        expect(data.org.schema.findObject('TaskRelation')).toBeUndefined();
        expect(response.taskIds).toHaveLength(2);
        const caseNumber = String(data.org.db.get(data.caseId)?.CaseNumber);
        const copy = data.org.db.get(response.taskIds[1] as string);
        expect(copy).toMatchObject({ WhoId: data.devId, Status: 'Completed', TaskSubtype: 'Call', OwnerId: data.agentId });
        expect(copy?.Description).toBe(`Linked copy of the interaction logged on Case ${caseNumber} with Maria Rivera.`);
    });

    it.each([true, false])('the component preview lists exactly the records the save reports (Shared Activities %s)', (shared) => {
        const { response, previewIds } = callWithInstaller(customers(shared));
        expect(previewIds).toEqual(response.appearsOn.map((ref) => ref.recordId));
    });

    it('costs at most 6 queries and 5 DML statements per save', () => {
        const data = customers(true);
        callWithInstaller(data);
        expect(data.org.lastCallLimits.queries).toBeLessThanOrEqual(6);
        expect(data.org.lastCallLimits.dmlStatements).toBeLessThanOrEqual(5);
    });

    it('refuses a new installer contact that looks like an existing one without writing or storing anything, and the same request key then saves once confirmed', () => {
        const data = customers(false);
        data.org.runAs(data.agentId, () => {
            const context = data.controller.getCallContext({ request: { recordId: data.caseId } });
            const installerAccountId = String(data.org.db.get(data.devId)?.AccountId);
            const draft = {
                ...initialDraft(context),
                installer: { firstName: 'Devin', lastName: 'Patel', phone: '', email: '', accountId: installerAccountId, confirmedNotDuplicate: false }
            };
            const before = data.org.db.all('Contact').length;

            let refusal: unknown;
            try {
                data.controller.saveCall({ request: buildSaveRequest(context, draft, 'key-duplicate') });
            } catch (error) {
                refusal = error;
            }
            expect(refusal).toBeInstanceOf(AuraHandledError);
            expect((refusal as AuraHandledError).fault).toMatchObject({ code: 'DUPLICATE_CONTACT' });
            expect((refusal as AuraHandledError).fault.message).toContain('Dev Patel');
            expect(data.org.db.all('Contact')).toHaveLength(before);
            expect(data.org.db.all('Task')).toHaveLength(0);
            expect(data.org.db.all('Playbook_Request__c')).toHaveLength(0);

            const confirmed = { ...draft, installer: { ...draft.installer, confirmedNotDuplicate: true } };
            const response = data.controller.saveCall({ request: buildSaveRequest(context, confirmed, 'key-duplicate') });
            expect(response.replayed).toBe(false);
            expect(data.org.db.get(response.createdContactId as string)).toMatchObject({ FirstName: 'Devin', LastName: 'Patel', AccountId: installerAccountId });
            expect(data.org.db.all('Playbook_Request__c')).toHaveLength(1);
        });
    });
});

describe("completing the phone system's task keeps what the phone system wrote", () => {
    const NOTES = 'Caller ID 555-0142. IVR choice: technical support.';

    function phoneTask(data: Customers, fields: Record<string, unknown>): string {
        return data.org.db.insert(
            { attributes: { type: 'Task' }, WhatId: data.caseId, WhoId: data.mariaId, OwnerId: data.agentId, Subject: 'Inbound call', TaskSubtype: 'Call', Status: 'Not Started', ...fields } as never,
            'SYSTEM_MODE'
        )[0] as string;
    }

    function completeWith(data: Customers, comments: string | null, key: string): SaveCallResponse {
        return data.org.runAs(data.agentId, () => {
            const context = data.controller.getCallContext({ request: { recordId: data.caseId } });
            const draft = { ...addContact(initialDraft(context), data.controller.searchContacts({ request: { term: 'Patel' } }).contacts[0] as never), callType: 'Outbound' as const };
            return data.controller.saveCall({ request: { ...buildSaveRequest(context, draft, key), comments } });
        });
    }

    it("gives the linked copies the phone system's call type, not the form's default", () => {
        const data = customers(false);
        const taskId = phoneTask(data, { Description: NOTES, CallType: 'Inbound' });

        const response = completeWith(data, 'Reset the inverter.', 'key-copies');

        expect(response.taskIds[0]).toBe(taskId);
        expect(data.org.db.get(taskId)).toMatchObject({ CallType: 'Inbound', Description: `${NOTES}\n\nReset the inverter.` });
        expect(data.org.db.get(response.taskIds[1] as string)).toMatchObject({ CallType: 'Inbound', WhoId: data.devId });
    });

    it('refuses comments that do not fit below the notes, writing and storing nothing', () => {
        const data = customers(false);
        const notes = 'n'.repeat(31990);
        const taskId = phoneTask(data, { Description: notes, CallType: 'Inbound' });

        let refusal: unknown;
        try {
            completeWith(data, 'Eleven char', 'key-too-long');
        } catch (error) {
            refusal = error;
        }

        expect((refusal as AuraHandledError).fault).toMatchObject({ code: 'INVALID_INPUT' });
        expect((refusal as AuraHandledError).fault.message).toContain('Shorten your comments to 8 characters or fewer');
        expect(data.org.db.get(taskId)).toMatchObject({ Description: notes, Status: 'Not Started' });
        expect(data.org.db.all('Playbook_Request__c')).toHaveLength(0);
        expect(completeWith(data, 'Eight ch', 'key-fits').replayed).toBe(false);
        expect(String(data.org.db.get(taskId)?.Description)).toHaveLength(32000);
    });
});
