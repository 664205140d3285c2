// Entitlement Management, detected at run time as the Apex twin does (EntitlementManagement.cls): the org has it when
// the Entitlement object exists (spec/org/entitlements.ts). Nothing in the package names Entitlement at compile time.
import { PlaybookError } from '../errors/PlaybookError';
import { ENTITLEMENT } from '../org/entitlements';
import type { InMemoryOrg } from '../org/InMemoryOrg';

export function isEntitlementManagementOn(org: InMemoryOrg): boolean {
    return org.schema.findObject(ENTITLEMENT) !== undefined;
}

/** The running user reads entitlements; a profile without Read on them gets a message the admin can act on. */
export function requireEntitlementAccess(org: InMemoryOrg): void {
    const entitlement = org.describe(ENTITLEMENT);
    const missing = ['Type', 'StartDate', 'EndDate', 'SlaProcessId'].filter((name) => !entitlement.field(name).isAccessible());
    if (!entitlement.isAccessible() || missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            'You cannot read entitlements. Ask your Salesforce admin to give your profile Read on Entitlements and their Type, Start Date, End Date and Entitlement Process fields.'
        );
    }
}
