// Record-level access (sharing) for queries: the one decision that says whether the running user may see a
// record. User mode always applies sharing; system mode applies it in a `with sharing` class (Apex Developer
// Guide, "Enforce User Mode for Database Operations" and "Using the with sharing, without sharing, and inherited
// sharing Keywords").
//
// The in-memory org does not model sharing yet: every record is visible to every user (spec/README.md, "What the
// org enforces"). When the org gains its record-access function, this is the only place that calls it.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { SObjectRecord } from '../../spec/org/values';

export function isRecordVisible(_org: InMemoryOrg, _record: SObjectRecord, _enforceSharing: boolean): boolean {
    return true;
}
