// The phone system's open call task (procedure 002: "Open the task, Click the 'Assign to me' button, Click 'Finish'"):
// which tasks are the phone system's under each setting (spec/services/PhoneSystemTasks.ts), Log a Call offering it and
// completing it after assigning it to the agent, whom Private activity sharing would not let edit it otherwise.
import { AuraHandledError } from '../errors/auraHandled';
import { invokeController } from '../controllers/registry';
import { DmlError } from '../org/errors';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { isPhoneSystemTask, phoneSystemRule } from '../services/PhoneSystemTasks';
import { newProjectOrg } from './orgFixtures';

interface Fixture {
    org: InMemoryOrg;
    agentId: string;
    phoneId: string;
    colleagueId: string;
    accountId: string;
    contactId: string;
}

function fixture(): Fixture {
    const org = newProjectOrg();
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const colleagueId = org.createUser({ FirstName: 'Ben', LastName: 'Busy', permissionSets: ['Playbooks_Agent'] });
    const phoneId = org.createUser({ FirstName: 'CXone', LastName: 'Integration', Username: 'cxone@playbooks.example' });
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Rivera Household', Customer_Role__c: 'Homeowner' }, 'SYSTEM_MODE') as [string];
    const [contactId] = org.db.insert({ attributes: { type: 'Contact' }, FirstName: 'Maria', LastName: 'Rivera', AccountId: accountId }, 'SYSTEM_MODE') as [string];
    org.setRunningUser(agentId);
    return { org, agentId, phoneId, colleagueId, accountId, contactId };
}

/** A task as the phone system writes it: created (and owned) by `creatorId`, unless another owner is given. */
function phoneTask(f: Fixture, creatorId: string, fields: Record<string, unknown> = {}): string {
    return f.org.runAs(creatorId, () =>
        f.org.db.insert({ attributes: { type: 'Task' }, WhatId: f.accountId, WhoId: f.contactId, Subject: 'Inbound call', TaskSubtype: 'Call', Status: 'Not Started', ...fields }, 'SYSTEM_MODE')[0] as string
    );
}

function record(f: Fixture, id: string): SObjectRecord {
    return f.org.db.get(id) as SObjectRecord;
}

function save(f: Fixture, taskId: string): Record<string, unknown> {
    return invokeController(f.org, 'LogACallController', 'saveCall', {
        request: {
            requestKey: `k-${taskId}`,
            recordId: f.accountId,
            mode: 'LOG_COMPLETED',
            existingTaskId: taskId,
            subject: 'Inbound call: billing',
            comments: 'Asked about the invoice.',
            callType: 'Inbound',
            outcome: 'Reached',
            reminderAt: null,
            dueDate: null,
            contactIds: [f.contactId],
            newInstallerContact: null,
            caseId: null,
            accountIds: [f.accountId]
        }
    }) as Record<string, unknown>;
}

describe("the phone system's tasks", () => {
    it('are those the integration user named in Phone_System_Username__c owns', () => {
        const f = fixture();
        f.org.overrideSettings({ Phone_System_Username__c: 'cxone@playbooks.example' });
        const rule = phoneSystemRule(f.org);
        expect(rule.userId).toBe(f.phoneId);
        expect(isPhoneSystemTask(rule, record(f, phoneTask(f, f.phoneId)), f.agentId)).toBe(true);
        expect(isPhoneSystemTask(rule, record(f, phoneTask(f, f.colleagueId)), f.agentId)).toBe(false);
        expect(isPhoneSystemTask(rule, record(f, phoneTask(f, f.agentId)), f.agentId)).toBe(false);
    });

    it('or, with Phone_Tasks_By_Call_Object__c, those with a CallObject still owned by their creator', () => {
        const f = fixture();
        f.org.overrideSettings({ Phone_Tasks_By_Call_Object__c: true });
        const rule = phoneSystemRule(f.org);
        expect(isPhoneSystemTask(rule, record(f, phoneTask(f, f.phoneId, { CallObject: 'CX-1' })), f.agentId)).toBe(true);
        expect(isPhoneSystemTask(rule, record(f, phoneTask(f, f.phoneId)), f.agentId)).toBe(false);
        expect(isPhoneSystemTask(rule, record(f, phoneTask(f, f.phoneId, { CallObject: 'CX-2', OwnerId: f.colleagueId })), f.agentId)).toBe(false);
    });

    it('are none when the settings name neither', () => {
        const f = fixture();
        expect(isPhoneSystemTask(phoneSystemRule(f.org), record(f, phoneTask(f, f.phoneId, { CallObject: 'CX-1' })), f.agentId)).toBe(false);
    });
});

describe('Log a Call with the phone system\'s task', () => {
    it('offers it, then assigns it to the agent and finishes it, although only its owner may edit it', () => {
        const f = fixture();
        f.org.overrideSettings({ Phone_System_Username__c: 'cxone@playbooks.example' });
        const taskId = phoneTask(f, f.phoneId);
        expect(() => f.org.transaction(() => f.org.db.update({ Id: taskId, Status: 'Completed' }, 'USER_MODE'))).toThrow(DmlError);
        const context = invokeController(f.org, 'LogACallController', 'getCallContext', { request: { recordId: f.accountId } }) as { openCallTask: Record<string, unknown> };
        expect(context.openCallTask).toMatchObject({ taskId, ownedByMe: false, ownerName: 'CXone Integration' });
        const response = save(f, taskId);
        expect(response).toMatchObject({ taskId, completedExistingTask: true, assignedToMe: true });
        expect(record(f, taskId)).toMatchObject({ OwnerId: f.agentId, Status: 'Completed', Subject: 'Inbound call: billing', Call_Outcome__c: 'Reached' });
        expect(f.org.db.all('Task')).toHaveLength(1);
    });

    it("never takes a colleague's task, and writes nothing", () => {
        const f = fixture();
        f.org.overrideSettings({ Phone_System_Username__c: 'cxone@playbooks.example' });
        const taskId = phoneTask(f, f.colleagueId);
        const context = invokeController(f.org, 'LogACallController', 'getCallContext', { request: { recordId: f.accountId } }) as { openCallTask: unknown };
        expect(context.openCallTask).toBeNull();
        expect(() => save(f, taskId)).toThrow(AuraHandledError);
        expect(record(f, taskId)).toMatchObject({ OwnerId: f.colleagueId, Status: 'Not Started' });
        expect(f.org.db.all('Playbook_Request__c')).toHaveLength(0);
    });

    it('a failure after the assignment undoes it', () => {
        const f = fixture();
        f.org.overrideSettings({ Phone_System_Username__c: 'cxone@playbooks.example' });
        const taskId = phoneTask(f, f.phoneId);
        f.org.failures.failAtWrite(2);
        expect(() => save(f, taskId)).toThrow(AuraHandledError);
        expect(record(f, taskId)).toMatchObject({ OwnerId: f.phoneId, Status: 'Not Started' });
    });
});
