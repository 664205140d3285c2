// The org's active duplicate rules. A new org has the "Standard Contact Duplicate Rule" active (Help,
// "Standard Contact Duplicate Rule"): action on create "Allow: the user is alerted but allowed to create
// the record", on edit "Allow" with a report only, alert text "Use one of these records?", record-level
// security "Enforce Sharing Rules", matching with the "Standard Contact Matching Rule".
//
// How Apex DML meets an Allow-with-alert rule: without Database.DMLOptions, or with
// DuplicateRuleHeader.allowSave = false, the insert fails with DUPLICATES_DETECTED ("Use one of these
// records?"); with allowSave = true it saves (Apex Reference, "DMLOptions.DuplicateRuleHeader Class":
// "when the Alert option is enabled, bypass alerts and save duplicate records by setting this property to
// true. Prevent duplicate records from being saved by setting this property to false"; "DuplicateError
// Class" example; salesforce.stackexchange.com/questions/304736 shows a plain insert failing with
// "DUPLICATES_DETECTED, Use one of these records?" under an Allow rule; the REST "Duplicate Rule Header":
// "The default value for all fields is false"). The API's data loads meet the rule the same way.
//
// The matching is an APPROXIMATION of the Standard Contact Matching Rule (Help, "Standard Contact
// Matching Rule and Standard Lead Matching Rule"), written down in spec/README.md:
//   (First Name AND Last Name AND Title AND Account Name)
//   OR (First Name AND Last Name AND Email)
//   OR (First Name AND Last Name AND Phone AND Account Name)
//   OR (First Name AND Last Name AND Mailing Street AND (City OR ZIP OR Phone))
//   OR (First Name AND Last Name AND Mailing Street AND Title)
//   OR (First Name AND Last Name AND Title AND Email)
//   OR (First Name AND Last Name AND Phone)
// with blank fields never matching (the rule's "Don't match"), first and last names also compared
// transposed, and each field's fuzzy algorithm approximated as DUPLICATE_MATCHING below says.
import { DmlError } from './errors';
import type { SObjectRecord } from './values';

/** Database.DMLOptions.DuplicateRuleHeader. */
export interface DuplicateRuleHeader {
    allowSave?: boolean;
    runAsCurrentUser?: boolean;
}

/** The rule's alert text, which the platform returns as the error message. */
export const STANDARD_CONTACT_ALERT = 'Use one of these records?';

/** Jaro-Winkler thresholds of the rule: First Name 85, Last Name 90 (Help, the rule's matching criteria). */
export const DUPLICATE_MATCHING = { firstNameSimilarity: 0.85, lastNameSimilarity: 0.9 } as const;

/** What the matcher reads of the contacts: the contact, and its account's name. */
export interface ContactSource {
    accountName(contact: SObjectRecord): string | null;
}

function jaro(left: string, right: string): number {
    if (left === right) return 1;
    const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
    const leftMatched = new Array<boolean>(left.length).fill(false);
    const rightMatched = new Array<boolean>(right.length).fill(false);
    let matches = 0;
    for (let index = 0; index < left.length; index++) {
        const from = Math.max(0, index - window);
        const to = Math.min(right.length - 1, index + window);
        for (let other = from; other <= to; other++) {
            if (rightMatched[other] || left[index] !== right[other]) continue;
            leftMatched[index] = true;
            rightMatched[other] = true;
            matches++;
            break;
        }
    }
    if (!matches) return 0;
    let transpositions = 0;
    let other = 0;
    for (let index = 0; index < left.length; index++) {
        if (!leftMatched[index]) continue;
        while (!rightMatched[other]) other++;
        if (left[index] !== right[other]) transpositions++;
        other++;
    }
    return (matches / left.length + matches / right.length + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro-Winkler similarity (0..1), the rule's name algorithm. */
export function jaroWinkler(left: string, right: string): number {
    const similarity = jaro(left, right);
    let prefix = 0;
    while (prefix < 4 && prefix < left.length && prefix < right.length && left[prefix] === right[prefix]) prefix++;
    return similarity + prefix * 0.1 * (1 - similarity);
}

function normalized(value: unknown): string {
    return typeof value === 'string'
        ? value
              .toLowerCase()
              .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
              .trim()
        : '';
}

function digits(value: unknown): string {
    const all = typeof value === 'string' ? value.replace(/\D/g, '') : '';
    // A North American number written with its country code is the same number.
    return all.length === 11 && all.startsWith('1') ? all.slice(1) : all;
}

/** Exact, Initials and Jaro-Winkler of the First Name criteria; Name Variant (Bob/Robert) is not modelled. */
function firstNamesMatch(left: string, right: string): boolean {
    if (!left || !right) return false;
    if (left === right) return true;
    const initial = (name: string) => name.replace(/\.$/, '').length === 1;
    if ((initial(left) || initial(right)) && left.charAt(0) === right.charAt(0)) return true;
    return jaroWinkler(left, right) >= DUPLICATE_MATCHING.firstNameSimilarity;
}

/** Exact and Jaro-Winkler for the Last Name criteria (standing in for Keyboard Distance and Metaphone 3). */
function lastNamesMatch(left: string, right: string): boolean {
    if (!left || !right) return false;
    return left === right || jaroWinkler(left, right) >= DUPLICATE_MATCHING.lastNameSimilarity;
}

function same(left: string, right: string): boolean {
    return left !== '' && left === right;
}

function namesMatch(contact: SObjectRecord, candidate: SObjectRecord): boolean {
    const first = normalized(contact.FirstName);
    const last = normalized(contact.LastName);
    const otherFirst = normalized(candidate.FirstName);
    const otherLast = normalized(candidate.LastName);
    const direct = firstNamesMatch(first, otherFirst) && lastNamesMatch(last, otherLast);
    const transposed = firstNamesMatch(first, otherLast) && lastNamesMatch(last, otherFirst);
    return direct || transposed;
}

/** True when the Standard Contact Matching Rule (approximated) finds `candidate` a duplicate of `contact`. */
export function isLikelyDuplicateContact(
    contact: SObjectRecord,
    candidate: SObjectRecord,
    source: ContactSource
): boolean {
    if (!namesMatch(contact, candidate)) return false;
    const title = same(normalized(contact.Title), normalized(candidate.Title));
    const email = same(normalized(contact.Email), normalized(candidate.Email));
    const phone = same(digits(contact.Phone), digits(candidate.Phone));
    const street = same(normalized(contact.MailingStreet), normalized(candidate.MailingStreet));
    const city = same(normalized(contact.MailingCity), normalized(candidate.MailingCity));
    const zip = same(normalized(contact.MailingPostalCode), normalized(candidate.MailingPostalCode));
    const account = same(normalized(source.accountName(contact)), normalized(source.accountName(candidate)));
    return (
        (title && account) ||
        email ||
        (phone && account) ||
        (street && (city || zip || phone)) ||
        (street && title) ||
        (title && email) ||
        phone
    );
}

/** Two account names the Standard Account Matching Rule could find alike: equal or Jaro-Winkler-similar after normalising. */
export function isSimilarAccountName(left: unknown, right: unknown): boolean {
    const a = normalized(left);
    const b = normalized(right);
    return a !== '' && b !== '' && (a === b || jaroWinkler(a, b) >= DUPLICATE_MATCHING.firstNameSimilarity);
}

/** DUPLICATES_DETECTED, as the platform refuses a record an Allow-with-alert rule matched without allowSave. */
export function duplicatesDetected(rowIndex: number): DmlError {
    return new DmlError('DUPLICATES_DETECTED', STANDARD_CONTACT_ALERT, [], rowIndex);
}
