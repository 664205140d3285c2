// UserSelector: users named in the settings (manager, data steward), in user mode. Mirrors the Apex class.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

export function selectActiveUserByUsername(org: InMemoryOrg, username: string): SObjectRecord | undefined {
    return org.db.query(
        {
            select: ['Id', 'Name'],
            from: 'User',
            where: [
                { field: 'Username', value: username },
                { field: 'IsActive', value: true }
            ],
            limit: 1
        },
        'USER_MODE'
    )[0];
}
