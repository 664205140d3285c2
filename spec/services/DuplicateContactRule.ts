// DuplicateContactRule: when two contacts of one dealership are probably the same person. The Apex
// class of the same name applies the same rule; vectors keep the two in step. Procedure 000, Step 1:
// "you can see if there are any duplicates of contacts under the same dealership".
import type { DuplicateReason } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { strip } from './PlaybookText';

export interface ContactIdentity {
    firstName: string | null;
    lastName: string | null;
    phones: readonly (string | null)[];
    email: string | null;
}

/** First names this close (edits) count as similar: "Jon" / "John", "Sam" / "Samu". */
export const MAX_FIRST_NAME_EDITS = 2;
/** Phones compare on their last 10 digits; shorter numbers need at least this many digits to count. */
export const PHONE_DIGITS_COMPARED = 10;
export const MIN_PHONE_DIGITS = 7;

export function normalizeName(value: string | null): string {
    return (value ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9 ]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

export function normalizePhone(value: string | null): string {
    const digits = (value ?? '').replace(/\D/g, '');
    const compared = digits.length > PHONE_DIGITS_COMPARED ? digits.slice(-PHONE_DIGITS_COMPARED) : digits;
    return compared.length >= MIN_PHONE_DIGITS ? compared : '';
}

export function normalizeEmail(value: string | null): string {
    return strip(value ?? '').toLowerCase();
}

/** Levenshtein distance, as Apex String.getLevenshteinDistance. */
export function editDistance(left: string, right: string): number {
    let previous = Array.from({ length: right.length + 1 }, (_unused, index) => index);
    for (let row = 1; row <= left.length; row++) {
        const current = [row];
        for (let column = 1; column <= right.length; column++) {
            const substitution = (previous[column - 1] as number) + (left[row - 1] === right[column - 1] ? 0 : 1);
            current.push(Math.min((previous[column] as number) + 1, (current[column - 1] as number) + 1, substitution));
        }
        previous = current;
    }
    return previous[right.length] as number;
}

function fullName(contact: ContactIdentity): string {
    return normalizeName(`${contact.firstName ?? ''} ${contact.lastName ?? ''}`);
}

function similarFirstNames(left: string, right: string): boolean {
    if (!left || !right) return false;
    return left.startsWith(right) || right.startsWith(left) || editDistance(left, right) <= MAX_FIRST_NAME_EDITS;
}

function phonesOf(contact: ContactIdentity): Set<string> {
    return new Set(contact.phones.map(normalizePhone).filter((phone) => phone !== ''));
}

/** Why `candidate` looks like `contact`, in the order NAME, SIMILAR_NAME, PHONE, EMAIL; empty when it does not. */
export function duplicateReasons(contact: ContactIdentity, candidate: ContactIdentity): DuplicateReason[] {
    const reasons: DuplicateReason[] = [];
    const name = fullName(contact);
    if (name !== '' && name === fullName(candidate)) reasons.push('NAME');
    else {
        const lastName = normalizeName(contact.lastName);
        if (
            lastName !== '' &&
            lastName === normalizeName(candidate.lastName) &&
            similarFirstNames(normalizeName(contact.firstName), normalizeName(candidate.firstName))
        ) {
            reasons.push('SIMILAR_NAME');
        }
    }
    const candidatePhones = phonesOf(candidate);
    if ([...phonesOf(contact)].some((phone) => candidatePhones.has(phone))) reasons.push('PHONE');
    const email = normalizeEmail(contact.email);
    if (email !== '' && email === normalizeEmail(candidate.email)) reasons.push('EMAIL');
    return reasons;
}
