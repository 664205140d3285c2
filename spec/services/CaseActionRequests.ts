// CaseActionRequests: idempotent saves, mirroring the Apex class of the same name. Every save carries a
// key; the first save with a key records its response in a Playbook_Request__c (Key__c is unique) with the
// fingerprint of its request (RequestFingerprint) and its owner, the user who saved. A repeat of the key by
// the same user with the same request returns that response without writing; the key with another request,
// another action or from another user is refused with REQUEST_KEY_REUSED, and the component reloads what
// is saved. Two repeats running at the same time both find no record; the second one's insert then fails on
// Key__c (DUPLICATE_VALUE), and that save rolls back and returns the response the first one stored
// (responseStoredMeanwhile) instead of an error. A key of another user's save is not visible (Playbook
// Request is Private), so it is found that way too: the insert fails on Key__c and nothing is visible.
import { PlaybookError } from '../errors/PlaybookError';
import { DmlError } from '../org/errors';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { selectCaseActionRequest } from '../selectors/CaseActionRequestSelector';
import { isBlank, strip } from './PlaybookText';

export const MAX_KEY_LENGTH = 64;
const KEY_FIELD = 'Key__c';

/**
 * Test seam, as the Apex class's @TestVisible concurrentSaveForTest: a request record that a concurrent
 * repeat of the save stores between this save's lookup (which found nothing) and its own insert. The
 * next previousResponse that finds no record inserts it with the save's key, then clears it.
 */
export const concurrentSaveSeam: { next: SObjectInput | null } = { next: null };

/** The key, checked: present and no longer than the Key__c field. */
export function requireKey(value: unknown): string {
    if (typeof value !== 'string' || isBlank(value)) {
        throw new PlaybookError('INVALID_INPUT', 'The save has no request key. Reload the page and try again.');
    }
    const key = strip(value);
    if (key.length > MAX_KEY_LENGTH) {
        throw new PlaybookError('INVALID_INPUT', `The request key is longer than ${MAX_KEY_LENGTH} characters. Reload the page and try again.`);
    }
    return key;
}

/** What a component shows when a key comes back with another request, action or user: it then reloads. */
export const REQUEST_KEY_REUSED_MESSAGE =
    'This save carried the key of an earlier save that was different (another request or another user), so nothing was saved. The page now shows what is saved; check it, then save again.';

/**
 * The stored response of an earlier save with this key, parsed; undefined when the key is new. REQUEST_KEY_REUSED
 * when that save was another action, another request (`requestHash`) or another user's.
 */
export function previousResponse<T>(org: InMemoryOrg, requestKey: string, action: string, requestHash: string): T | undefined {
    const previous = selectCaseActionRequest(org, requestKey);
    if (!previous) {
        storeConcurrentSaveForTest(org, requestKey);
        return undefined;
    }
    return responseOf<T>(org, previous, action, requestHash);
}

/**
 * After a save failed and was rolled back: the response a concurrent repeat of the same request stored
 * meanwhile, when that is why the save failed (its request record hit the unique Key__c); undefined when
 * the failure has another cause (the caller rethrows it).
 */
export function responseStoredMeanwhile<T>(org: InMemoryOrg, failure: unknown, requestKey: string, action: string, requestHash: string): T | undefined {
    const onKey = failure instanceof DmlError && failure.statusCode === 'DUPLICATE_VALUE' && (failure.fields.includes(KEY_FIELD) || failure.message.includes(KEY_FIELD));
    if (!onKey) return undefined;
    const stored = selectCaseActionRequest(org, requestKey);
    if (!stored) throw new PlaybookError('REQUEST_KEY_REUSED', REQUEST_KEY_REUSED_MESSAGE);
    return responseOf<T>(org, stored, action, requestHash);
}

function storeConcurrentSaveForTest(org: InMemoryOrg, requestKey: string): void {
    const concurrent = concurrentSaveSeam.next;
    if (!concurrent) return;
    concurrentSaveSeam.next = null;
    org.db.insert({ ...concurrent, Key__c: requestKey }, 'USER_MODE');
}

function responseOf<T>(org: InMemoryOrg, previous: SObjectRecord, action: string, requestHash: string): T {
    const sameSave = previous.Action__c === action && previous.Request_Hash__c === requestHash && sameId(previous.OwnerId, org.runningUserId());
    if (!sameSave) throw new PlaybookError('REQUEST_KEY_REUSED', REQUEST_KEY_REUSED_MESSAGE);
    return JSON.parse(String(previous.Response__c)) as T;
}

/** The record of a save, to be inserted in the save's transaction; its owner is the user who saves. */
export function requestRecord(requestKey: string, action: string, recordId: string, response: unknown, requestHash: string): SObjectInput {
    return {
        attributes: { type: 'Playbook_Request__c' },
        Key__c: requestKey,
        Action__c: action,
        Record_Id__c: recordId,
        Response__c: JSON.stringify(response),
        Request_Hash__c: requestHash
    };
}
