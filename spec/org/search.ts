// SOSL over the in-memory org: an approximation of the platform's search index, and the RETURNING
// clause run over what it finds. The package's contact search is SOSL (LogACallSelector), and the
// TypeScript twin needs an index to search; the real one is not documented in enough detail to copy,
// so this approximates it and every search vector states what the index returns for its term
// ("searchIndex"), which the vector runner checks against this approximation and the Apex replay
// feeds to Test.setFixedSearchResults (in Apex tests SOSL returns nothing otherwise).
//
// The approximation, from the SOSL and SOQL Reference:
// - "FIND {SearchQuery}": the index splits text into tokens at spaces, punctuation and changes from
//   letters to digits; text searches are case-insensitive; `word*` matches the tokens starting with
//   `word`; several terms joined by AND must all match; a quoted term matches the token exactly.
//   Only that form is supported (terms joined by ' AND ', each `word`, `word*` or `"word"`); anything
//   else fails with `unsupported:`.
// - "IN SearchGroup": NAME FIELDS searches the object's name fields plus the extra fields the page
//   lists (Contact: FirstName and LastName, and AccountName, its account's name); PHONE FIELDS searches
//   the phone fields. Phone numbers are matched by their digits: the term's digits must begin the field's
//   digits or the digits from one of its later digit groups ("(555) 010-0100" is found by "555 0100",
//   "5550100100", "010 0100" and "0100", not by "100"). How the platform indexes phone numbers is not
//   documented in that detail; the vectors pin what the package relies on.
// - The RETURNING clause's WHERE, ORDER BY and LIMIT apply to the records found, with the access level
//   of the statement (WITH USER_MODE), as a SOQL query over those Ids would (Apex Developer Guide,
//   "Adding SOSL Queries to Unit Tests": fixed search results replace the index, the rest applies).
import type { AccessLevel } from './database';
import type { InMemoryOrg } from './InMemoryOrg';
import type { QuerySpec } from './query';
import type { SObjectRecord } from './values';

export type SearchGroup = 'NAME FIELDS' | 'PHONE FIELDS';

/** One SOSL statement: FIND {find} IN group RETURNING returning. */
export interface SoslSpec {
    find: string;
    in: SearchGroup;
    returning: QuerySpec;
}

/** What the index returned for one statement, for the vector runner to compare with the vector's searchIndex. */
export interface IndexSearch {
    find: string;
    in: SearchGroup;
    objectName: string;
    foundIds: string[];
}

/** The name fields IN NAME FIELDS searches, per object; a path through a lookup reads the related record. */
const NAME_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Contact: ['FirstName', 'LastName', 'Account.Name'],
    Account: ['Name', 'Website']
};

const searches = new WeakMap<InMemoryOrg, IndexSearch[]>();

interface Term {
    text: string;
    prefix: boolean;
}

/** Runs a SOSL statement with one RETURNING object: the index's matches, then the RETURNING clause over them. */
export function sosl(org: InMemoryOrg, spec: SoslSpec, accessLevel: AccessLevel): SObjectRecord[] {
    return soslEach(org, { find: spec.find, in: spec.in, returning: [spec.returning] }, accessLevel)[0] as SObjectRecord[];
}

/**
 * One SOSL statement with several RETURNING objects (`RETURNING Contact(...), Account(...)`): one list per object, in
 * the clause's order, as Apex's List<List<SObject>>. It is one search: its log entry holds what the index found for
 * every object, as Test.setFixedSearchResults takes one list of Ids for the whole statement.
 */
export function soslEach(
    org: InMemoryOrg,
    spec: { find: string; in: SearchGroup; returning: readonly QuerySpec[] },
    accessLevel: AccessLevel
): SObjectRecord[][] {
    const found = spec.returning.map((returning) => {
        const objectName = org.schema.object(returning.from).name;
        return { objectName, ids: searchIndex(org, objectName, spec.find, spec.in) };
    });
    const log = searches.get(org) ?? [];
    log.push({
        find: spec.find,
        in: spec.in,
        objectName: found.map((entry) => entry.objectName).join(', '),
        foundIds: found.flatMap((entry) => entry.ids)
    });
    searches.set(org, log);
    return spec.returning.map((returning, index) => org.db.searchReturning(returning, found[index]?.ids ?? [], accessLevel, {}, index === 0));
}

