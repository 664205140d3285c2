// The in-memory database: save rules, user-mode access, queries, statements all-or-none.
import { DmlError, NoAccessError, QueryError, SObjectError } from '../org/errors';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { childRecords } from '../org/query';
import { claFixture, newProjectOrg } from './orgFixtures';

function dmlError(action: () => unknown): DmlError {
    try {
        action();
    } catch (error) {
        if (error instanceof DmlError) return error;
        throw error;
    }
    throw new Error('Expected a DmlError');
}

function account(org: InMemoryOrg, name = 'Northgate Motors'): string {
    return org.db.insert({ attributes: { type: 'Account' }, Name: name }, 'SYSTEM_MODE')[0] as string;
}

describe('save rules', () => {
    it('refuses unknown fields as the compiler would', () => {
        const org = newProjectOrg();
        expect(() => org.db.insert({ attributes: { type: 'Case' }, CL_Activity_Stat__c: 'x' }, 'SYSTEM_MODE')).toThrow(SObjectError);
    });

    it('refuses writes to read-only fields', () => {
        const org = newProjectOrg();
        expect(dmlError(() => org.db.insert({ attributes: { type: 'Case' }, IsClosed: true }, 'SYSTEM_MODE')).statusCode).toBe(
            'INVALID_FIELD_FOR_INSERT_UPDATE'
        );
    });

    it('requires required fields', () => {
        const org = newProjectOrg();
        const error = dmlError(() => org.db.insert({ attributes: { type: 'Contact' }, FirstName: 'Sam' }, 'SYSTEM_MODE'));
        expect(error.statusCode).toBe('REQUIRED_FIELD_MISSING');
        expect(error.fields).toEqual(['LastName']);
    });

    it('refuses values outside a restricted picklist, and text over its length', () => {
        const org = newProjectOrg();
        expect(
            dmlError(() => org.db.insert({ attributes: { type: 'Case' }, CL_Activity_Status__c: 'Done' }, 'SYSTEM_MODE')).statusCode
        ).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
        expect(dmlError(() => org.db.insert({ attributes: { type: 'Case' }, Subject: 'x'.repeat(256) }, 'SYSTEM_MODE')).statusCode).toBe(
            'STRING_TOO_LONG'
        );
    });

    it('refuses a lookup to a record of the wrong object or none', () => {
        const org = newProjectOrg();
        const accountId = account(org);
        expect(dmlError(() => org.db.insert({ attributes: { type: 'Case' }, ContactId: accountId }, 'SYSTEM_MODE')).statusCode).toBe(
            'FIELD_INTEGRITY_EXCEPTION'
        );
    });

    it('keeps unique fields unique', () => {
        const org = newProjectOrg();
        org.db.insert({ attributes: { type: 'Playbook_Request__c' }, Key__c: 'k-1', Action__c: 'claim' }, 'SYSTEM_MODE');
        expect(
            dmlError(() => org.db.insert({ attributes: { type: 'Playbook_Request__c' }, Key__c: 'k-1' }, 'SYSTEM_MODE')).statusCode
        ).toBe('DUPLICATE_VALUE');
    });

    it('numbers auto-number fields and applies field defaults', () => {
        const org = newProjectOrg();
        const [first, second] = org.db.insert(
            [{ attributes: { type: 'Playbook_Request__c' } }, { attributes: { type: 'Playbook_Request__c' } }],
            'SYSTEM_MODE'
        );
        expect(org.db.get(first as string)?.Name).toBe('PR-00001001');
        expect(org.db.get(second as string)?.Name).toBe('PR-00001002');
        const [caseId] = org.db.insert({ attributes: { type: 'Case' } }, 'SYSTEM_MODE');
        expect(org.db.get(caseId as string)).toMatchObject({ Status: 'New', CL_Call_Attempts__c: 0, CL_Activity_Status__c: 'Not Started' });
    });

    it('inserts a contract as Draft only, and computes its end date when activated', () => {
        const org = newProjectOrg();
        const accountId = account(org);
        expect(
            dmlError(() => org.db.insert({ attributes: { type: 'Contract' }, AccountId: accountId, Status: 'Activated' }, 'SYSTEM_MODE'))
                .statusCode
        ).toBe('FIELD_INTEGRITY_EXCEPTION');
        const [contractId] = org.db.insert(
            { attributes: { type: 'Contract' }, AccountId: accountId, StartDate: '2026-01-01', ContractTerm: 12 },
            'SYSTEM_MODE'
        );
        org.db.update({ Id: contractId, Status: 'Activated' }, 'SYSTEM_MODE');
        expect(org.db.get(contractId as string)).toMatchObject({ Status: 'Activated', EndDate: '2026-12-31', ActivatedDate: org.nowIso() });
    });

    it('derives IsClosed and ClosedDate from the status', () => {
        const org = newProjectOrg();
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, Status: 'Working' }, 'SYSTEM_MODE');
        org.db.update({ Id: caseId, Status: 'Closed' }, 'SYSTEM_MODE');
        expect(org.db.get(caseId as string)).toMatchObject({ IsClosed: true, ClosedDate: '2026-11-20T15:00:00.000Z' });
    });

    it('writes nothing from a statement in which one row fails', () => {
        const org = newProjectOrg();
        expect(() =>
            org.db.insert(
                [
                    { attributes: { type: 'Account' }, Name: 'Fine' },
                    { attributes: { type: 'Account' }, Name: null }
                ],
                'SYSTEM_MODE'
            )
        ).toThrow(DmlError);
        expect(org.db.all('Account')).toEqual([]);
    });
});

