// ClaRecordType: the CLA record type's Id for the trigger actions, mirroring the Apex class. An admin
// can delete or rename the record type, and a trigger runs on every case save in the org, so without
// it the CLA work is skipped quietly with an ERROR log line instead of failing an unrelated save. The
// Apex reads the Case describe (no query); this reads the org's RecordType rows without counting one.
import { newErrorReference } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { CLA_RECORD_TYPE } from '../selectors/ClaCaseSelector';

/** The code of the ERROR log line written when the record type cannot be found. */
export const CLA_RECORD_TYPE_MISSING = 'CLA_RECORD_TYPE_MISSING';

/** The CLA record type's Id, or null after an ERROR log line saying what was `skipped` without it. */
export function claRecordTypeIdForTrigger(org: InMemoryOrg, skipped: string): string | null {
    const found = org.db
        .all('RecordType')
        .find((recordType) => recordType.SobjectType === 'Case' && recordType.DeveloperName === CLA_RECORD_TYPE);
    if (found) return found.Id;
    org.logError({
        reference: newErrorReference(),
        code: CLA_RECORD_TYPE_MISSING,
        exceptionType: 'None',
        detail: `The org has no Case record type "${CLA_RECORD_TYPE}", so ${skipped} was skipped. Restore the record type from the Service Playbooks package.`
    });
    return null;
}
