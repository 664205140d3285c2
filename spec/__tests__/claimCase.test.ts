// CallWizardController.claimCase over the in-memory org: the pilot contract end to end.
import { CallWizardController } from '../controllers/CallWizardController';
import { AuraHandledError, parseFault } from '../errors/auraHandled';
import type { PlaybookFault } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { claFixture, openTasks } from './orgFixtures';

function faultOf(action: () => unknown): PlaybookFault {
    try {
        action();
    } catch (error) {
        expect(error).toBeInstanceOf(AuraHandledError);
        const fault = parseFault((error as Error).message);
        if (!fault) throw new Error(`Not a fault message: ${(error as Error).message}`);
        return fault;
    }
    throw new Error('Expected the call to fail');
}

describe('CallWizardController.claimCase', () => {
    it('makes the running agent the owner and completes the open tasks of others, within budget', () => {
        const { org, agentId, previousAgentId, queueId, caseId } = claFixture();
        const [taskId] = openTasks(org, caseId, previousAgentId, 1);
        const response = org.runAs(agentId, () =>
            new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })
        );
        expect(response).toEqual({ caseId, ownerId: agentId, ownerName: 'Ada Agent', closedTaskCount: 1, movedTaskCount: 0 });
        expect(org.db.get(caseId)?.OwnerId).toBe(agentId);
        expect(org.db.get(taskId as string)).toMatchObject({ Status: 'Completed', IsClosed: true });
        // Two queries; a savepoint, the case update and the task update.
        expect(org.lastCallLimits).toEqual({ queries: 2, queryRows: 2, dmlStatements: 3, dmlRows: 2 });
    });

    it('closes 200 open tasks in one DML statement', () => {
        const { org, agentId, previousAgentId, queueId, caseId } = claFixture();
        const taskIds = openTasks(org, caseId, previousAgentId, 200);
        const response = org.runAs(agentId, () =>
            new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })
        );
        expect(response.closedTaskCount).toBe(200);
        expect(taskIds.every((id) => org.db.get(id)?.Status === 'Completed')).toBe(true);
        expect(org.lastCallLimits).toEqual({ queries: 2, queryRows: 201, dmlStatements: 3, dmlRows: 201 });
    });

    it('accepts the 15-character form of the ids', () => {
        const { org, agentId, queueId, caseId } = claFixture();
        const response = org.runAs(agentId, () =>
            new CallWizardController(org).claimCase({ request: { caseId: caseId.slice(0, 15), expectedOwnerId: queueId.slice(0, 15) } })
        );
        expect(response.caseId).toBe(caseId);
    });

    it('writes nothing when the agent already owns the case (a second click)', () => {
        const { org, agentId, queueId, caseId } = claFixture();
        const controller = new CallWizardController(org);
        org.runAs(agentId, () => controller.claimCase({ request: { caseId, expectedOwnerId: queueId } }));
        const second = org.runAs(agentId, () => controller.claimCase({ request: { caseId, expectedOwnerId: queueId } }));
        expect(second.ownerId).toBe(agentId);
        expect(org.lastCallLimits.dmlStatements).toBe(0);
    });

    it('refuses with OWNER_CHANGED naming the current owner when someone claimed it first', () => {
        const { org, agentId, previousAgentId, queueId, caseId } = claFixture();
        org.db.update({ Id: caseId, OwnerId: previousAgentId }, 'SYSTEM_MODE');
        const fault = faultOf(() =>
            org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } }))
        );
        expect(fault.code).toBe('OWNER_CHANGED');
        expect(fault.message).toContain('Ben Before');
        expect(org.db.get(caseId)?.OwnerId).toBe(previousAgentId);
    });

    it.each([
        ['a blank case id', ''],
        ['a value that is not an id', 'not-an-id'],
        ['an 18-character id with a wrong suffix', '500Hs0000000001AAA']
    ])('refuses %s with INVALID_INPUT', (_label, caseId) => {
        const { org, agentId, queueId } = claFixture();
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('INVALID_INPUT');
    });

    it('refuses a missing request with INVALID_INPUT', () => {
        const { org, agentId } = claFixture();
        const controller = new CallWizardController(org);
        const fault = faultOf(() => org.runAs(agentId, () => controller.claimCase(undefined as unknown as Parameters<typeof controller.claimCase>[0])));
        expect(fault.code).toBe('INVALID_INPUT');
    });

    it('refuses an expected owner that is not a user or queue with INVALID_INPUT', () => {
        const { org, agentId, caseId } = claFixture();
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: caseId } })));
        expect(fault.code).toBe('INVALID_INPUT');
    });

    it('refuses an id of another object with WRONG_OBJECT', () => {
        const { org, agentId, queueId } = claFixture();
        const accountId = org.db.all('Account')[0]?.Id as string;
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId: accountId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('WRONG_OBJECT');
    });

    it('refuses a case id that matches no record with NOT_FOUND', () => {
        const { org, agentId, queueId, caseId } = claFixture();
        org.db.delete(caseId, 'SYSTEM_MODE');
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('NOT_FOUND');
    });

    it('refuses a case without the CLA record type with NOT_A_CLA', () => {
        const { org, agentId, queueId, caseId } = claFixture({ RecordTypeId: null });
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('NOT_A_CLA');
    });

    it.each([
        ['complete', { CL_Activity_Status__c: 'Complete' }],
        ['closed', { Status: 'Closed' }]
    ])('refuses a %s CLA with ALREADY_COMPLETE', (_label, fields) => {
        const { org, agentId, queueId, caseId } = claFixture(fields);
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('ALREADY_COMPLETE');
    });

    it('gives a user without Playbooks_Agent a clear NO_ACCESS message and logs its reference', () => {
        const { org, queueId, caseId } = claFixture();
        const plainUser = org.createUser({ FirstName: 'Pat', LastName: 'Plain' });
        const fault = faultOf(() => org.runAs(plainUser, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('NO_ACCESS');
        expect(fault.message).toContain('Playbooks Agent permission set');
        expect(fault.message).not.toMatch(/\bat \w+ \(/);
        expect(fault.reference).toMatch(/^[0-9A-F]{8}$/);
        expect(org.errorLog.find((entry) => entry.reference === fault.reference)).toMatchObject({ level: 'ERROR', code: 'NO_ACCESS', userId: plainUser });
    });

    it('leaves the org exactly as it was when any write of the claim fails', () => {
        const probe = claFixture();
        openTasks(probe.org, probe.caseId, probe.previousAgentId, 3);
        probe.org.runAs(probe.agentId, () =>
            new CallWizardController(probe.org).claimCase({ request: { caseId: probe.caseId, expectedOwnerId: probe.queueId } })
        );
        // The savepoint is a DML statement but not a write: writes are the statements that change records.
        const writes = probe.org.lastCallLimits.dmlStatements - 1;
        expect(writes).toBe(2);

        for (let writeNumber = 1; writeNumber <= writes; writeNumber++) {
            const { org, agentId, previousAgentId, queueId, caseId } = claFixture();
            openTasks(org, caseId, previousAgentId, 3);
            const everything = () => JSON.stringify(org.schema.objectNames().map((name) => org.db.all(name)));
            const before = everything();
            org.failures.failAtWrite(writeNumber);
            const fault = faultOf(() =>
                org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } }))
            );
            expect(fault.code).toBe('SAVE_FAILED');
            expect(everything()).toBe(before);
        }
    });

    it('fails with UNEXPECTED and changes nothing when the whole call is made to fail', () => {
        const { org, agentId, queueId, caseId } = claFixture();
        org.failures.failNextCall();
        const fault = faultOf(() => org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } })));
        expect(fault.code).toBe('UNEXPECTED');
        expect(org.db.get(caseId)?.OwnerId).toBe(queueId);
        const retried = org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } }));
        expect(retried.ownerId).toBe(agentId);
    });

    // "Begin by finding a contact who hasn't been claimed by a current employee."
    it('asks before taking a case from an active colleague: OWNED_BY_COLLEAGUE naming them, then claims with confirmTakeOver', () => {
        const { org, agentId, previousAgentId, caseId } = claFixture();
        org.db.update({ Id: caseId, OwnerId: previousAgentId }, 'SYSTEM_MODE');
        const controller = new CallWizardController(org);
        const fault = faultOf(() => org.runAs(agentId, () => controller.claimCase({ request: { caseId, expectedOwnerId: previousAgentId } })));
        expect(fault.code).toBe('OWNED_BY_COLLEAGUE');
        expect(fault.message).toContain('Ben Before');
        expect(org.db.get(caseId)?.OwnerId).toBe(previousAgentId);
        const confirmed = org.runAs(agentId, () => controller.claimCase({ request: { caseId, expectedOwnerId: previousAgentId, confirmTakeOver: true } }));
        expect(confirmed.ownerId).toBe(agentId);
    });

    it('claims a case of an inactive owner without asking: nobody current has it', () => {
        const { org, agentId, previousAgentId, caseId } = claFixture();
        org.db.update({ Id: caseId, OwnerId: previousAgentId }, 'SYSTEM_MODE');
        org.db.update({ Id: previousAgentId, IsActive: false }, 'SYSTEM_MODE');
        const response = org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: previousAgentId } }));
        expect(response.ownerId).toBe(agentId);
    });

    // The TypeScript twin's own check. In Apex, confirmTakeOver is a Boolean property, so the platform refuses a
    // text or number there before CallWizardController runs: no conformance vector can pin it for both twins.
    it.each([['text', 'yes'], ['a number', 1]])('refuses a confirmation given as %s with INVALID_INPUT', (_label, confirmTakeOver) => {
        const { org, agentId, previousAgentId, caseId } = claFixture();
        org.db.update({ Id: caseId, OwnerId: previousAgentId }, 'SYSTEM_MODE');
        const fault = faultOf(() =>
            org.runAs(agentId, () =>
                new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: previousAgentId, confirmTakeOver: confirmTakeOver as unknown as boolean } })
            )
        );
        expect(fault.code).toBe('INVALID_INPUT');
    });

    it("moves the callback to the new owner and leaves the manager's question with the manager, in the same task statement", () => {
        const { org, agentId, previousAgentId, queueId, caseId } = claFixture();
        const [callbackId, questionId] = org.db.insert(
            [
                { attributes: { type: 'Task' }, WhatId: caseId, OwnerId: previousAgentId, Subject: 'Callback: 00001000 closed', Status: 'Not Started' },
                { attributes: { type: 'Task' }, WhatId: caseId, OwnerId: previousAgentId, Subject: 'Manager question: 00001001', Status: 'Not Started' }
            ],
            'SYSTEM_MODE'
        ) as [string, string];
        const [followUpId] = openTasks(org, caseId, previousAgentId, 1);
        const response = org.runAs(agentId, () => new CallWizardController(org).claimCase({ request: { caseId, expectedOwnerId: queueId } }));
        expect(response).toMatchObject({ closedTaskCount: 1, movedTaskCount: 1 });
        expect(org.db.get(callbackId)).toMatchObject({ OwnerId: agentId, IsClosed: false });
        expect(org.db.get(questionId)).toMatchObject({ OwnerId: previousAgentId, IsClosed: false });
        expect(org.db.get(followUpId as string)).toMatchObject({ IsClosed: true });
        expect(org.lastCallLimits).toMatchObject({ queries: 2, dmlStatements: 3 });
    });
});