describe('user mode', () => {
    it('refuses to query a field the user has no field-level security for', () => {
        const { org } = claFixture();
        const plainUser = org.createUser({ LastName: 'Plain' });
        const query = () => org.db.query({ select: ['Id', 'CL_Activity_Status__c'], from: 'Case' }, 'USER_MODE');
        let error: unknown;
        org.runAs(plainUser, () => {
            try {
                query();
            } catch (caught) {
                error = caught;
            }
        });
        expect(error).toBeInstanceOf(QueryError);
        expect((error as QueryError).inaccessibleFields).toEqual(['Case.CL_Activity_Status__c']);
        expect(org.runAs(plainUser, () => org.db.query({ select: ['Id', 'Subject'], from: 'Case' }, 'USER_MODE'))).toHaveLength(1);
    });

    it('grants the package fields through the permission set', () => {
        const { org, agentId, caseId } = claFixture();
        org.runAs(agentId, () => org.db.update({ Id: caseId, CL_Satisfaction_Notes__c: 'Usually in after 10 am' }, 'USER_MODE'));
        expect(org.db.get(caseId)?.CL_Satisfaction_Notes__c).toBe('Usually in after 10 am');
    });

    it('refuses to write a field the user cannot edit', () => {
        const { org, caseId } = claFixture();
        const plainUser = org.createUser({ LastName: 'Plain' });
        const error = dmlError(() => org.runAs(plainUser, () => org.db.update({ Id: caseId, CL_Referral__c: true }, 'USER_MODE')));
        expect(error.statusCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
        expect(error.fields).toEqual(['CL_Referral__c']);
        expect(error.message).toContain('Unable to create/update fields: Case.CL_Referral__c.');
    });

    it('refuses object access a profile does not grant', () => {
        const org = newProjectOrg();
        const minimal = org.createUser({ LastName: 'Minimal', profile: 'Minimum Access - Salesforce' });
        expect(() => org.runAs(minimal, () => org.db.insert({ attributes: { type: 'Case' } }, 'USER_MODE'))).toThrow(NoAccessError);
        expect(org.runAs(minimal, () => org.db.insert({ attributes: { type: 'Case' } }, 'SYSTEM_MODE'))).toHaveLength(1);
    });

    it('describes access for the running user as Schema describe does', () => {
        const { org, agentId } = claFixture();
        const plainUser = org.createUser({ LastName: 'Plain' });
        const readable = (userId: string) =>
            org.runAs(userId, () => org.describe('Case').field('CL_Activity_Status__c').isAccessible());
        expect(readable(agentId)).toBe(true);
        expect(readable(plainUser)).toBe(false);
        expect(org.runAs(agentId, () => org.describe('Case').field('CaseNumber').isUpdateable())).toBe(false);
        expect(org.runAs(agentId, () => org.describe('Playbook_Request__c').isCreateable())).toBe(true);
    });

    it('refuses an unknown permission set by name', () => {
        const org = newProjectOrg();
        expect(() => org.createUser({ LastName: 'Typo', permissionSets: ['Playbooks_Agnet'] })).toThrow(/Unknown permission set Playbooks_Agnet/);
    });
});

describe('queries', () => {
    it('follows relationships, filters, orders and limits like SOQL', () => {
        const { org, agentId, queueId, caseId } = claFixture();
        const [otherId] = org.db.insert({ attributes: { type: 'Case' }, Subject: 'b second', OwnerId: agentId }, 'SYSTEM_MODE');
        const rows = org.db.query(
            {
                select: ['Id', 'owner.name', 'RecordType.DeveloperName'],
                from: 'case',
                where: [{ field: 'OwnerId', operator: 'IN', value: [queueId, agentId.slice(0, 15)] }],
                orderBy: [{ field: 'Subject', direction: 'DESC' }]
            },
            'SYSTEM_MODE'
        );
        expect(rows.map((row) => row.Id)).toEqual([caseId, otherId]);
        expect(rows[0]).toMatchObject({ Owner: { Name: 'Team Loyalty' }, RecordType: { DeveloperName: 'Customer_Loyalty_Assessment' } });
        expect(rows[1]).toMatchObject({ Owner: { Name: 'Ada Agent' } });
        expect(rows[1]?.RecordType).toBeUndefined();
        expect(org.db.query({ select: ['Id'], from: 'Case', where: [{ field: 'Subject', operator: 'LIKE', value: 'B %' }] }, 'SYSTEM_MODE')).toHaveLength(1);
        expect(org.db.query({ select: ['Id'], from: 'Case', limit: 1, offset: 1 }, 'SYSTEM_MODE').map((row) => row.Id)).toEqual([otherId]);
    });

    it('orders by Id in creation order, as SOQL does, across digits, upper and lower case', () => {
        const org = newProjectOrg();
        const created: string[] = [];
        for (let index = 0; index < 40; index++) {
            created.push(org.db.insert({ attributes: { type: 'Case' }, Subject: `Case ${index}` }, 'SYSTEM_MODE')[0] as string);
        }
        // One clock instant for all of them: the Id is the only tie-break, as in one Apex transaction.
        const newestFirst = org.db.query(
            { select: ['Id'], from: 'Case', orderBy: [{ field: 'CreatedDate', direction: 'DESC' }, { field: 'Id', direction: 'DESC' }] },
            'SYSTEM_MODE'
        );
        expect(newestFirst.map((row) => row.Id)).toEqual([...created].reverse());
        const lastCharacters = new Set(created.map((id) => id.charAt(14)));
        expect([...lastCharacters].some((character) => /[0-9]/.test(character))).toBe(true);
        expect([...lastCharacters].some((character) => /[A-Z]/.test(character))).toBe(true);
        expect([...lastCharacters].some((character) => /[a-z]/.test(character))).toBe(true);
    });

    it('refuses unknown fields and relationships', () => {
        const org = newProjectOrg();
        expect(() => org.db.query({ select: ['Nope__c'], from: 'Case' }, 'SYSTEM_MODE')).toThrow(QueryError);
        expect(() => org.db.query({ select: ['Nobody.Name'], from: 'Case' }, 'SYSTEM_MODE')).toThrow(QueryError);
    });

    it('reads child rows with a subquery, filtered, ordered and limited per parent, in one query whose child rows are query rows', () => {
        const { org, agentId, caseId } = claFixture();
        const [otherId, emptyId] = org.db.insert(
            [
                { attributes: { type: 'Case' }, Subject: 'b other' },
                { attributes: { type: 'Case' }, Subject: 'c empty' }
            ],
            'SYSTEM_MODE'
        ) as [string, string];
        const task = (whatId: string, Subject: string, Status = 'Not Started') => ({ attributes: { type: 'Task' }, WhatId: whatId, OwnerId: agentId, Subject, Status });
        org.db.insert(
            [task(caseId, 'Call B'), task(caseId, 'Call A', 'Completed'), task(caseId, 'Note'), task(caseId, 'call C'), task(otherId, 'Call X'), task(emptyId, 'Note')],
            'SYSTEM_MODE'
        );

        const rows = org.transaction(() =>
            org.db.query(
                {
                    select: ['Id'],
                    from: 'Case',
                    where: [{ field: 'Id', operator: 'IN', value: [caseId, otherId, emptyId] }],
                    orderBy: [{ field: 'Subject' }],
                    children: [
                        {
                            relationship: 'tasks',
                            select: ['Subject', 'IsClosed'],
                            where: [{ field: 'Subject', operator: 'LIKE', value: 'Call %' }],
                            orderBy: [{ field: 'IsClosed' }, { field: 'Subject', direction: 'DESC' }],
                            limit: 2
                        }
                    ]
                },
                'SYSTEM_MODE'
            )
        );

        expect(rows.map((row) => row.Id)).toEqual([otherId, emptyId, caseId]);
        expect(childRecords(rows[2] as (typeof rows)[number], 'Tasks').map((row) => row.Subject)).toEqual(['call C', 'Call B']);
        expect(rows[2]?.Tasks).toMatchObject({ totalSize: 2, done: true });
        expect(childRecords(rows[0] as (typeof rows)[number], 'Tasks')).toEqual([expect.objectContaining({ Subject: 'Call X', IsClosed: false })]);
        expect(childRecords(rows[1] as (typeof rows)[number], 'Tasks')).toEqual([]);
        expect(org.lastCallLimits).toMatchObject({ queries: 1, queryRows: 3 + 3 });
    });

    it('refuses an unknown child relationship and, in user mode, child fields the user cannot read', () => {
        const { org } = claFixture();
        expect(() => org.db.query({ select: ['Id'], from: 'Case', children: [{ relationship: 'Tasks', select: ['Nope__c'] }] }, 'SYSTEM_MODE')).toThrow(
            QueryError
        );
        expect(() => org.db.query({ select: ['Id'], from: 'Case', children: [{ relationship: 'Chores', select: ['Id'] }] }, 'SYSTEM_MODE')).toThrow(
            /Didn't understand relationship 'Chores'/
        );
        const plainUser = org.createUser({ LastName: 'Plain' });
        const query = (field: string) => () =>
            org.db.query({ select: ['Id'], from: 'Case', children: [{ relationship: 'Tasks', select: ['Id', field] }] }, 'USER_MODE');
        expect(org.runAs(plainUser, query('Subject'))).toHaveLength(1);
        let error: unknown;
        org.runAs(plainUser, () => {
            try {
                query('Call_Outcome__c')();
            } catch (caught) {
                error = caught;
            }
        });
        expect((error as QueryError).inaccessibleFields).toEqual(['Task.Call_Outcome__c']);
    });
});
