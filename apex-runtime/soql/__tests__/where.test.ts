/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// WHERE as SOQL filters (SOQL and SOSL Reference: "fieldExpression Syntax", "Comparison Operators", "Logical
// Operators", "Quoted String Escape Sequences", "Date Formats and Date Literals in WHERE"; Apex Developer Guide:
// "Using Apex Variables in SOQL and SOSL Queries").
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { to18 } from '../../../spec/org/ids';
import { SoqlError, UnsupportedSoqlError, likeMatcher } from '../index';
import { dynamic, gadgetOrg, rows } from './helpers';

function contacts() {
    const { org, agentId } = claFixture();
    const [accountId] = org.db.insert({ attributes: { type: 'Account' }, Name: 'Southside Motors' }, 'SYSTEM_MODE') as [
        string
    ];
    const ids = org.db.insert(
        [
            {
                attributes: { type: 'Contact' },
                FirstName: 'Ann',
                LastName: 'Able',
                Title: 'Owner',
                Phone: '(555) 010-0100',
                AccountId: accountId
            },
            {
                attributes: { type: 'Contact' },
                FirstName: 'bob',
                LastName: 'Baker',
                Title: null,
                Phone: '555 0200',
                AccountId: accountId
            },
            {
                attributes: { type: 'Contact' },
                FirstName: 'Cy',
                LastName: 'Cole_Smith',
                Title: 'Manager',
                AccountId: accountId
            }
        ],
        'SYSTEM_MODE'
    ) as [string, string, string];
    return { org, agentId, accountId, ids };
}

function lastNames(org: ReturnType<typeof contacts>['org'], where: string, binds: Record<string, unknown> = {}) {
    return rows(org, `SELECT LastName FROM Contact WHERE AccountId = :accountId AND (${where}) ORDER BY LastName`, {
        binds
    }).map((row) => row.LastName);
}

