// TaskSelector: every Task query of the package, in user mode.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';

/** Open tasks on a record that someone other than `ownerId` owns, with their subject, oldest first, at most `rowLimit`. */
export function selectOpenTasksOwnedByOthers(org: InMemoryOrg, whatId: string, ownerId: string, rowLimit: number): SObjectRecord[] {
    return org.db.query(
        {
            select: ['Id', 'OwnerId', 'Status', 'Subject'],
            from: 'Task',
            where: [
                { field: 'WhatId', value: whatId },
                { field: 'IsClosed', value: false },
                { field: 'OwnerId', operator: '!=', value: ownerId }
            ],
            orderBy: [{ field: 'CreatedDate' }, { field: 'Id' }],
            limit: rowLimit
        },
        'USER_MODE'
    );
}
