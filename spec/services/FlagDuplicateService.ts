// FlagDuplicateService: procedure 000, Step 1: "you can see if there are any duplicates of contacts
// under the same dealership. If you notice this, please let Eric know so they can be merged." A task
// for the data steward named in the settings; idempotent through the request key. Mirrors the Apex class.
import type { FlagDuplicateRequest, FlagDuplicateResponse } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { selectContactsById } from '../selectors/ContactSelector';
import { selectActiveUserByUsername } from '../selectors/UserSelector';
import { invalid, optionalText, requireIdOf } from './CallInput';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { requestFingerprint } from './RequestFingerprint';

export const ACTION = 'CallWizard.flagDuplicate';
export const NOTE_MAX_LENGTH = 15000;
export const MERGE_SUBJECT_PREFIX = 'Merge duplicate contacts: ';
/** Length of Task.Subject: long names are cut so the subject still fits. */
export const TASK_SUBJECT_MAX_LENGTH = 255;

function dataStewardId(org: InMemoryOrg): string {
    const username = org.settings().dataStewardUsername;
    const steward = username ? selectActiveUserByUsername(org, username) : undefined;
    if (!steward) {
        throw new PlaybookError(
            'DATA_STEWARD_NOT_CONFIGURED',
            username
                ? `The data steward's username in the Playbook Setting (Data_Steward_Username__c = "${username}") is not an active user. Ask your Salesforce admin to correct it.`
                : 'No one is set up to merge duplicate contacts. Ask your Salesforce admin to fill in Data Steward Username (Data_Steward_Username__c) in the Playbook Setting "Default" record.'
        );
    }
    return steward.Id;
}

export function flagDuplicate(org: InMemoryOrg, request: unknown): FlagDuplicateResponse {
    if (!org.describe('Task').isCreateable() || !org.describe('Playbook_Request__c').isCreateable()) {
        throw new PlaybookError(
            'NO_ACCESS',
            'You cannot flag duplicate contacts (missing: create Tasks). Ask your Salesforce admin to assign you the Playbooks Agent permission set.'
        );
    }
    if (request === null || typeof request !== 'object') throw invalid('Choose the two contacts to merge.');
    const given = request as Partial<FlagDuplicateRequest>;
    const key = requireKey(given.requestKey);
    const requestHash = requestFingerprint(request);
    const previous = previousResponse<FlagDuplicateResponse>(org, key, ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const contactId = requireIdOf(org, given.contactId, 'Contact', 'the contact');
    const duplicateId = requireIdOf(org, given.duplicateContactId, 'Contact', 'the duplicate contact');
    if (sameId(contactId, duplicateId)) throw invalid('Choose two different contacts to merge.');
    const note = optionalText(given.note, 'the note', NOTE_MAX_LENGTH);
    const contacts = selectContactsById(org, [contactId, duplicateId]);
    const contact = contacts.find((row) => sameId(row.Id, contactId));
    const duplicate = contacts.find((row) => sameId(row.Id, duplicateId));
    if (!contact || !duplicate) throw new PlaybookError('NOT_FOUND', 'One of the contacts does not exist or you cannot see it.');
    if (typeof contact.AccountId !== 'string' || !sameId(contact.AccountId, duplicate.AccountId)) {
        throw invalid(`${String(contact.Name)} and ${String(duplicate.Name)} are not at the same dealership, so they are not duplicates to merge.`);
    }

    const stewardId = dataStewardId(org);
    const savepoint = org.db.setSavepoint();
    try {
        const [taskId] = org.db.insert(
            {
                attributes: { type: 'Task' },
                OwnerId: stewardId,
                WhatId: contact.AccountId,
                WhoId: contact.Id,
                Subject: `${MERGE_SUBJECT_PREFIX}${String(contact.Name)} / ${String(duplicate.Name)}`.slice(0, TASK_SUBJECT_MAX_LENGTH),
                Status: 'Not Started',
                Priority: 'Normal',
                ActivityDate: org.today(),
                Description: note
            },
            'USER_MODE'
        ) as [string];
        const response: FlagDuplicateResponse = { taskId, replayed: false };
        org.db.insert(requestRecord(key, ACTION, contact.Id, response, requestHash), 'USER_MODE');
        return response;
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<FlagDuplicateResponse>(org, error, key, ACTION, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
}
