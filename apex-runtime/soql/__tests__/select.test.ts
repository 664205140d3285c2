/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// SELECT lists as the platform returns them (SOQL and SOSL Reference, "SELECT", "Using Relationship Queries",
// "FIELDS()"; Object Reference, "Name"): the Id and exactly the fields asked for, parents nested as records,
// polymorphic relationships reaching the Name object's fields, child subqueries per parent row, and the API's
// messages for unknown objects, fields and relationships.
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { childRecords } from '../../../spec/org/query';
import {
    MORE_THAN_ONE_ROW_MESSAGE,
    NO_ROWS_MESSAGE,
    SoqlError,
    UnsupportedSoqlError,
    singleRowForAssignment
} from '../index';
import { dynamic, rows } from './helpers';

function fixture() {
    const base = claFixture();
    const { org, caseId, agentId } = base;
    const contactId = org.db.get(caseId)?.ContactId as string;
    const [callId, reviewId] = org.db.insert(
        [
            {
                attributes: { type: 'Task' },
                WhatId: caseId,
                WhoId: contactId,
                OwnerId: agentId,
                Subject: 'Call A',
                Status: 'Not Started'
            },
            {
                attributes: { type: 'Task' },
                WhatId: caseId,
                OwnerId: agentId,
                Subject: 'Case Review',
                Status: 'Completed'
            }
        ],
        'SYSTEM_MODE'
    ) as [string, string];
    return { ...base, contactId, callId, reviewId };
}

describe('fields and parent relationships', () => {
    it('return the Id and exactly the fields selected, parents as nested records', () => {
        const { org, caseId, queueId } = fixture();
        const [row] = rows(
            org,
            'SELECT CaseNumber, Contact.Account.Name, RecordType.DeveloperName FROM Case WHERE Id = :caseId',
            { binds: { caseId } }
        );
        expect(row).toEqual({
            attributes: { type: 'Case' },
            Id: caseId,
            CaseNumber: org.db.get(caseId)?.CaseNumber,
            Contact: {
                attributes: { type: 'Contact' },
                Id: org.db.get(caseId)?.ContactId,
                Account: {
                    attributes: { type: 'Account' },
                    Id: org.db.get(caseId)?.AccountId,
                    Name: 'Northgate Motors'
                }
            },
            RecordType: {
                attributes: { type: 'RecordType' },
                Id: org.recordTypeId('Case', 'Customer_Loyalty_Assessment'),
                DeveloperName: 'Customer_Loyalty_Assessment'
            }
        });
        expect(row).not.toHaveProperty('Subject');
        expect(queueId).toBeDefined();
    });

    it('leave a parent out when its lookup is empty, so Apex reads the relationship as null', () => {
        const { org, reviewId } = fixture();
        const [row] = rows(org, 'SELECT Id, Who.Name FROM Task WHERE Id = :reviewId', { binds: { reviewId } });
        expect(row).toEqual({ attributes: { type: 'Task' }, Id: reviewId });
    });

    it("reach the Name object through polymorphic relationships: a queue's or a user's name, a case's number as What.Name", () => {
        const { org, caseId, callId, agentId } = fixture();
        const [claCase] = rows(org, 'SELECT Owner.Name, Owner.Type, Owner.IsActive FROM Case WHERE Id = :caseId', {
            binds: { caseId }
        });
        expect(claCase?.Owner).toMatchObject({
            attributes: { type: 'Group' },
            Name: 'Team Loyalty',
            Type: 'Group',
            IsActive: null
        });
        const [call] = rows(
            org,
            'SELECT Who.Name, What.Name, What.Type, Owner.Name, Owner.IsActive FROM Task WHERE Id = :callId',
            { binds: { callId } }
        );
        expect(call?.Who).toMatchObject({ attributes: { type: 'Contact' }, Name: 'Okafor' });
        expect(call?.What).toMatchObject({
            attributes: { type: 'Case' },
            Id: caseId,
            Name: org.db.get(caseId)?.CaseNumber,
            Type: 'Case'
        });
        expect(call?.Owner).toMatchObject({
            attributes: { type: 'User' },
            Id: agentId,
            Name: 'Ada Agent',
            IsActive: true
        });
    });

    it('refuse a field the Name object lacks on a polymorphic relationship, as the API does', () => {
        const { org } = fixture();
        expect(() => rows(org, 'SELECT What.Subject FROM Task')).toThrow(
            new SoqlError(
                'QueryException',
                "No such column 'Subject' on entity 'Name'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
            )
        );
    });

    it('allow the FROM object as a qualifier of a path', () => {
        const { org, caseId } = fixture();
        expect(
            rows(org, 'SELECT Case.CaseNumber FROM Case WHERE Id = :caseId', { binds: { caseId } })[0]
        ).toHaveProperty('CaseNumber');
    });

    it.each([
        [
            'SELECT Id FROM Ticket__c',
            "sObject type 'Ticket__c' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."
        ],
        [
            'SELECT Score__c FROM Case',
            "No such column 'Score__c' on entity 'Case'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
        ],
        [
            'SELECT Contract__c.Status FROM Case',
            "Didn't understand relationship 'Contract__c' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names."
        ],
        [
            'SELECT Id, (SELECT Id FROM Chores__r) FROM Case',
            "Didn't understand relationship 'Chores__r' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names."
        ],
        ['SELECT Id, Subject, subject FROM Case', 'duplicate field selected: Subject'],
        ['SELECT Subject s FROM Case', 'Only aggregate expressions and grouped fields can have an alias: Subject s']
    ])('fail %s with a QueryException', (soql, message) => {
        const { org } = fixture();
        expect(() => rows(org, dynamic(soql))).toThrow(new SoqlError('QueryException', message));
    });

    it('fail a query of a platform object the org does not model as unsupported, not as a catchable QueryException', () => {
        const { org } = fixture();
        expect(() => rows(org, dynamic('SELECT Id FROM Opportunity'))).toThrow(UnsupportedSoqlError);
        expect(() => rows(org, dynamic('SELECT Id FROM Playbook_Setting__mdt'))).toThrow(
            /^unsupported: SOQL on Playbook_Setting__mdt/
        );
    });
});

