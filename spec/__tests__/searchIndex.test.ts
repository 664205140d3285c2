// The in-memory approximation of the search index (spec/org/search.ts), the contact search terms built
// for it, and the vector runner's check that a vector's "searchIndex" is what the index finds.
import { contactSearchTerm } from '../services/ContactSearchTerm';
import { PlaybookError } from '../errors/PlaybookError';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { searchIndex, searchTokens, sosl } from '../org/search';
import { createProjectOrg } from '../project/createProjectOrg';
import { loadVectors } from '../vectors/loadVectors';
import { runVector } from '../vectors/runVector';
import type { Vector } from '../vectors/vectorTypes';
import { newProjectOrg, projectRoot } from './orgFixtures';

interface People {
    org: InMemoryOrg;
    maria: string;
    dev: string;
    jo: string;
}

function people(): People {
    const org = newProjectOrg();
    const insert = (record: Record<string, unknown>) => org.db.insert(record as never, 'SYSTEM_MODE')[0] as string;
    const homeowner = insert({ attributes: { type: 'Account' }, Name: 'Rivera Household' });
    const installer = insert({ attributes: { type: 'Account' }, Name: "O'Brien Solar 2000" });
    const maria = insert({ attributes: { type: 'Contact' }, FirstName: 'María', LastName: 'Rivera', Phone: '(555) 010-0100', AccountId: homeowner });
    const dev = insert({ attributes: { type: 'Contact' }, FirstName: 'Dev', LastName: 'Patel', MobilePhone: '+1 555-0177', AccountId: installer });
    const jo = insert({ attributes: { type: 'Contact' }, FirstName: 'Jo', LastName: 'Ng' });
    return { org, maria, dev, jo };
}

function found(data: People, typed: string): string[] {
    const term = contactSearchTerm(typed);
    const names: Record<string, string> = { [data.maria]: 'maria', [data.dev]: 'dev', [data.jo]: 'jo' };
    return searchIndex(data.org, 'Contact', term.searchQuery, term.isPhone ? 'PHONE FIELDS' : 'NAME FIELDS').map((id) => names[id] ?? id);
}

describe('the search index approximation', () => {
    it('splits text where the platform index does: spaces, punctuation, letters to digits', () => {
        expect(searchTokens("O'Brien Solar2000, Unit 4b")).toEqual(['o', 'brien', 'solar', '2000', 'unit', '4', 'b']);
    });

    it('finds names by the start of their words, case-insensitively, every word of the term', () => {
        const data = people();
        expect(found(data, 'RIVE')).toEqual(['maria']);
        expect(found(data, 'maría riv')).toEqual(['maria']);
        expect(found(data, 'vera')).toEqual([]);
        expect(found(data, 'maria patel')).toEqual([]);
        expect(found(data, 'Jo Ng')).toEqual(['jo']);
    });

    it("finds contacts by their account's name", () => {
        const data = people();
        expect(found(data, 'brien')).toEqual(['dev']);
        expect(found(data, 'solar 2000')).toEqual(['dev']);
        expect(found(data, 'household')).toEqual(['maria']);
    });

    it('finds phone numbers by their digits, from the start of a digit group, in every phone field', () => {
        const data = people();
        expect(found(data, '555 0100')).toEqual(['maria']);
        expect(found(data, '(555) 010-0100')).toEqual(['maria']);
        expect(found(data, '0100')).toEqual(['maria']);
        expect(found(data, '100')).toEqual([]);
        expect(found(data, '555-0177')).toEqual(['dev']);
        expect(found(data, '1 555 0177')).toEqual(['dev']);
        expect(found(data, '555')).toEqual(['maria', 'dev']);
    });

    it('applies the RETURNING clause to what it finds, with the access of the statement, and no SOQL query', () => {
        const data = people();
        const agentId = data.org.createUser({ LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        const rows = data.org.runAs(agentId, () =>
            data.org.transaction(() =>
                sosl(data.org, { find: '555*', in: 'PHONE FIELDS', returning: { select: ['Id', 'Name'], from: 'Contact', orderBy: [{ field: 'Name' }], limit: 1 } }, 'USER_MODE')
            )
        );
        expect(rows.map((row) => row.Id)).toEqual([data.dev]);
        expect(data.org.lastCallLimits.queries).toBe(0);
    });

    it('fails loudly on a search query it does not model', () => {
        const data = people();
        expect(() => searchIndex(data.org, 'Contact', 'maria OR dev', 'NAME FIELDS')).toThrow(/^unsupported: SOSL search query/);
        expect(() => searchIndex(data.org, 'Case', 'inverter*', 'NAME FIELDS')).toThrow(/^unsupported: SOSL IN NAME FIELDS on Case/);
    });
});

describe('contact search terms', () => {
    it('quote the search operators and keep one-letter words whole', () => {
        expect(contactSearchTerm('Sons and Daughters').searchQuery).toBe('Sons* AND "and" AND Daughters*');
        expect(contactSearchTerm('J Smith').searchQuery).toBe('J AND Smith*');
        expect(contactSearchTerm('100% Wildcards*').searchQuery).toBe('100* AND Wildcards*');
    });

    it.each([null, ' ', 'r', '%_', 'a-', 'x'.repeat(81)])('refuse %p', (typed) => {
        expect(() => contactSearchTerm(typed)).toThrow(PlaybookError);
    });
});

describe('a vector states what the search index returns', () => {
    const byName = new Map(loadVectors(projectRoot).map((entry) => [entry.name, entry.vector]));

    function searchVector(): Vector {
        return JSON.parse(JSON.stringify(byName.get('LogACallController/searchContacts-byName'))) as Vector;
    }

    function failuresOf(vector: Vector): string[] {
        return runVector(vector, (clock, features) => createProjectOrg({ root: projectRoot, clock, ...features })).failures;
    }

    it('and the runner fails when the index finds something else', () => {
        const vector = searchVector();
        vector.searchIndex = ['@dev'];
        expect(failuresOf(vector)).toContain('searchIndex: the index finds @maria, @homeowner for FIND {rive*} IN NAME FIELDS; the vector says @dev');
    });

    it('and the runner fails when a vector that searches does not say it', () => {
        const vector = searchVector();
        delete vector.searchIndex;
        expect(failuresOf(vector)).toEqual(['the call searched the index (FIND {rive*} IN NAME FIELDS): list what it returns in "searchIndex"']);
    });

    it('per object when a call searches contacts and accounts in separate statements', () => {
        const findCaller = JSON.parse(JSON.stringify(byName.get('FindCallerController/search-entitledByActiveEntitlement'))) as Vector;
        expect(failuresOf(findCaller)).toEqual([]);
        findCaller.searchIndex = ['@maria'];
        expect(failuresOf(findCaller)).toContain(
            'searchIndex: the index finds @household for FIND {rivera*} IN NAME FIELDS; the vector says @maria'
        );
        findCaller.searchIndex = ['@maria', '@household', '@openCase'];
        expect(failuresOf(findCaller)).toContain('searchIndex: @openCase is of an object no search of the call returns');
    });

    it('only for a call that searches', () => {
        const vector = searchVector();
        vector.call = { ...vector.call, params: { request: { term: 'r' } } } as Vector['call'];
        vector.expect = { error: { code: 'INVALID_INPUT' }, noOtherChanges: true };
        expect(failuresOf(vector)).toEqual(['"searchIndex" is given, but the call made no search']);
    });
});
