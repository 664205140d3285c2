// IntegrationRecordType: the Integration_Case record type's Id (procedure 004), mirroring the Apex class.
// As ClaRecordType: a trigger runs on every case save, so without the record type the integration work is
// skipped with an ERROR log line instead of failing an unrelated save. The Apex reads the Case describe (no
// query); this reads the org's RecordType rows without counting one.
import { newErrorReference } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';

export const INTEGRATION_RECORD_TYPE = 'Integration_Case';
/** The code of the ERROR log line written when the record type cannot be found. */
export const INTEGRATION_RECORD_TYPE_MISSING = 'INTEGRATION_RECORD_TYPE_MISSING';

/** The record type's Id, or null when the org has none (no log line). */
export function findIntegrationRecordTypeId(org: InMemoryOrg): string | null {
    return (
        org.db.all('RecordType').find((recordType) => recordType.SobjectType === 'Case' && recordType.DeveloperName === INTEGRATION_RECORD_TYPE)?.Id ?? null
    );
}

/** The record type's Id, or null after an ERROR log line saying what was `skipped` without it. */
export function integrationRecordTypeIdForTrigger(org: InMemoryOrg, skipped: string): string | null {
    const found = findIntegrationRecordTypeId(org);
    if (found) return found;
    org.logError({
        reference: newErrorReference(),
        code: INTEGRATION_RECORD_TYPE_MISSING,
        exceptionType: 'None',
        detail: `The org has no Case record type "${INTEGRATION_RECORD_TYPE}", so ${skipped} was skipped. Restore the record type from the Service Playbooks package.`
    });
    return null;
}
