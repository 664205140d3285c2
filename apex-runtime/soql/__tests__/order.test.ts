/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// ORDER BY, LIMIT, OFFSET and FOR UPDATE (SOQL and SOSL Reference: "ORDER BY", "LIMIT", "OFFSET"; Apex Developer
// Guide: "Locking Statements").
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { SoqlError } from '../index';
import { gadgetOrg, rows } from './helpers';

function gadgets() {
    const org = gadgetOrg();
    org.db.insert(
        [
            { attributes: { type: 'Gadget__c' }, Name: 'banana', Score__c: 2, Active__c: true },
            { attributes: { type: 'Gadget__c' }, Name: 'Apple', Score__c: null },
            { attributes: { type: 'Gadget__c' }, Name: 'cherry', Score__c: 1 },
            { attributes: { type: 'Gadget__c' }, Name: 'apricot', Score__c: 2 }
        ],
        'SYSTEM_MODE'
    );
    return org;
}

function names(org: ReturnType<typeof gadgets>, tail: string) {
    return rows(org, `SELECT Name FROM Gadget__c ${tail}`).map((row) => row.Name);
}

describe('ORDER BY', () => {
    it('sorts text case-insensitively, ascending unless DESC', () => {
        const org = gadgets();
        expect(names(org, 'ORDER BY Name')).toEqual(['Apple', 'apricot', 'banana', 'cherry']);
        expect(names(org, 'ORDER BY Name DESC')).toEqual(['cherry', 'banana', 'apricot', 'Apple']);
    });

    it('puts null values first in ascending order and last in descending order unless NULLS says otherwise', () => {
        const org = gadgets();
        expect(names(org, 'ORDER BY Score__c, Name')).toEqual(['Apple', 'cherry', 'apricot', 'banana']);
        expect(names(org, 'ORDER BY Score__c DESC, Name')).toEqual(['apricot', 'banana', 'cherry', 'Apple']);
        expect(names(org, 'ORDER BY Score__c NULLS LAST, Name DESC')).toEqual(['cherry', 'banana', 'apricot', 'Apple']);
        expect(names(org, 'ORDER BY Score__c DESC NULLS FIRST, Name')).toEqual([
            'Apple',
            'apricot',
            'banana',
            'cherry'
        ]);
    });

    it('sorts false before true, and by a parent field through a relationship', () => {
        const org = gadgets();
        expect(names(org, 'ORDER BY Active__c DESC, Name')).toEqual(['banana', 'Apple', 'apricot', 'cherry']);
        const [zed, abe] = org.db.insert(
            [
                { attributes: { type: 'Account' }, Name: 'Zed Motors' },
                { attributes: { type: 'Account' }, Name: 'Abe Motors' }
            ],
            'SYSTEM_MODE'
        ) as [string, string];
        org.db.update(
            [
                { Id: org.db.all('Gadget__c')[0]?.Id as string, Account__c: zed },
                { Id: org.db.all('Gadget__c')[1]?.Id as string, Account__c: abe }
            ],
            'SYSTEM_MODE'
        );
        expect(names(org, 'ORDER BY Account__r.Name NULLS LAST, Name')).toEqual([
            'Apple',
            'banana',
            'apricot',
            'cherry'
        ]);
    });

    it('orders Ids as the records were created: the 40th of 40 comes first newest-first', () => {
        const { org } = claFixture();
        const ids = org.db.insert(
            Array.from({ length: 40 }, (_unused, index) => ({
                attributes: { type: 'Account' },
                Name: `Dealer ${index}`
            })),
            'SYSTEM_MODE'
        );
        const newestFirst = rows(org, 'SELECT Id FROM Account WHERE Id IN :ids ORDER BY Id DESC', {
            binds: { ids }
        }).map((row) => row.Id);
        expect(newestFirst).toEqual([...ids].reverse());
    });

    it('refuses long text areas and multi-select picklists', () => {
        const org = gadgets();
        expect(() => names(org, 'ORDER BY Notes__c')).toThrow(
            new SoqlError('QueryException', "field 'Notes__c' can not be sorted in a query call")
        );
        expect(() => names(org, 'ORDER BY Colours__c')).toThrow(
            new SoqlError('QueryException', "field 'Colours__c' can not be sorted in a query call")
        );
    });

    it('is unsupported for text in a locale that sorts linguistically', () => {
        const org = gadgets();
        const german = org.createUser({ LastName: 'Bauer', profile: 'System Administrator' });
        org.db.update({ Id: german, LocaleSidKey: 'de_DE' }, 'SYSTEM_MODE');
        org.runAs(german, () => {
            expect(() => names(org, 'ORDER BY Name')).toThrow(/^unsupported: SOQL ORDER BY Name for the locale de_DE/);
            expect(names(org, 'ORDER BY Score__c DESC, Id')).toHaveLength(4);
        });
    });
});

describe('LIMIT and OFFSET', () => {
    it('skip OFFSET rows of the sorted result, then return at most LIMIT rows, written or bound', () => {
        const org = gadgets();
        expect(names(org, 'ORDER BY Name LIMIT 2')).toEqual(['Apple', 'apricot']);
        expect(names(org, 'ORDER BY Name LIMIT 2 OFFSET 1')).toEqual(['apricot', 'banana']);
        expect(
            rows(org, 'SELECT Name FROM Gadget__c ORDER BY Name LIMIT :rowLimit OFFSET :rowOffset', {
                binds: { rowLimit: 1, rowOffset: 3 }
            }).map((row) => row.Name)
        ).toEqual(['cherry']);
        expect(names(org, 'ORDER BY Name LIMIT 0')).toEqual([]);
    });

    it('refuse a negative LIMIT and an OFFSET above 2,000', () => {
        const org = gadgets();
        expect(() => rows(org, 'SELECT Id FROM Gadget__c LIMIT :rowLimit', { binds: { rowLimit: -1 } })).toThrow(
            new SoqlError('QueryException', 'LIMIT must be a non-negative integer, not -1')
        );
        expect(() => names(org, 'LIMIT 5 OFFSET 2001')).toThrow(
            new SoqlError('QueryException', 'NUMBER_OUTSIDE_VALID_RANGE: the maximum OFFSET is 2000, not 2001')
        );
        expect(names(org, 'ORDER BY Name LIMIT 5 OFFSET 2000')).toEqual([]);
    });
});

describe('FOR UPDATE', () => {
    it('is accepted (one transaction at a time: nothing to lock), but not with ORDER BY', () => {
        const org = gadgets();
        expect(names(org, "WHERE Name = 'cherry' FOR UPDATE")).toEqual(['cherry']);
        expect(() => names(org, 'ORDER BY Name FOR UPDATE')).toThrow(
            new SoqlError('QueryException', 'ORDER BY cannot be used in a query that locks rows with FOR UPDATE')
        );
    });
});
