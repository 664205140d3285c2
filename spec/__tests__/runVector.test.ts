// The vector runner must fail when the outcome differs from the vector; these tests plant differences.
import { readFileSync } from 'fs';
import { join } from 'path';
import { apexMethods, invokeController } from '../controllers/registry';
import { PLAYBOOK_ERROR_CODES } from '../errors/errorCodes';
import type { TriggerHandler } from '../org/triggers';
import { createProjectOrg } from '../project/createProjectOrg';
import { loadVectors } from '../vectors/loadVectors';
import { runVector } from '../vectors/runVector';
import type { Vector } from '../vectors/vectorTypes';
import { newProjectOrg, projectRoot } from './orgFixtures';

const byName = new Map(loadVectors(projectRoot).map((entry) => [entry.name, entry.vector]));

function vectorNamed(name: string): Vector {
    const vector = byName.get(`CallWizardController/${name}`);
    if (!vector) throw new Error(`No vector ${name}`);
    return JSON.parse(JSON.stringify(vector)) as Vector;
}

function failuresOf(vector: Vector, triggerHandlers?: TriggerHandler[]): string[] {
    return runVector(vector, (clock) => createProjectOrg({ root: projectRoot, clock, triggerHandlers })).failures;
}

describe('runVector', () => {
    it('reports a response that differs from the expected one', () => {
        const vector = vectorNamed('claimCase-success');
        vector.expect.response = { ownerId: '@previousAgent' };
        expect(failuresOf(vector)).toEqual([expect.stringMatching(/^response\.ownerId: expected/)]);
    });

    it('reports a field that differs, naming the record by its reference', () => {
        const vector = vectorNamed('claimCase-success');
        vector.expect.records = { ...vector.expect.records, '@cla': { OwnerId: '@previousAgent' } };
        expect(failuresOf(vector)).toEqual(['@cla.OwnerId: expected @previousAgent, got @agent']);
    });

    it('reports an error code that differs, and a success where an error was expected', () => {
        const refused = vectorNamed('claimCase-ownerChanged');
        refused.expect.error = { code: 'NOT_A_CLA' };
        expect(failuresOf(refused)).toEqual([expect.stringMatching(/^expected error NOT_A_CLA, got OWNER_CHANGED/)]);
        const succeeded = vectorNamed('claimCase-success');
        delete succeeded.expect.response;
        succeeded.expect.error = { code: 'OWNER_CHANGED' };
        expect(failuresOf(succeeded)[0]).toBe('expected error OWNER_CHANGED, but the call succeeded');
    });

    it('reports a change the vector does not list', () => {
        const vector = vectorNamed('claimCase-success');
        delete vector.expect.records?.['@followUp'];
        expect(failuresOf(vector)).toEqual([expect.stringMatching(/^Task @followUp changed: Status, IsClosed, CompletedDateTime$/)]);
    });

    it('reports a record created that the vector does not expect, and accepts it once listed', () => {
        const createsRequest: TriggerHandler = {
            name: 'CaseCreatesRequest',
            objectName: 'Case',
            events: ['afterUpdate'],
            handle: ({ org }) => {
                org.db.insert({ attributes: { type: 'Playbook_Request__c' }, Action__c: 'audit' }, 'SYSTEM_MODE');
            }
        };
        const vector = vectorNamed('claimCase-success');
        delete vector.expect.limits;
        expect(failuresOf(vector, [createsRequest])).toEqual([expect.stringMatching(/^a Playbook_Request__c a0A\w+ was created/)]);
        vector.expect.exists = [{ type: 'Playbook_Request__c', where: { Action__c: 'audit' }, count: 1 }];
        expect(failuresOf(vector, [createsRequest])).toEqual([]);
    });

    it('reports exists and notExists expectations that do not hold', () => {
        const vector = vectorNamed('claimCase-success');
        vector.expect.exists = [{ type: 'Task', where: { WhatId: '@cla', Status: 'Not Started' } }];
        vector.expect.notExists = [{ type: 'Task', where: { WhatId: '@cla', Status: 'Completed' } }];
        expect(failuresOf(vector)).toEqual([
            expect.stringMatching(/^exists Task .*expected at least 1, found 0$/),
            expect.stringMatching(/^notExists Task .*found 2$/)
        ]);
    });

    it('reports a call over its limits budget', () => {
        const vector = vectorNamed('claimCase-success');
        vector.expect.limits = { queries: 1, dmlStatements: 2 };
        expect(failuresOf(vector)).toEqual(['limits.queries: used 2, at most 1 allowed', 'limits.dmlStatements: used 3, at most 2 allowed']);
    });

    it('names a vector user in a setting by $username:@ref, and refuses a reference that is not a user', () => {
        const vector = vectorNamed('saveCallOutcome-askManagerNotConfigured');
        vector.users.manager = { FirstName: 'Mia', LastName: 'Manager', permissionSets: ['Playbooks_Agent'] };
        vector.settings = { Manager_Username__c: '$username:@manager' };
        delete vector.expect.error;
        vector.expect.response = { managerTaskId: '$notNull' };
        vector.expect.noOtherChanges = false;
        expect(failuresOf(vector)).toEqual([]);
        vector.settings = { Manager_Username__c: '$username:@cla' };
        expect(() => failuresOf(vector)).toThrow(/write \$username:@<a vector user>/);
    });

    it('binds the one record an exists entry matches with "as", and reports a match that is not exactly one', () => {
        const vector = vectorNamed('saveCallOutcome-scored');
        const callTask = vector.expect.exists?.[0];
        if (!callTask) throw new Error('the vector lists its call task');
        callTask.as = 'callTask';
        vector.expect.response = { ...(vector.expect.response as object), callTaskIds: ['@callTask'] };
        expect(failuresOf(vector)).toEqual([]);
        callTask.where = { WhatId: '@cla', Status: 'Not Started' };
        delete callTask.count;
        expect(failuresOf(vector)).toEqual(
            expect.arrayContaining([expect.stringMatching(/as @callTask: expected exactly 1 to name, found 0$/)])
        );
    });

    it('matches $notNull to any value but null', () => {
        const vector = vectorNamed('saveCallOutcome-scored');
        vector.expect.response = { callTaskIds: ['$notNull'], caseId: '$notNull' };
        expect(failuresOf(vector)).toEqual([]);
        vector.expect.response = { followUpTaskId: '$notNull' };
        expect(failuresOf(vector)).toEqual(['response.followUpTaskId: expected "$notNull", got null']);
    });

    it('"exact" reports a field an entry does not list: changed on a record that existed, set on a record created', () => {
        const claim = vectorNamed('claimCase-success');
        claim.expect.records = { ...claim.expect.records, '@cla': { OwnerId: '@agent', exact: true } };
        expect(failuresOf(claim)).toEqual([]);
        claim.expect.records = { ...claim.expect.records, '@cla': { CL_Activity_Status__c: 'In Progress', exact: true } };
        expect(failuresOf(claim)).toEqual(['@cla (exact): @cla also changed OwnerId']);

        const scored = vectorNamed('saveCallOutcome-scored');
        const callTask = scored.expect.exists?.[0];
        if (!callTask) throw new Error('the vector lists its call task');
        callTask.exact = true;
        expect(failuresOf(scored)).toEqual([]);
        delete callTask.where.Call_Outcome__c;
        expect(failuresOf(scored)).toEqual([expect.stringMatching(/\(exact\): the new Task \S+ also has Call_Outcome__c$/)]);
    });

    it('inserts the records of an insert DML call, named by their referenceId, so that the triggers run', () => {
        const vector = JSON.parse(JSON.stringify(byName.get('CaseTrigger/contactInactiveByHand-completesCase'))) as Vector;
        vector.records = vector.records.filter((record) => record.attributes.referenceId !== 'cla');
        vector.call = {
            dml: {
                operation: 'insert',
                records: [
                    {
                        attributes: { type: 'Case', referenceId: 'cla' },
                        RecordTypeId: '$recordType:Customer_Loyalty_Assessment',
                        AccountId: '@dealer',
                        ContactId: '@contact',
                        OwnerId: '@agent',
                        Contact_Inactive__c: true
                    }
                ]
            }
        };
        expect(failuresOf(vector)).toEqual([]);
        delete vector.expect.records?.['@cla'];
        expect(failuresOf(vector)).toEqual([expect.stringMatching(/^a Case \w+ was created that the vector does not expect$/)]);
    });

    it('refuses a reference that is not defined', () => {
        const vector = vectorNamed('claimCase-success');
        vector.call.params = { request: { caseId: '@nothing', expectedOwnerId: '$queue:Team_Loyalty' } };
        expect(() => failuresOf(vector)).toThrow(/Unknown reference @nothing/);
    });
});

describe('controller registry', () => {
    it('lists every controller method with its cacheable flag', () => {
        const methods = apexMethods(newProjectOrg());
        expect(methods['CallWizardController.claimCase']).toMatchObject({
            className: 'CallWizardController',
            methodName: 'claimCase',
            cacheable: false
        });
        for (const [name, entry] of Object.entries(methods)) expect(name).toBe(`${entry.className}.${entry.methodName}`);
    });

    it('refuses a method no TypeScript controller has', () => {
        expect(() => invokeController(newProjectOrg(), 'CallWizardController', 'claimEverything', {})).toThrow(
            'No TypeScript controller method CallWizardController.claimEverything'
        );
    });

    it('lists the same error codes as the vector schema', () => {
        const schema = JSON.parse(readFileSync(join(projectRoot, 'spec', 'vectors', 'vector.schema.json'), 'utf8'));
        expect(schema.properties.expect.properties.error.properties.code.enum).toEqual([...PLAYBOOK_ERROR_CODES]);
    });
});
