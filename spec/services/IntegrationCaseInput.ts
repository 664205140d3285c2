// IntegrationCaseInput: the checks every integration case request gets again on the server, with a
// message a person can act on (procedure 004). Mirrors the Apex class of the same name.
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { quoted } from './CallInput';
import { isBlank, strip } from './PlaybookText';

/** Object Reference, CaseComment: "The maximum size of the comment body is 4,000 bytes." */
export const COMMENT_MAX_LENGTH = 4000;
export const OUTCOMES = ['LEFT_MESSAGE', 'SPOKE_RESOLVED', 'SPOKE_NOT_RESOLVED'] as const;
export const ASK_KINDS = ['QUESTION', 'INFORMATION', 'UPDATE', 'CALLBACK'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type AskKind = (typeof ASK_KINDS)[number];
export function requireCaseId(org: InMemoryOrg, value: unknown): string {
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', 'Choose the integration case.');
    const text = strip(value);
    if (!isValidId(text)) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    const id = to18(text);
    if (org.schema.objectForId(id)?.name !== 'Case') throw new PlaybookError('WRONG_OBJECT', 'This record is not a case: open the integration case and try again.');
    return id;
}

/** The comment as typed; refused blank (PlaybookText's rule) or longer than a case comment holds. */
export function requireComment(value: unknown, what: string): string {
    const text = typeof value === 'string' ? value : '';
    if (isBlank(text)) throw new PlaybookError('INVALID_INPUT', `Write ${what}: it is saved as a private case comment.`);
    if (text.length > COMMENT_MAX_LENGTH) {
        throw new PlaybookError('INVALID_INPUT', `The comment has ${text.length} characters. Shorten it to ${COMMENT_MAX_LENGTH} characters or fewer.`);
    }
    return text;
}

export function requireOutcome(value: unknown): Outcome {
    if (typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value)) return value as Outcome;
    throw new PlaybookError('INVALID_INPUT', 'Choose how the contact with the ECP went: left a message, spoke and resolved, or spoke and not resolved.');
}

export function requireAskKind(value: unknown): AskKind {
    if (typeof value === 'string' && (ASK_KINDS as readonly string[]).includes(value)) return value as AskKind;
    throw new PlaybookError('INVALID_INPUT', 'Choose what you are sending: a question, information, an update request or a call back request.');
}

/** A yes/no of the request; a missing value is no. */
export function flag(value: unknown, what: string): boolean {
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') throw new PlaybookError('INVALID_INPUT', `${what} must be true or false.`);
    return value;
}

/** true, false, or no change (null). */
export function optionalFlag(value: unknown, what: string): boolean | null {
    if (value === null || value === undefined) return null;
    return flag(value, what);
}