describe('comparisons', () => {
    it('= and != compare text case-insensitively; != and NOT IN include empty fields; = null finds them', () => {
        const { org, accountId } = contacts();
        expect(lastNames(org, "Title = 'OWNER'", { accountId })).toEqual(['Able']);
        expect(lastNames(org, "Title != 'owner'", { accountId })).toEqual(['Baker', 'Cole_Smith']);
        expect(lastNames(org, 'Title = null', { accountId })).toEqual(['Baker']);
        expect(lastNames(org, 'Title != null', { accountId })).toEqual(['Able', 'Cole_Smith']);
        expect(lastNames(org, "Title NOT IN ('Owner')", { accountId })).toEqual(['Baker', 'Cole_Smith']);
        expect(lastNames(org, "Title IN ('manager', 'owner')", { accountId })).toEqual(['Able', 'Cole_Smith']);
    });

    it('<, <=, > and >= order text by upper-cased characters', () => {
        const { org, accountId } = contacts();
        expect(lastNames(org, "FirstName > 'ANN'", { accountId })).toEqual(['Baker', 'Cole_Smith']);
        expect(lastNames(org, "FirstName >= 'ann'", { accountId })).toEqual(['Able', 'Baker', 'Cole_Smith']);
        expect(lastNames(org, "FirstName < 'C'", { accountId })).toEqual(['Able', 'Baker']);
        expect(lastNames(org, "FirstName <= 'Bob'", { accountId })).toEqual(['Able', 'Baker']);
    });

    it('AND, OR and NOT combine as written', () => {
        const { org, accountId } = contacts();
        expect(lastNames(org, "(Title = 'Owner' OR Title = null) AND (NOT FirstName = 'ann')", { accountId })).toEqual([
            'Baker'
        ]);
        expect(lastNames(org, "NOT (Title = 'Owner' OR Title = 'Manager')", { accountId })).toEqual(['Baker']);
    });

    it('LIKE matches the whole value case-insensitively, % any run, _ one character, \\_ a literal underscore', () => {
        const { org, accountId } = contacts();
        expect(lastNames(org, "LastName LIKE 'b%'", { accountId })).toEqual(['Baker']);
        expect(lastNames(org, "LastName LIKE '%e'", { accountId })).toEqual(['Able']);
        expect(lastNames(org, "LastName LIKE '_aker'", { accountId })).toEqual(['Baker']);
        expect(lastNames(org, 'Phone LIKE :pattern', { accountId, pattern: '%010%' })).toEqual(['Able']);
        expect(likeMatcher('Cole\\_S%').test('Cole_Smith')).toBe(true);
        expect(likeMatcher('Cole\\_S%').test('ColeXSmith')).toBe(false);
        expect(likeMatcher('Cole_S%').test('ColeXSmith')).toBe(true);
        expect(likeMatcher('50\\%').test('50%')).toBe(true);
        expect(likeMatcher('a.b').test('axb')).toBe(false);
    });

    it('LIKE is for text fields only', () => {
        const { org } = contacts();
        expect(() => rows(org, "SELECT Id FROM Contact WHERE AccountId LIKE '001%'")).toThrow(
            new SoqlError('QueryException', 'LIKE can only be used with a text field, not with AccountId (id)')
        );
    });

    it('booleans, numbers, dates and date-times compare by value', () => {
        const org = gadgetOrg();
        org.db.insert(
            [
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'one',
                    Score__c: 1.5,
                    Launched__c: '2026-01-31',
                    Checked_At__c: '2026-03-01T08:30:00Z',
                    Active__c: true
                },
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'two',
                    Score__c: 10,
                    Launched__c: '2026-02-01',
                    Checked_At__c: '2026-03-01T10:00:00Z'
                },
                { attributes: { type: 'Gadget__c' }, Name: 'three' }
            ],
            'SYSTEM_MODE'
        );
        const names = (where: string, binds: Record<string, unknown> = {}) =>
            rows(org, `SELECT Name FROM Gadget__c WHERE ${where} ORDER BY Name`, { binds }).map((row) => row.Name);
        expect(names('Active__c = TRUE')).toEqual(['one']);
        expect(names('Active__c != true')).toEqual(['three', 'two']);
        expect(names('Score__c > 2')).toEqual(['two']);
        expect(names('Score__c <= 1.5')).toEqual(['one']);
        expect(names('Score__c = :score', { score: 10 })).toEqual(['two']);
        expect(names('Launched__c >= 2026-02-01')).toEqual(['two']);
        expect(names('Launched__c < :day', { day: '2026-02-01' })).toEqual(['one']);
        expect(names('Checked_At__c = 2026-03-01T09:30:00+01:00')).toEqual(['one']);
        expect(names('Checked_At__c > :at', { at: '2026-03-01T09:00:00.000Z' })).toEqual(['two']);
    });

    it('refuse a literal of the wrong type with the API message', () => {
        const org = gadgetOrg();
        const refused = (where: string, message: string) =>
            expect(() => rows(org, `SELECT Id FROM Gadget__c WHERE ${where}`)).toThrow(
                new SoqlError('QueryException', message)
            );
        refused(
            "Score__c = '1'",
            "value of filter criterion for field 'Score__c' must be of type double and should not be enclosed in quotes"
        );
        refused(
            'Name = 1',
            "value of filter criterion for field 'Name' must be of type string and should be enclosed in quotes"
        );
        refused(
            'Checked_At__c > 2026-03-01',
            "value of filter criterion for field 'Checked_At__c' must be of type dateTime and should not be enclosed in quotes"
        );
        refused(
            'Launched__c = 2026-03-01T00:00:00Z',
            "value of filter criterion for field 'Launched__c' must be of type date and should not be enclosed in quotes"
        );
        refused('Active__c > false', 'invalid operator > on boolean field: Active__c');
    });

    it('refuse filters on long text areas', () => {
        const org = gadgetOrg();
        expect(() => rows(org, "SELECT Id FROM Gadget__c WHERE Notes__c = 'x'")).toThrow(
            new SoqlError('QueryException', "field 'Notes__c' can not be filtered in a query call")
        );
    });

    it('INCLUDES and EXCLUDES test multi-select picklists; a;b asks for both values', () => {
        const org = gadgetOrg();
        org.db.insert(
            [
                { attributes: { type: 'Gadget__c' }, Name: 'red', Colours__c: 'Red' },
                { attributes: { type: 'Gadget__c' }, Name: 'red-green', Colours__c: 'Red;Green' },
                { attributes: { type: 'Gadget__c' }, Name: 'blue', Colours__c: 'Blue' }
            ],
            'SYSTEM_MODE'
        );
        const names = (where: string) =>
            rows(org, `SELECT Name FROM Gadget__c WHERE ${where} ORDER BY Name`).map((row) => row.Name);
        expect(names("Colours__c INCLUDES ('red')")).toEqual(['red', 'red-green']);
        expect(names("Colours__c INCLUDES ('Red;Green', 'Blue')")).toEqual(['blue', 'red-green']);
        expect(names("Colours__c EXCLUDES ('Green')")).toEqual(['blue', 'red']);
        expect(() => names("Name INCLUDES ('x')")).toThrow(
            new SoqlError('QueryException', 'INCLUDES can only be used with a multi-select picklist field: Name')
        );
    });
});

