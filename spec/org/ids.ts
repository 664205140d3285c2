// Salesforce record Ids: 3-character key prefix, 12 more characters, and for the 18-character
// form a 3-character suffix that encodes which of the first 15 characters are upper case.

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

export function caseSafeSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let position = 0; position < 5; position++) {
            const character = id15.charAt(chunk * 5 + position);
            if (character >= 'A' && character <= 'Z') bits |= 1 << position;
        }
        suffix += SUFFIX_ALPHABET.charAt(bits);
    }
    return suffix;
}

/** True for a 15-character Id, or an 18-character Id whose suffix matches (as Id.valueOf checks). */
export function isValidId(value: unknown): value is string {
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) return false;
    return value.length === 15 || caseSafeSuffix(value.slice(0, 15)) === value.slice(15).toUpperCase();
}

/** The 18-character form; throws for a value that is not an Id. */
export function to18(id: string): string {
    if (!isValidId(id)) throw new Error(`Invalid id: ${id}`);
    const id15 = id.slice(0, 15);
    return id15 + caseSafeSuffix(id15);
}

/**
 * SOQL's order of Id values: the 15-character Ids compared code unit by code unit, so 0-9 < A-Z < a-z, which
 * is the order in which the platform hands out the last characters of an Id (salesforce.stackexchange.com
 * "What is the value of the first and final record id for an object": "numbers, upper case, then lower case").
 * Ids of one object therefore sort in creation order. Not localeCompare: that puts 'e' before 'U'.
 */
export function compareIds(left: string, right: string): number {
    const a = left.slice(0, 15);
    const b = right.slice(0, 15);
    return a === b ? 0 : a < b ? -1 : 1;
}

/** Id equality as Apex compares Id values: 15- and 18-character forms of one record are equal. */
export function sameId(left: unknown, right: unknown): boolean {
    if (!isValidId(left) || !isValidId(right)) return false;
    return left.slice(0, 15) === right.slice(0, 15);
}

export function keyPrefixOf(id: string): string {
    return id.slice(0, 3);
}

/**
 * Hands out Ids in creation order, so a seeded org always produces the same Ids. The counter is written in
 * base 62 with the digits in code-unit order, so a later Id always compares greater (compareIds).
 */
export class IdGenerator {
    private counter = 0;

    next(keyPrefix: string): string {
        this.counter += 1;
        let body = '';
        let remaining = this.counter;
        for (let position = 0; position < 6; position++) {
            body = BASE62.charAt(remaining % 62) + body;
            remaining = Math.floor(remaining / 62);
        }
        if (remaining > 0) throw new Error('unsupported: more than 62^6 records in one in-memory org');
        // "Hs" and "0000" stand where a real org has its instance and reserved characters.
        const id15 = `${keyPrefix}Hs0000${body}`;
        return id15 + caseSafeSuffix(id15);
    }
}

/** Key prefixes of the standard objects the package touches. */
export const STANDARD_KEY_PREFIXES: Readonly<Record<string, string>> = {
    Account: '001',
    Contact: '003',
    User: '005',
    Opportunity: '006',
    RecordType: '012',
    Group: '00G',
    GroupMember: '011',
    UserRole: '00E',
    Lead: '00Q',
    Task: '00T',
    Event: '00U',
    Profile: '00e',
    PermissionSet: '0PS',
    Case: '500',
    Contract: '800',
    CaseComment: '00a',
    BusinessHours: '01m',
    Holiday: '0C0',
    CustomNotificationType: '0ML'
};

/** Custom objects get a0A, a0B, ... in the order their names sort, so prefixes are stable. */
export function customKeyPrefix(index: number): string {
    return `a0${BASE62.charAt(10 + (index % 52))}`;
}
