// IntegrationCaseDefaults: what an integration case gets on save (procedure 004), mirroring the Apex
// class of the same name. On creation, whatever path created it, the clocks that start then are stamped:
// "All Integrations cases should be opened and commented on within 48 hours" (First_Comment_Due__c) and the
// 7 business days before an update may be asked for (Update_Request_Allowed_From__c); values already given
// are kept. When the case is given to a user other than its creator, that user becomes the person working
// it (Integrations_Worker__c), whom a question or an update request is assigned back to.
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { readIntegrationCalendar } from '../services/IntegrationCalendar';
import { stampsOf } from '../services/IntegrationClocks';
import { stampChanges } from '../services/IntegrationStamps';
import { integrationRecordTypeIdForTrigger } from './integrationRecordType';

const DEFAULTS = 'stamping new integration cases';

/** Before insert and before update: stamps cases that became integration cases, and records who works each one. */
export function applyIntegrationDefaults(
    org: InMemoryOrg,
    newRecords: readonly SObjectRecord[],
    oldRecords: ReadonlyMap<string, SObjectRecord>
): void {
    if (!newRecords.length) return;
    const recordTypeId = integrationRecordTypeIdForTrigger(org, DEFAULTS);
    if (!recordTypeId) return;
    const integration = newRecords.filter((record) => sameId(record.RecordTypeId, recordTypeId));
    const becameIntegration = integration.filter((record) => !sameId(oldRecords.get(record.Id)?.RecordTypeId, recordTypeId));
    if (becameIntegration.length) {
        const calendar = readIntegrationCalendar(org);
        const settings = org.settings();
        for (const record of becameIntegration) Object.assign(record, stampChanges({ kind: 'CREATED' }, stampsOf(record), settings, calendar, org.nowIso()));
    }
    for (const record of integration) {
        const before = oldRecords.get(record.Id);
        const creatorId = before ? record.CreatedById : org.runningUserId();
        const ownerId = String(record.OwnerId);
        const ownerChanged = !before || !sameId(before.OwnerId, ownerId);
        if (ownerChanged && org.schema.objectForId(ownerId)?.name === 'User' && !sameId(ownerId, creatorId)) {
            record.Integrations_Worker__c = ownerId;
        }
    }
}
