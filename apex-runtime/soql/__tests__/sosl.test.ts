/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// SOSL in Apex tests (Apex Developer Guide, "Adding SOSL Queries to Unit Tests"): without
// Test.setFixedSearchResults a search returns an empty list per RETURNING object; with it, the fixed Ids replace
// the index results and the RETURNING WHERE, ORDER BY and LIMIT clauses apply to them. SOQL and SOSL Reference:
// "FIND", "RETURNING FieldSpec", "LIMIT n", "WITH USER_MODE".
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { INACCESSIBLE_MESSAGE } from '../access';
import { executeSosl, parseSosl, SoqlError } from '../index';
import { bindResolver, inlineSosl, search } from './helpers';

function fixture() {
    const base = claFixture();
    const { org } = base;
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Okafor Autos' }, 'SYSTEM_MODE') as [
        string
    ];
    const contacts = org.db.insert(
        [
            {
                attributes: { type: 'Contact' },
                FirstName: 'Samuel',
                LastName: 'Okafor',
                Title: 'Owner',
                AccountId: accountId
            },
            { attributes: { type: 'Contact' }, FirstName: 'Ada', LastName: 'Okafor', AccountId: accountId },
            { attributes: { type: 'Contact' }, FirstName: 'Bea', LastName: 'Okafor', Title: 'Manager' }
        ],
        'SYSTEM_MODE'
    ) as [string, string, string];
    return { ...base, accountId, contacts };
}

describe('SOSL', () => {
    it('returns an empty list per RETURNING object when no fixed results were set', () => {
        const { org } = fixture();
        expect(
            search(org, 'FIND :term IN NAME FIELDS RETURNING Contact(Id, Name), Account(Id)', null, {
                binds: { term: 'Okafor' }
            })
        ).toEqual([[], []]);
    });

    it('returns the fixed Ids of each object, in the order set, with the selected fields', () => {
        const { org, accountId, contacts } = fixture();
        const [samuel, ada, bea] = contacts;
        const [people, companies] = search(
            org,
            "FIND 'Okafor' IN ALL FIELDS RETURNING Contact(FirstName, Account.Name), Account(Name)",
            [bea, accountId, samuel, ada]
        );
        expect(people).toEqual([
            { attributes: { type: 'Contact' }, Id: bea, FirstName: 'Bea' },
            {
                attributes: { type: 'Contact' },
                Id: samuel,
                FirstName: 'Samuel',
                Account: { attributes: { type: 'Account' }, Id: accountId, Name: 'Okafor Autos' }
            },
            {
                attributes: { type: 'Contact' },
                Id: ada,
                FirstName: 'Ada',
                Account: { attributes: { type: 'Account' }, Id: accountId, Name: 'Okafor Autos' }
            }
        ]);
        expect(companies).toEqual([{ attributes: { type: 'Account' }, Id: accountId, Name: 'Okafor Autos' }]);
    });

    it('applies the RETURNING WHERE, ORDER BY and LIMIT, and the overall LIMIT, to the fixed results', () => {
        const { org, accountId, contacts } = fixture();
        const [samuel, ada, bea] = contacts;
        const sosl =
            'FIND :term IN NAME FIELDS RETURNING Contact(FirstName WHERE AccountId = :accountId ORDER BY FirstName LIMIT :rowLimit)';
        const [people] = search(org, sosl, [samuel, ada, bea], { binds: { term: 'Okafor', accountId, rowLimit: 5 } });
        expect(people?.map((row) => row.FirstName)).toEqual(['Ada', 'Samuel']);
        const [limited] = search(org, sosl, [samuel, ada, bea], { binds: { term: 'Okafor', accountId, rowLimit: 1 } });
        expect(limited?.map((row) => row.FirstName)).toEqual(['Ada']);
        const [first, second] = search(org, "FIND 'Okafor' RETURNING Contact(FirstName), Account(Name) LIMIT 2", [
            samuel,
            ada,
            bea,
            accountId
        ]);
        expect([first?.length, second?.length]).toEqual([2, 0]);
    });

    it('refuses a search term shorter than two characters with a SearchException', () => {
        const { org } = fixture();
        expect(() => search(org, 'FIND :term RETURNING Contact(Id)', [], { binds: { term: 'a*' } })).toThrow(
            new SoqlError('SearchException', 'search term must be longer than one character: a*')
        );
    });

    it('checks access in user mode like SOQL', () => {
        const { org, contacts } = fixture();
        const plainUser = org.createUser({ LastName: 'Plain' });
        org.runAs(plainUser, () => {
            expect(() =>
                search(org, "FIND 'Okafor' RETURNING Contact(Employment_Status__c) WITH USER_MODE", contacts)
            ).toThrow(INACCESSIBLE_MESSAGE);
            expect(
                search(org, "FIND 'Okafor' RETURNING Contact(Employment_Status__c) WITH SYSTEM_MODE", contacts)[0]
            ).toHaveLength(3);
        });
    });

    it('runs a Search.query string the same way', () => {
        const { org, contacts } = fixture();
        const query = parseSosl('FIND {Okafor} IN NAME FIELDS RETURNING Contact(LastName WHERE Title != null)');
        const result = executeSosl(org, query, {
            accessLevel: 'USER_MODE',
            enforceSharing: true,
            resolveBind: bindResolver({}),
            fixedResults: contacts
        });
        expect(result[0]?.map((row) => row.LastName)).toEqual(['Okafor', 'Okafor']);
    });

    it.each([
        ["FIND 'Okafor' IN NAME FIELDS", 'SOSL without RETURNING (every searchable object)'],
        ["FIND 'Okafor' RETURNING Contact(Id) WITH SNIPPET", 'SOSL WITH SNIPPET'],
        ["FIND 'Okafor' RETURNING Contact(toLabel(Title))", 'SOSL toLabel(Title)']
    ])('fails %s as unsupported', (sosl, construct) => {
        const { org } = fixture();
        expect(inlineSosl(sosl).unsupported).toBe(construct);
        expect(() => search(org, sosl, null)).toThrow(`unsupported: ${construct} (Queries.cls line 1)`);
    });
});
