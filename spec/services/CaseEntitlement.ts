// The entitlement a new case gets (procedure 003: "create cases with the appropriate ones"), mirroring
// CaseEntitlement.cls. Optional; where given it must be an entitlement of the case's account in effect today, in an
// org with Entitlement Management. Case.EntitlementId exists only there, so it is set by name at run time.
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { ENTITLEMENT } from '../org/entitlements';
import { isEntitlementManagementOn } from './EntitlementManagement';
import { quoted } from './CallInput';
import { isBlank, strip } from './PlaybookText';

/** The checked entitlement Id, or null when none is given. */
export function checkCaseEntitlement(org: InMemoryOrg, value: unknown, accountId: string): string | null {
    if (isBlank(value)) return null;
    if (!isEntitlementManagementOn(org)) {
        throw new PlaybookError('INVALID_INPUT', 'This org does not use entitlements: open the case without one.');
    }
    if (typeof value !== 'string' || !isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    const entitlementId = to18(strip(value));
    if (org.schema.objectForId(entitlementId)?.name !== ENTITLEMENT) {
        throw new PlaybookError('WRONG_OBJECT', 'Choose the entitlement: this record is not an entitlement.');
    }
    const row = org.db.query(
        { select: ['Id', 'Name', 'AccountId', 'StartDate', 'EndDate'], from: ENTITLEMENT, where: [{ field: 'Id', value: entitlementId }], limit: 1 },
        'USER_MODE'
    )[0];
    if (!row) throw new PlaybookError('NOT_FOUND', 'This entitlement does not exist or you cannot see it.');
    if (!sameId(row.AccountId as string, accountId)) {
        throw new PlaybookError('INVALID_INPUT', `${String(row.Name)} belongs to another account. Choose an entitlement of the case's account.`);
    }
    const today = org.today();
    const started = row.StartDate === null || String(row.StartDate) <= today;
    const notEnded = row.EndDate === null || String(row.EndDate) >= today;
    if (!started || !notEnded) {
        throw new PlaybookError('INVALID_INPUT', `${String(row.Name)} is not active today. Choose an active entitlement, or open the case without one.`);
    }
    return entitlementId;
}

/** Sets Case.EntitlementId on the new case when there is an entitlement. */
export function withEntitlement(record: SObjectInput, entitlementId: string | null): SObjectInput {
    return entitlementId ? { ...record, EntitlementId: entitlementId } : record;
}
