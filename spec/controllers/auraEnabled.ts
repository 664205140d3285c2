// What the platform does around an @AuraEnabled method: one transaction (all writes undone when
// it throws), and the controller's conversion of any exception to a user-safe AuraHandledException.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { toAuraHandledError } from '../errors/auraHandled';

export function runAuraEnabled<T>(org: InMemoryOrg, body: () => T): T {
    try {
        return org.transaction(body);
    } catch (error) {
        throw toAuraHandledError(error, org);
    }
}
