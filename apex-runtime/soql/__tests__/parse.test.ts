/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// SOQL as apex-parser reads it, turned into the evaluator's statements: inline queries bind Apex expressions,
// Database.query strings bind variable names only (Apex Developer Guide, "Dynamic SOQL"); a malformed string is a
// QueryException naming the unexpected token; what the evaluator does not model fails when the query runs, with
// `unsupported:`, the construct, file and line.
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { SoqlError, UnsupportedSoqlError, parseSoql, parseSosl } from '../index';
import { inline, run } from './helpers';

describe('inline queries', () => {
    it('keep the fields, relationship paths, subqueries, clauses and Apex bind expressions as written', () => {
        const query = inline(`
            SELECT Id, Owner.Name, (SELECT Id FROM Tasks WHERE Subject LIKE :prefix ORDER BY CreatedDate DESC LIMIT 5)
            FROM Case
            WHERE (Status = 'New' OR IsClosed = FALSE) AND (NOT Subject = NULL) AND Id IN :cases.keySet()
            WITH USER_MODE
            ORDER BY CaseNumber DESC NULLS LAST, Id
            LIMIT :rowLimit OFFSET 10
            FOR UPDATE`);
        expect(query.from).toBe('Case');
        expect(query.select.map((item) => item.kind)).toEqual(['field', 'field', 'subquery']);
        expect(query.select[1]).toEqual({ kind: 'field', path: { segments: ['Owner', 'Name'], text: 'Owner.Name' } });
        expect(query.accessMode).toBe('USER_MODE');
        expect(query.forUpdate).toBe(true);
        expect(query.orderBy).toEqual([
            { path: { segments: ['CaseNumber'], text: 'CaseNumber' }, descending: true, nulls: 'LAST' },
            { path: { segments: ['Id'], text: 'Id' }, descending: false }
        ]);
        expect(query.offset).toEqual({ kind: 'number', value: 10 });
        expect(query.limit).toMatchObject({ kind: 'bind', text: 'rowLimit', bind: { kind: 'expression' } });
        expect(query.where).toMatchObject({
            kind: 'and',
            items: [
                {
                    kind: 'or',
                    items: [
                        { operator: '=', value: { kind: 'string', value: 'New' } },
                        { operator: '=', value: { kind: 'boolean', value: false } }
                    ]
                },
                { kind: 'not', item: { operator: '=', value: { kind: 'null' } } },
                { operator: 'IN', value: { kind: 'bind', text: 'cases.keySet()' } }
            ]
        });
        expect(query.source).toEqual({ file: 'Queries.cls', line: 2 });
        expect(query.unsupported).toBeUndefined();
    });

    it('read string escapes, dates, date-times with offsets, date literals and number signs', () => {
        const query = inline(
            "SELECT Id FROM Case WHERE Subject = 'It\\'s \\\\ done' AND CreatedDate > 2026-03-01T09:30:00+01:00 AND ClosedDate < 2026-03-01T00:00:00Z AND CL_Score_Date__c = 2026-02-28 AND CreatedDate = LAST_N_DAYS:7 AND CL_Score_Value__c > -2.5"
        );
        expect(query.where).toMatchObject({
            items: [
                { value: { kind: 'string', value: "It's \\ done" } },
                { value: { kind: 'datetime', value: '2026-03-01T08:30:00.000Z' } },
                { value: { kind: 'datetime', value: '2026-03-01T00:00:00.000Z' } },
                { value: { kind: 'date', value: '2026-02-28' } },
                { value: { kind: 'dateLiteral', name: 'LAST_N_DAYS', n: 7 } },
                { value: { kind: 'number', value: -2.5 } }
            ]
        });
    });

    it('refuse a date that is not a calendar date', () => {
        expect(() => inline('SELECT Id FROM Case WHERE CL_Score_Date__c = 2026-02-30')).toThrow(
            new SoqlError('QueryException', 'Invalid date literal 2026-02-30: not a calendar date (use YYYY-MM-DD)')
        );
    });

    it.each([
        ['SELECT TYPEOF What WHEN Account THEN Name END FROM Task', 'SOQL TYPEOF'],
        ['SELECT Id FROM Task ALL ROWS', 'SOQL ALL ROWS (the in-memory org keeps no deleted records)'],
        ['SELECT Id FROM Case WHERE AccountId IN (SELECT Id FROM Account)', 'SOQL semi-join (IN (SELECT ...))'],
        ['SELECT Status, COUNT(Id) FROM Case GROUP BY Status HAVING COUNT(Id) > 1', 'SOQL HAVING'],
        ['SELECT toLabel(Status) FROM Case', 'SOQL function toLabel(Status)'],
        ['SELECT Id FROM Case FOR VIEW', 'SOQL FOR VIEW / FOR REFERENCE'],
        ['SELECT Id FROM Case USING SCOPE mine', 'SOQL USING SCOPE'],
        [
            'SELECT Id FROM Case WHERE DAY_ONLY(CreatedDate) = TODAY',
            'SOQL function in WHERE: DAY_ONLY(CreatedDate) = TODAY'
        ],
        ['SELECT Id, (SELECT Id, (SELECT Id FROM Tasks) FROM Cases) FROM Account', 'SOQL subquery inside a subquery']
    ])('record %s as unsupported, failing only when it runs', (soql, construct) => {
        const { org } = claFixture();
        const query = inline(soql);
        expect(query.unsupported).toBe(construct);
        expect(() => run(org, query)).toThrow(new UnsupportedSoqlError(construct, { file: 'Queries.cls', line: 1 }));
        expect(() => run(org, query)).toThrow(/^unsupported: .* \(Queries\.cls line 1\)$/);
    });
});

