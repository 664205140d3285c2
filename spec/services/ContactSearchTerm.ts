// ContactSearchTerm: what an agent types in Log a Call's contact search, as the SOSL search query the
// selector runs, mirroring the Apex class. The term is split into words where the search index splits
// text (spaces, punctuation, changes between letters and digits); each word becomes a prefix (`word*`;
// a one-character word must match a whole word), every word must match (AND), and AND, OR and NOT are
// quoted so they are searched for, not read as operators. A term without letters is a phone number:
// its digits as one prefix, searched in the phone fields.
import { PlaybookError } from '../errors/PlaybookError';

export const MIN_LENGTH = 2;
export const MAX_LENGTH = 80;
const OPERATORS = ['and', 'or', 'not'];
const LETTER_DIGIT_CHANGE = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu;
const NOT_A_WORD = /[^\p{L}\p{N}]+/u;
const LETTER = /\p{L}/u;

export interface ContactSearchTerm {
    /** The SOSL search query, e.g. `maria* AND riv*` for a name or `5550177*` for a phone number. */
    searchQuery: string;
    /** True when the term has no letters: a phone number, searched in the phone fields. */
    isPhone: boolean;
}

export function contactSearchTerm(typed: unknown): ContactSearchTerm {
    // Java's String.trim(), as Apex: only characters up to U+0020.
    const text = typeof typed === 'string' ? typed.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '') : '';
    if (text.length > MAX_LENGTH) throw new PlaybookError('INVALID_INPUT', `Search with ${MAX_LENGTH} characters or fewer.`);
    const words = text
        .replace(LETTER_DIGIT_CHANGE, ' ')
        .split(NOT_A_WORD)
        .filter((word) => word !== '');
    if (words.join('').length < MIN_LENGTH) {
        throw new PlaybookError('INVALID_INPUT', `Type at least ${MIN_LENGTH} characters of a name or phone number.`);
    }
    const isPhone = !LETTER.test(text);
    return { isPhone, searchQuery: isPhone ? `${words.join('')}*` : nameQuery(words) };
}

function nameQuery(words: readonly string[]): string {
    return words
        .map((word) => {
            if (OPERATORS.includes(word.toLowerCase())) return `"${word}"`;
            return word.length === 1 ? word : `${word}*`;
        })
        .join(' AND ');
}
