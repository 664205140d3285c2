// ClaCallAttempts: the one attempt counter of procedure 000 ("After you've called 6 times, if you still haven't
// reached your contact, you may mark the CLA case as complete"). Every completed call on a CLA case counts, whether
// the Call Wizard or Log a Call logged it, and nothing else does: an open follow-up or an open call task is not an
// attempt until it is completed as a call. Both save paths call this module; it is the only code that writes
// CL_Call_Attempts__c and CL_Last_Attempt__c. Mirrors the Apex class ClaCallAttempts.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { CLA_RECORD_TYPE, selectClaCaseForAttempt } from '../selectors/ClaCaseSelector';

export const STATUS_COMPLETED = 'Completed';

/** The calls counted on a CLA case so far. */
export function attemptsOf(record: SObjectRecord | undefined): number {
    return typeof record?.CL_Call_Attempts__c === 'number' ? record.CL_Call_Attempts__c : 0;
}

/** The counter fields after one more completed call on `claCase`, for a caller that updates the case anyway. */
export function fieldsAfterCall(org: InMemoryOrg, claCase: SObjectRecord | undefined): SObjectInput {
    return { CL_Call_Attempts__c: attemptsOf(claCase) + 1, CL_Last_Attempt__c: org.nowIso() };
}

/**
 * Counts a call that another save path logged on a case: only when the task was saved completed and the case (with
 * RecordType.DeveloperName) is a CLA case; any other case, or none, is left alone without a query. Else one query
 * (the count now) and one update.
 */
export function countCall(org: InMemoryOrg, caseRecord: SObjectRecord | undefined, taskStatus: unknown): void {
    const recordType = caseRecord?.RecordType as { DeveloperName?: unknown } | undefined;
    if (!caseRecord || taskStatus !== STATUS_COMPLETED || recordType?.DeveloperName !== CLA_RECORD_TYPE) return;
    const claCase = selectClaCaseForAttempt(org, caseRecord.Id);
    if (!claCase) return;
    writeCount(org, { Id: claCase.Id, ...fieldsAfterCall(org, claCase) });
}

/**
 * Mirrors the Apex inner class CounterUpdate, declared `without sharing`.
 * SECURITY: Log a Call relates calls to cases other agents own (procedure 002), which the agent may read but not
 * edit, and the count must still follow every call (procedure 000). Only CL_Call_Attempts__c and CL_Last_Attempt__c
 * of the CLA case on which the agent has just logged a completed call, in user mode, are written.
 */
function writeCount(org: InMemoryOrg, update: SObjectInput): void {
    org.db.update(update, 'SYSTEM_MODE');
}
