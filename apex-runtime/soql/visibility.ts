// Record-level access (sharing) for queries: the one decision that says whether the running user may see a
// record. User mode always applies sharing; system mode applies it in a `with sharing` class (Apex Developer
// Guide, "Enforce User Mode for Database Operations" and "Using the with sharing, without sharing, and inherited
// sharing Keywords"). The decision itself is the org's (spec/org/sharing.ts), the same one `org.db.query` makes.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { SObjectRecord } from '../../spec/org/values';

export function isRecordVisible(org: InMemoryOrg, record: SObjectRecord, enforceSharing: boolean): boolean {
    return !enforceSharing || org.sharing.canRead(org.runningUserId(), record);
}
