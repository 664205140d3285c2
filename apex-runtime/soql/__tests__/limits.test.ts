/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Limits as the platform counts queries (Apex Developer Guide, "Execution Governors and Limits"; SOQL and SOSL
// Reference, "Aggregate Functions"): one SOQL query per statement; each parent-child subquery is an aggregate query
// and its rows are query rows; COUNT() and COUNT(field) use one query row (one per group with GROUP BY), other
// aggregates every row they read; SOSL counts on its own counter; the 101st query of a transaction fails.
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { LimitError } from '../../../spec/org/errors';
import { counted, run, search } from './helpers';

function fixture() {
    const base = claFixture();
    base.org.db.insert(
        Array.from({ length: 3 }, (_unused, index) => ({
            attributes: { type: 'Task' },
            WhatId: base.caseId,
            Subject: `Call ${index}`,
            Status: 'Not Started'
        })),
        'SYSTEM_MODE'
    );
    return base;
}

describe('Limits', () => {
    it('count one query whose rows include the child rows, and one aggregate query per subquery', () => {
        const { org } = fixture();
        const usage = counted(org, () =>
            run(org, 'SELECT Id, (SELECT Id FROM Tasks), (SELECT Id FROM Tasks WHERE IsClosed = true) FROM Case')
        );
        expect(usage).toMatchObject({ queries: 1, queryRows: 1 + 3, aggregateQueries: 2, soslQueries: 0 });
    });

    it('count COUNT() and COUNT(field) as one row, other aggregates as the rows they read', () => {
        const { org } = fixture();
        expect(counted(org, () => run(org, 'SELECT COUNT() FROM Task'))).toMatchObject({
            result: { kind: 'count', count: 3 },
            queries: 1,
            queryRows: 1
        });
        expect(counted(org, () => run(org, 'SELECT COUNT(Id) FROM Task'))).toMatchObject({ queries: 1, queryRows: 1 });
        expect(counted(org, () => run(org, 'SELECT Subject, COUNT(Id) FROM Task GROUP BY Subject'))).toMatchObject({
            queryRows: 3
        });
        expect(counted(org, () => run(org, 'SELECT MAX(Subject) FROM Task'))).toMatchObject({ queryRows: 3 });
    });

    it('count a SOSL query on the SOSL counter only', () => {
        const { org } = fixture();
        expect(counted(org, () => search(org, "FIND 'Okafor' RETURNING Contact(Id)", null))).toMatchObject({
            queries: 0,
            queryRows: 0,
            soslQueries: 1
        });
    });

    it('refuse the 101st SOQL query of a transaction', () => {
        const { org } = fixture();
        expect(() =>
            org.transaction(() => {
                for (let index = 0; index < 101; index++) run(org, 'SELECT Id FROM Case');
            })
        ).toThrow(new LimitError('Too many SOQL queries: 101'));
    });
});
