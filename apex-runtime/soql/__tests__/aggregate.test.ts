/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// COUNT() and aggregate functions (SOQL and SOSL Reference: "COUNT() and COUNT(fieldName)", "Aggregate
// Functions", "GROUP BY", "LIMIT"; Apex Developer Guide: "Working with SOQL Aggregate Functions").
import { SoqlError } from '../index';
import { gadgetOrg, run } from './helpers';

function gadgets() {
    const org = gadgetOrg();
    org.db.insert(
        [
            { attributes: { type: 'Gadget__c' }, Name: 'a', Score__c: 2, Launched__c: '2026-01-05', Active__c: true },
            { attributes: { type: 'Gadget__c' }, Name: 'b', Score__c: 4, Launched__c: '2026-03-01', Active__c: true },
            { attributes: { type: 'Gadget__c' }, Name: 'c', Score__c: null, Launched__c: '2025-12-31' },
            { attributes: { type: 'Gadget__c' }, Name: 'A', Score__c: 9 }
        ],
        'SYSTEM_MODE'
    );
    return org;
}

describe('COUNT()', () => {
    it('counts the matching rows, up to LIMIT', () => {
        const org = gadgets();
        expect(run(org, 'SELECT COUNT() FROM Gadget__c')).toEqual({ kind: 'count', count: 4 });
        expect(run(org, 'SELECT COUNT() FROM Gadget__c WHERE Active__c = true')).toEqual({ kind: 'count', count: 2 });
        expect(run(org, 'SELECT COUNT() FROM Gadget__c LIMIT 3')).toEqual({ kind: 'count', count: 3 });
    });

    it('cannot be combined with fields or GROUP BY', () => {
        const org = gadgets();
        const refused = new SoqlError(
            'QueryException',
            'COUNT() cannot be used with other fields or with GROUP BY; use COUNT(fieldName)'
        );
        expect(() => run(org, 'SELECT Name, COUNT() FROM Gadget__c')).toThrow(refused);
        expect(() => run(org, 'SELECT COUNT() FROM Gadget__c GROUP BY Name')).toThrow(refused);
    });
});

describe('aggregate functions', () => {
    it('without GROUP BY give one row, unaliased results named expr0, expr1, ...', () => {
        const org = gadgets();
        expect(
            run(
                org,
                'SELECT COUNT(Score__c), SUM(Score__c) total, AVG(Score__c), MIN(Launched__c), MAX(Name), COUNT_DISTINCT(Name) FROM Gadget__c'
            )
        ).toEqual({
            kind: 'aggregate',
            rows: [{ expr0: 3, total: 15, expr1: 5, expr2: '2025-12-31', expr3: 'c', expr4: 3 }]
        });
        expect(run(org, "SELECT SUM(Score__c), COUNT(Id) FROM Gadget__c WHERE Name = 'none'")).toEqual({
            kind: 'aggregate',
            rows: [{ expr0: null, expr1: 0 }]
        });
    });

    it('with GROUP BY give a row per group, grouping text case-insensitively, ordered and limited', () => {
        const org = gadgets();
        expect(run(org, 'SELECT Active__c, COUNT(Id) n FROM Gadget__c GROUP BY Active__c ORDER BY Active__c')).toEqual({
            kind: 'aggregate',
            rows: [
                { Active__c: false, n: 2 },
                { Active__c: true, n: 2 }
            ]
        });
        expect(
            run(org, 'SELECT Name, MAX(Score__c) best FROM Gadget__c GROUP BY Name ORDER BY MAX(Score__c) DESC LIMIT 2')
        ).toEqual({
            kind: 'aggregate',
            rows: [
                { Name: 'a', best: 9 },
                { Name: 'b', best: 4 }
            ]
        });
    });

    it('refuse ungrouped fields and functions a field type does not support', () => {
        const org = gadgets();
        expect(() => run(org, 'SELECT Name, COUNT(Id) FROM Gadget__c GROUP BY Active__c')).toThrow(
            new SoqlError('QueryException', 'Field must be grouped or aggregated: Name')
        );
        expect(() => run(org, 'SELECT SUM(Name) FROM Gadget__c')).toThrow(
            new SoqlError('QueryException', 'field Name does not support aggregate operator SUM')
        );
        expect(() => run(org, 'SELECT MAX(Active__c) FROM Gadget__c')).toThrow(
            new SoqlError('QueryException', 'field Active__c does not support aggregate operator MAX')
        );
    });
});
