// The Limits counters beyond queries/rows/DML: aggregate queries (parent-child subqueries) and SOSL
// queries, as Apex's Limits.getAggregateQueries() and Limits.getSoslQueries() report them
// (Apex Developer Guide, "Execution Governors and Limits").
import { LimitError } from '../org/errors';
import { LimitCounters, SYNCHRONOUS_AGGREGATE_QUERIES, SYNCHRONOUS_SOSL_QUERIES } from '../org/limits';
import { claFixture } from './orgFixtures';

describe('aggregate and SOSL query counters', () => {
    it('counts each parent-child subquery of a statement as an aggregate query, not as a SOQL query', () => {
        const { org, caseId } = claFixture();
        const counted = org.transaction(() => {
            org.db.query(
                {
                    select: ['Id'],
                    from: 'Case',
                    where: [{ field: 'Id', value: caseId }],
                    children: [{ relationship: 'Tasks', select: ['Id'] }]
                },
                'SYSTEM_MODE'
            );
            return { aggregate: org.limits.aggregateQueries(), queries: org.limits.usage().queries };
        });
        expect(counted).toEqual({ aggregate: 1, queries: 1 });
    });

    it('refuses the 301st aggregate query and the 21st SOSL query of a transaction, and starts again at zero', () => {
        const limits = new LimitCounters();
        limits.begin();
        limits.countAggregateQueries(SYNCHRONOUS_AGGREGATE_QUERIES);
        expect(() => limits.countAggregateQueries(1)).toThrow(new LimitError('Too many aggregate queries: 301'));
        for (let index = 0; index < SYNCHRONOUS_SOSL_QUERIES; index++) limits.countSoslQuery();
        expect(() => limits.countSoslQuery()).toThrow(new LimitError('Too many SOSL queries: 21'));
        limits.begin();
        expect([limits.aggregateQueries(), limits.soslQueries()]).toEqual([0, 0]);
    });
});