describe('FIELDS()', () => {
    it('FIELDS(STANDARD) selects every standard field of the object and no custom one', () => {
        const { org, caseId } = fixture();
        const [row] = rows(org, 'SELECT FIELDS(STANDARD) FROM Case WHERE Id = :caseId', { binds: { caseId } });
        const standard = Object.values(org.schema.object('Case').fields).filter((field) => !field.custom);
        expect(Object.keys(row as object).sort()).toEqual(
            ['attributes', ...standard.map((field) => field.name)].sort()
        );
        expect(row).toMatchObject({ Subject: 'Customer Loyalty Assessment: Samuel Okafor', IsClosed: false });
        expect(row).not.toHaveProperty('CL_Activity_Status__c');
    });

    it('FIELDS(ALL) and FIELDS(CUSTOM) are unbounded, which Apex refuses; a field also in FIELDS() is a duplicate', () => {
        const { org } = fixture();
        const unbounded = new SoqlError(
            'QueryException',
            'The SOQL FIELDS function is not supported with an unbounded set of fields in this API.'
        );
        expect(() => rows(org, 'SELECT FIELDS(ALL) FROM Case LIMIT 200')).toThrow(unbounded);
        expect(() => rows(org, 'SELECT FIELDS(CUSTOM) FROM Case LIMIT 200')).toThrow(unbounded);
        expect(() => rows(org, 'SELECT Id, FIELDS(STANDARD) FROM Case')).toThrow(
            new SoqlError('QueryException', 'duplicate field selected: Id')
        );
    });
});

describe('parent-to-child subqueries', () => {
    it('give each parent row its own filtered, ordered and limited child rows', () => {
        const { org, caseId, agentId } = fixture();
        const [otherCase] = org.db.insert({ attributes: { type: 'Case' }, Subject: 'Other' }, 'SYSTEM_MODE') as [
            string
        ];
        org.db.insert(
            [
                {
                    attributes: { type: 'Task' },
                    WhatId: caseId,
                    OwnerId: agentId,
                    Subject: 'Call C',
                    Status: 'Completed'
                },
                {
                    attributes: { type: 'Task' },
                    WhatId: otherCase,
                    OwnerId: agentId,
                    Subject: 'Call X',
                    Status: 'Not Started'
                }
            ],
            'SYSTEM_MODE'
        );
        const result = rows(
            org,
            "SELECT Subject, (SELECT Subject, IsClosed FROM Tasks WHERE Subject LIKE 'call%' ORDER BY IsClosed DESC, Subject LIMIT 5) FROM Case ORDER BY Subject"
        );
        expect(result.map((row) => row.Subject)).toEqual(['Customer Loyalty Assessment: Samuel Okafor', 'Other']);
        expect(childRecords(result[0] as never, 'Tasks').map((task) => [task.Subject, task.IsClosed])).toEqual([
            ['Call C', true],
            ['Call A', false]
        ]);
        expect(result[0]?.Tasks).toMatchObject({ totalSize: 2, done: true });
        expect(childRecords(result[1] as never, 'Tasks').map((task) => task.Subject)).toEqual(['Call X']);
    });

    it('give a parent without children an empty list', () => {
        const { org } = fixture();
        const [otherCase] = org.db.insert({ attributes: { type: 'Case' }, Subject: 'Lonely' }, 'SYSTEM_MODE') as [
            string
        ];
        const [row] = rows(org, 'SELECT Id, (SELECT Id FROM Tasks) FROM Case WHERE Id = :otherCase', {
            binds: { otherCase }
        });
        expect(row?.Tasks).toEqual({ totalSize: 0, done: true, records: [] });
    });
});

describe('assigning a query to a single sObject', () => {
    it('takes the one row, and fails with the platform messages on none or several', () => {
        const { org, caseId } = fixture();
        const one = rows(org, 'SELECT Id FROM Case WHERE Id = :caseId', { binds: { caseId } });
        expect(singleRowForAssignment(one).Id).toBe(caseId);
        expect(() => singleRowForAssignment([])).toThrow(new SoqlError('QueryException', NO_ROWS_MESSAGE));
        expect(() => singleRowForAssignment(rows(org, 'SELECT Id FROM Task'))).toThrow(
            new SoqlError('QueryException', MORE_THAN_ONE_ROW_MESSAGE)
        );
        expect([NO_ROWS_MESSAGE, MORE_THAN_ONE_ROW_MESSAGE]).toEqual([
            'List has no rows for assignment to SObject',
            'List has more than 1 row for assignment to SObject'
        ]);
    });
});