describe('Database.query strings', () => {
    it('bind variable names; a field of a variable or a literal is a QueryException, as in Apex', () => {
        const query = parseSoql('SELECT Id FROM Contact WHERE AccountId = :accountId LIMIT :rowLimit');
        expect(query.where).toMatchObject({ value: { kind: 'bind', bind: { kind: 'name', name: 'accountId' } } });
        expect(query.limit).toMatchObject({ kind: 'bind', bind: { kind: 'name', name: 'rowLimit' } });
        expect(() => parseSoql('SELECT Id FROM Contact WHERE AccountId = :record.AccountId')).toThrow(
            new SoqlError('QueryException', 'Variable does not exist: record.AccountId')
        );
        expect(() => parseSoql("SELECT Id FROM Contact WHERE LastName = :'Okafor'")).toThrow(
            new SoqlError('QueryException', 'Only variable references are allowed in dynamic SOQL/SOSL.')
        );
    });

    it.each([
        ['SELECT Id FORM Contact', "unexpected token: 'Contact'"],
        ['SELECT Id FROM Contact WHERE Name =', "unexpected token: '<EOF>'"],
        ['SELECT Id FROM Contact LIMIT 5 garbage', "unexpected token: 'garbage'"],
        ["SELECT Id FROM Contact WHERE Name = 'open", "unexpected token: ''open'"]
    ])('fail on malformed text %s with a QueryException', (text, message) => {
        let error: unknown;
        try {
            parseSoql(text);
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(SoqlError);
        expect(error).toMatchObject({ exceptionType: 'QueryException' });
        expect((error as Error).message).toBe(message);
    });

    it('parse a Search.query string in its API form, failing malformed ones with a SearchException', () => {
        const query = parseSosl(
            'FIND {Okafor} IN NAME FIELDS RETURNING Contact(Id, Name WHERE AccountId != null LIMIT 5)'
        );
        expect(query.term).toEqual({ kind: 'literal', value: 'Okafor' });
        expect(query.searchGroup).toBe('NAME');
        expect(query.returning).toMatchObject([
            { object: 'Contact', fields: [{ text: 'Id' }, { text: 'Name' }], limit: { kind: 'number', value: 5 } }
        ]);
        expect(() => parseSosl('FIND {Okafor} RETURNING')).toThrow(
            expect.objectContaining({ exceptionType: 'SearchException' })
        );
    });
});
