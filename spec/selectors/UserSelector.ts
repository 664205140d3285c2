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

/**
 * The running user, with their manager, and the user named `managerUsername` (when given): the people who may agree to
 * an early "No Score" completion. At most two rows.
 */
export function selectRunningUserAndTeamManager(org: InMemoryOrg, managerUsername: string | null): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'Name', 'Username', 'IsActive', 'ManagerId', 'Manager.Name', 'Manager.IsActive'],
            from: 'User',
            whereAny: [
                { field: 'Id', value: org.runningUserId() },
                ...(managerUsername ? [{ field: 'Username', value: managerUsername }] : [])
            ],
            limit: 2
        },
        'USER_MODE'
    );
}
