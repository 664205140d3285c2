// ContractWarningRearm: procedure 001, the Contract Warning. An acknowledgement belongs to the
// contract it was given for: when a case's Contract__c changes (by hand, by an integration or by
// moveToContract), Contract_Warning_Acknowledged_On__c and _By__c are cleared before the save, so a
// warning about the new contract shows again. No query, no DML. Mirrors the Apex class.
import { sameId } from '../org/ids';
import type { SObjectRecord } from '../org/values';

/** Before update: clears the acknowledgement of the cases whose contract changed, in place. */
export function clearAcknowledgements(newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): void {
    for (const record of newRecords) {
        const old = oldRecords.get(record.Id);
        if (!old) continue;
        const before = (old.Contract__c as string | null | undefined) ?? null;
        const after = (record.Contract__c as string | null | undefined) ?? null;
        if (before === after || (before !== null && after !== null && sameId(before, after))) continue;
        record.Contract_Warning_Acknowledged_On__c = null;
        record.Contract_Warning_Acknowledged_By__c = null;
    }
}
