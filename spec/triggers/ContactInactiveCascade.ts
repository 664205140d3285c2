// ContactInactiveCascade: procedure 000, "They Do Not Work There": "Click mark the 'Contact
// Inactive' with a check. This will then complete the case and mark the 'CL Satisfaction Score' as
// 'Unable to Contact' ... they will already be marked as 'Former Employee'." The same whether the
// wizard ticks the box or an agent does it by hand, on CLA cases only (Contact_Inactive__c exists on
// every case; on another record type ticking it changes nothing else). The contact update never fails
// the case save: it runs with partial success and logs each contact it could not update. Mirrors the
// Apex class ContactInactiveCascade.
import { newErrorReference } from '../errors/auraHandled';
import type { SaveError } from '../org/database';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { claRecordTypeIdForTrigger } from './claRecordType';

export const UNABLE_TO_CONTACT = 'Unable to Contact';
export const FORMER_EMPLOYEE = 'Former Employee';
/** The code of the ERROR log line written for a contact that could not be marked Former Employee. */
export const CONTACT_NOT_UPDATED = 'CONTACT_NOT_MARKED_FORMER_EMPLOYEE';
const CASCADE = 'the Contact Inactive cascade';

/**
 * Test seam, as the Apex class's @TestVisible refusedContactIdsForTest: these contacts are written with
 * a value the restricted Employment_Status__c picklist refuses, so the org fails their rows as a
 * validation rule or a record lock would.
 */
export const cascadeTestSeam = { refusedContactIds: new Set<string>() };
const REFUSED_VALUE_FOR_TEST = 'Refused by test';

/** The case fields a ticked Contact Inactive sets. */
export function completeAsUnableToContact(record: SObjectRecord | SObjectInput): void {
    record.Contact_Inactive__c = true;
    record.CL_Satisfaction_Score__c = UNABLE_TO_CONTACT;
    record.CL_Score_Value__c = null;
    record.CL_Activity_Status__c = 'Complete';
    record.Status = 'Closed';
}

/** CLA cases whose Contact Inactive box was just ticked (inserted ticked, or changed from unticked). */
export function newlyInactive(
    org: InMemoryOrg,
    newRecords: readonly SObjectRecord[],
    oldRecords: ReadonlyMap<string, SObjectRecord>
): SObjectRecord[] {
    const ticked = newRecords.filter((record) => record.Contact_Inactive__c === true && oldRecords.get(record.Id)?.Contact_Inactive__c !== true);
    if (!ticked.length) return [];
    const claRecordTypeId = claRecordTypeIdForTrigger(org, CASCADE);
    return ticked.filter((record) => claRecordTypeId !== null && record.RecordTypeId === claRecordTypeId);
}

/** Before insert/update: complete the cases in place. */
export function completeInactiveCases(org: InMemoryOrg, newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): void {
    for (const record of newlyInactive(org, newRecords, oldRecords)) completeAsUnableToContact(record);
}

/** After insert/update: the cases' contacts become Former Employees, in one statement with partial success. */
export function markContactsFormerEmployees(
    org: InMemoryOrg,
    newRecords: readonly SObjectRecord[],
    oldRecords: ReadonlyMap<string, SObjectRecord>
): void {
    const caseIdByContactId = new Map<string, string>();
    for (const record of newlyInactive(org, newRecords, oldRecords)) {
        if (typeof record.ContactId === 'string' && !caseIdByContactId.has(record.ContactId)) caseIdByContactId.set(record.ContactId, record.Id);
    }
    if (!caseIdByContactId.size) return;
    const contacts = [...caseIdByContactId.keys()].map((id) => ({
        Id: id,
        Employment_Status__c: cascadeTestSeam.refusedContactIds.has(id) ? REFUSED_VALUE_FOR_TEST : FORMER_EMPLOYEE
    }));
    // System mode, as the Apex trigger action: whoever ticks the box, the procedure makes the contact a Former Employee.
    const results = org.db.updatePartial(contacts, 'SYSTEM_MODE');
    results.forEach((result, index) => {
        const contactId = contacts[index]?.Id as string;
        if (!result.success) logFailure(org, contactId, caseIdByContactId.get(contactId) as string, result.errors);
    });
}

function logFailure(org: InMemoryOrg, contactId: string, caseId: string, errors: readonly SaveError[]): void {
    const reasons = errors.map((error) => `${error.statusCode}: ${error.message}`).join('; ');
    org.logError({
        reference: newErrorReference(),
        code: CONTACT_NOT_UPDATED,
        exceptionType: 'None',
        detail: `Contact ${contactId} was not marked Former Employee after case ${caseId} ticked Contact Inactive (${reasons}). The case was saved; set the contact's Employment Status by hand once the cause is fixed.`
    });
}
