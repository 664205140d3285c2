// Entitlement Management (procedure 003: "verify, before opening a case for a customer, that the customer is entitled
// to receive support"): the Entitlement object exists only when it is on (Salesforce Help, "Set Up Entitlement
// Management"). Find Caller works both ways: entitlements where it is on, procedure 001's active contract otherwise.
// The scratch definition turns it on ("features": ["Entitlements"], entitlementSettings.enableEntitlements), so the
// Apex tests and vectors of the entitlement path run there; in an org without it they fail.
import { ok, warn } from '../outcome.mjs';

export const name = 'entitlement-management';

export async function run(org) {
    if ((await org.objectNames()).has('Entitlement')) {
        return [
            ok(
                "on (Entitlement exists): Find Caller qualifies callers by their account's active entitlements, and New Case sets the case's entitlement; agents' profiles need Read on Entitlements (Standard User has it)"
            )
        ];
    }
    return [
        warn(
            "off (no Entitlement): Find Caller qualifies callers by procedure 001's active contract; the package's Apex tests and vectors of the entitlement path fail in this org",
            'to qualify callers by entitlement, turn on Setup > Entitlement Settings > "Enable Entitlement Management" and give agents\' profiles Read on Entitlements'
        )
    ];
}
