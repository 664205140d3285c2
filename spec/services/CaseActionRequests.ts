// CaseActionRequests: idempotent saves of the case actions (Log Review, contract warning), mirroring
// the Apex class of the same name. The first save with a key records its response in a
// Playbook_Request__c (Key__c is unique); a repeat of the key returns that response without writing.
import { PlaybookError } from '../errors/PlaybookError';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { selectCaseActionRequest } from '../selectors/CaseActionRequestSelector';

export const MAX_KEY_LENGTH = 64;

/** The key, checked: present and no longer than the Key__c field. */
export function requireKey(value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') {
        throw new PlaybookError('INVALID_INPUT', 'The save has no request key. Reload the page and try again.');
    }
    const key = value.trim();
    if (key.length > MAX_KEY_LENGTH) {
        throw new PlaybookError('INVALID_INPUT', `The request key is longer than ${MAX_KEY_LENGTH} characters. Reload the page and try again.`);
    }
    return key;
}

/** The stored response of an earlier save with this key for this action, parsed; undefined when the key is new. */
export function previousResponse<T>(org: InMemoryOrg, requestKey: string, action: string): T | undefined {
    const previous = selectCaseActionRequest(org, requestKey);
    if (!previous) return undefined;
    if (previous.Action__c !== action) {
        throw new PlaybookError('INVALID_INPUT', 'This request key was already used for another action. Reload the page and try again.');
    }
    return JSON.parse(String(previous.Response__c)) as T;
}

/** The record of a save, to be inserted in the save's transaction. */
export function requestRecord(requestKey: string, action: string, recordId: string, response: unknown): SObjectInput {
    return {
        attributes: { type: 'Playbook_Request__c' },
        Key__c: requestKey,
        Action__c: action,
        Record_Id__c: recordId,
        Response__c: JSON.stringify(response)
    };
}