/** The SOSL statements the org ran, in order, with what the index found for each. */
export function searchesOf(org: InMemoryOrg): readonly IndexSearch[] {
    return searches.get(org) ?? [];
}

/** The Ids of the records of `objectName` the index finds for a search query in a search group. */
export function searchIndex(org: InMemoryOrg, objectName: string, find: string, group: SearchGroup): string[] {
    const terms = parseSearchQuery(find);
    const nameFields = NAME_FIELDS[objectName];
    if (group === 'NAME FIELDS' && !nameFields) {
        throw new Error(`unsupported: SOSL IN NAME FIELDS on ${objectName} (the search index knows the name fields of ${Object.keys(NAME_FIELDS).join(', ')})`);
    }
    return org.db
        .all(objectName)
        .filter((record) => (nameFields && group === 'NAME FIELDS' ? nameMatches(org, nameFields, record, terms) : phoneMatches(org, objectName, record, terms)))
        .map((record) => record.Id);
}

function parseSearchQuery(find: string): Term[] {
    return find.split(' AND ').map((part) => {
        const quoted = /^"([\p{L}\p{N}]+)"$/u.exec(part);
        if (quoted) return { text: (quoted[1] as string).toLowerCase(), prefix: false };
        const word = /^([\p{L}\p{N}]+)(\*?)$/u.exec(part);
        if (!word) throw new Error(`unsupported: SOSL search query "${find}" (only terms joined by ' AND ', each word, word* or "word")`);
        return { text: (word[1] as string).toLowerCase(), prefix: word[2] === '*' };
    });
}

/** The index's tokens of a text: split at spaces, punctuation and changes between letters and digits, lower case. */
export function searchTokens(text: string): string[] {
    return text
        .toLowerCase()
        .replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((token) => token !== '');
}

function termMatches(term: Term, token: string): boolean {
    return term.prefix ? token.startsWith(term.text) : token === term.text;
}

function nameMatches(org: InMemoryOrg, fields: readonly string[], record: SObjectRecord, terms: readonly Term[]): boolean {
    const tokens = fields.flatMap((path) => searchTokens(textAt(org, record, path)));
    return terms.every((term) => tokens.some((token) => termMatches(term, token)));
}

function phoneMatches(org: InMemoryOrg, objectName: string, record: SObjectRecord, terms: readonly Term[]): boolean {
    const phoneFields = Object.values(org.schema.object(objectName).fields).filter((field) => field.type === 'phone');
    const numbers = phoneFields.flatMap((field) => digitSuffixes(textAt(org, record, field.name)));
    return terms.every((term) => /^\p{N}+$/u.test(term.text) && numbers.some((number) => termMatches(term, number)));
}

/** A phone number's digits from each digit group on: "(555) 010-0100" gives 5550100100, 0100100 and 0100. */
function digitSuffixes(phone: string): string[] {
    const groups = phone.match(/\d+/g) ?? [];
    return groups.map((_group, index) => groups.slice(index).join(''));
}

function textAt(org: InMemoryOrg, record: SObjectRecord, path: string): string {
    const [first, second] = path.split('.') as [string, string | undefined];
    if (second === undefined) return typeof record[first] === 'string' ? (record[first] as string) : '';
    const lookupField = Object.values(org.schema.object(record.attributes.type).fields).find((field) => field.relationshipName === first);
    const relatedId = lookupField ? record[lookupField.name] : null;
    const related = typeof relatedId === 'string' ? org.db.get(relatedId) : undefined;
    return related && typeof related[second] === 'string' ? (related[second] as string) : '';
}