describe('Ids and binds', () => {
    it('compare Ids in 15 or 18 characters, and bind lists, sets and sObject lists', () => {
        const { org, accountId, ids } = contacts();
        const [able, baker] = ids;
        expect(lastNames(org, 'Id = :id', { accountId, id: able.slice(0, 15) })).toEqual(['Able']);
        expect(lastNames(org, 'Id IN :ids', { accountId, ids: [to18(baker), able.slice(0, 15)] })).toEqual([
            'Able',
            'Baker'
        ]);
        expect(lastNames(org, 'Id IN :ids', { accountId, ids: new Set([baker]) })).toEqual(['Baker']);
        expect(lastNames(org, 'Id IN (:first, :second)', { accountId, first: able, second: baker })).toEqual([
            'Able',
            'Baker'
        ]);
        expect(
            lastNames(org, 'Id NOT IN :records', {
                accountId,
                records: [{ attributes: { type: 'Contact' }, Id: able }]
            })
        ).toEqual(['Baker', 'Cole_Smith']);
        expect(lastNames(org, 'Id IN :ids', { accountId, ids: [] })).toEqual([]);
        expect(lastNames(org, 'Id NOT IN :ids', { accountId, ids: [] })).toEqual(['Able', 'Baker', 'Cole_Smith']);
        expect(lastNames(org, 'Id != :excluded', { accountId, excluded: null })).toEqual([
            'Able',
            'Baker',
            'Cole_Smith'
        ]);
    });

    it('fail an Id filter on a value that is not an Id, as the platform does', () => {
        const { org } = contacts();
        expect(() => rows(org, 'SELECT Id FROM Contact WHERE Id = :id', { binds: { id: 'not-an-id' } })).toThrow(
            new SoqlError('QueryException', 'invalid ID field: not-an-id')
        );
        expect(() => rows(org, "SELECT Id FROM Contact WHERE AccountId = '001'")).toThrow(
            new SoqlError('QueryException', 'invalid ID field: 001')
        );
    });

    it('evaluate each bind once, in the order written, before reading any row', () => {
        const { org, accountId } = contacts();
        const order: string[] = [];
        const query =
            'SELECT LastName, (SELECT Id FROM Tasks WHERE Subject = :subject) FROM Account WHERE Id = :accountId LIMIT :rowLimit';
        const values: Record<string, unknown> = { subject: 'x', accountId, rowLimit: 5 };
        expect(() =>
            rows(org, dynamic(query.replace('LastName', 'Name')), {
                binds: new Proxy(values, {
                    get: (target, key: string) => {
                        order.push(key);
                        return target[key];
                    }
                })
            })
        ).not.toThrow();
        expect(order).toEqual(['subject', 'accountId', 'rowLimit']);
    });

    it('fail as unsupported on a bind value of a kind the model does not know, never guessing', () => {
        const { org } = contacts();
        expect(() =>
            rows(org, 'SELECT Id FROM Contact WHERE LastName = :name', { binds: { name: new Date() } })
        ).toThrow(/^unsupported: SOQL bind :name holding a Date/);
        expect(() => rows(org, 'SELECT Id FROM Contact WHERE LastName = :name', { binds: { name: 5 } })).toThrow(
            UnsupportedSoqlError
        );
        expect(() => rows(org, 'SELECT Id FROM Contact WHERE Id IN :ids', { binds: { ids: null } })).toThrow(
            /^unsupported: SOQL IN with the null bind :ids/
        );
    });
});

