// ContactInactiveCascade: procedure 000, "They Do Not Work There": "Click mark the 'Contact
// Inactive' with a check. This will then complete the case and mark the 'CL Satisfaction Score' as
// 'Unable to Contact' ... they will already be marked as 'Former Employee'." The same whether the
// wizard ticks the box or an agent does it by hand. Mirrors the Apex class ContactInactiveCascade.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';

export const UNABLE_TO_CONTACT = 'Unable to Contact';
export const FORMER_EMPLOYEE = 'Former Employee';

/** The case fields a ticked Contact Inactive sets. */
export function completeAsUnableToContact(record: SObjectRecord | SObjectInput): void {
    record.Contact_Inactive__c = true;
    record.CL_Satisfaction_Score__c = UNABLE_TO_CONTACT;
    record.CL_Score_Value__c = null;
    record.CL_Activity_Status__c = 'Complete';
    record.Status = 'Closed';
}

/** Cases whose Contact Inactive box was just ticked (inserted ticked, or changed from unticked). */
export function newlyInactive(newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): SObjectRecord[] {
    return newRecords.filter((record) => record.Contact_Inactive__c === true && oldRecords.get(record.Id)?.Contact_Inactive__c !== true);
}

/** Before insert/update: complete the cases in place. */
export function completeInactiveCases(newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): void {
    for (const record of newlyInactive(newRecords, oldRecords)) completeAsUnableToContact(record);
}

/** After insert/update: the cases' contacts become Former Employees, in one statement. */
export function markContactsFormerEmployees(
    org: InMemoryOrg,
    newRecords: readonly SObjectRecord[],
    oldRecords: ReadonlyMap<string, SObjectRecord>
): void {
    const contactIds = [
        ...new Set(newlyInactive(newRecords, oldRecords).map((record) => record.ContactId).filter((id): id is string => typeof id === 'string'))
    ];
    if (!contactIds.length) return;
    // System mode, as the Apex trigger action: whoever ticks the box, the procedure makes the contact a Former Employee.
    org.db.update(
        contactIds.map((id) => ({ Id: id, Employment_Status__c: FORMER_EMPLOYEE })),
        'SYSTEM_MODE'
    );
}