describe('date literals', () => {
    // 2026-11-20T15:00:00Z is 10:00 on Friday 20 November in New York, whose users' "today" it is.
    function gadgets() {
        const org = gadgetOrg();
        org.db.insert(
            [
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'nyc-today-start',
                    Checked_At__c: '2026-11-20T05:00:00Z',
                    Launched__c: '2026-11-20'
                },
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'nyc-yesterday-late',
                    Checked_At__c: '2026-11-20T04:59:59Z',
                    Launched__c: '2026-11-19'
                },
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'nyc-tomorrow',
                    Checked_At__c: '2026-11-21T05:00:00Z',
                    Launched__c: '2026-11-21'
                },
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'week-ago',
                    Checked_At__c: '2026-11-13T12:00:00Z',
                    Launched__c: '2026-11-13'
                },
                {
                    attributes: { type: 'Gadget__c' },
                    Name: 'last-month',
                    Checked_At__c: '2026-10-31T12:00:00Z',
                    Launched__c: '2026-10-31'
                }
            ],
            'SYSTEM_MODE'
        );
        return org;
    }

    function names(org: ReturnType<typeof gadgets>, where: string) {
        return rows(org, `SELECT Name FROM Gadget__c WHERE ${where} ORDER BY Checked_At__c`).map((row) => row.Name);
    }

    it("TODAY, YESTERDAY and TOMORROW are days in the running user's time zone, on dateTime and date fields", () => {
        const org = gadgets();
        expect(names(org, 'Checked_At__c = TODAY')).toEqual(['nyc-today-start']);
        expect(names(org, 'Checked_At__c = YESTERDAY')).toEqual(['nyc-yesterday-late']);
        expect(names(org, 'Launched__c = TOMORROW')).toEqual(['nyc-tomorrow']);
        expect(names(org, 'Checked_At__c > TODAY')).toEqual(['nyc-tomorrow']);
        expect(names(org, 'Checked_At__c < TODAY')).toEqual(['last-month', 'week-ago', 'nyc-yesterday-late']);
        expect(names(org, 'Launched__c <= TODAY')).toEqual([
            'last-month',
            'week-ago',
            'nyc-yesterday-late',
            'nyc-today-start'
        ]);
        const tokyo = org.createUser({
            LastName: 'Sato',
            profile: 'System Administrator',
            TimeZoneSidKey: 'Asia/Tokyo'
        });
        org.runAs(tokyo, () => {
            // The clock reads 2026-11-21T00:00 in Tokyo: its TODAY runs from 2026-11-20T15:00Z to 2026-11-21T15:00Z.
            expect(names(org, 'Checked_At__c = TODAY')).toEqual(['nyc-tomorrow']);
            expect(names(org, 'Checked_At__c = YESTERDAY')).toEqual(['nyc-yesterday-late', 'nyc-today-start']);
        });
    });

    it('LAST_N_DAYS:n covers today and the n days before; N_DAYS_AGO:n one day; NEXT_N_DAYS:n starts tomorrow', () => {
        const org = gadgets();
        expect(names(org, 'Launched__c = LAST_N_DAYS:7')).toEqual([
            'week-ago',
            'nyc-yesterday-late',
            'nyc-today-start'
        ]);
        expect(names(org, 'Checked_At__c = LAST_N_DAYS:1')).toEqual(['nyc-yesterday-late', 'nyc-today-start']);
        expect(names(org, 'Checked_At__c < LAST_N_DAYS:7')).toEqual(['last-month']);
        expect(names(org, 'Launched__c = N_DAYS_AGO:7')).toEqual(['week-ago']);
        expect(names(org, 'Launched__c = NEXT_N_DAYS:1')).toEqual(['nyc-tomorrow']);
    });

    it('weeks start on Sunday for en_US users, months and years are calendar ones', () => {
        const org = gadgets();
        expect(names(org, 'Launched__c = THIS_WEEK')).toEqual([
            'nyc-yesterday-late',
            'nyc-today-start',
            'nyc-tomorrow'
        ]);
        expect(names(org, 'Launched__c = LAST_WEEK')).toEqual(['week-ago']);
        expect(names(org, 'Checked_At__c = LAST_MONTH')).toEqual(['last-month']);
        expect(names(org, 'Checked_At__c = THIS_MONTH')).toEqual([
            'week-ago',
            'nyc-yesterday-late',
            'nyc-today-start',
            'nyc-tomorrow'
        ]);
        expect(names(org, 'Launched__c = THIS_YEAR')).toHaveLength(5);
        expect(names(org, 'Launched__c = NEXT_YEAR')).toEqual([]);
    });

    it('fail literals the model does not cover as unsupported', () => {
        const org = gadgets();
        expect(() => names(org, 'Launched__c = THIS_FISCAL_QUARTER')).toThrow(
            /^unsupported: SOQL date literal THIS_FISCAL_QUARTER/
        );
        expect(() => names(org, 'Launched__c = LAST_N_MONTHS:2')).toThrow(
            /^unsupported: SOQL date literal LAST_N_MONTHS:2/
        );
        expect(() => names(org, 'Name = TODAY')).toThrow(
            new SoqlError(
                'QueryException',
                "value of filter criterion for field 'Name' must be of type string and should be enclosed in quotes"
            )
        );
    });
});
