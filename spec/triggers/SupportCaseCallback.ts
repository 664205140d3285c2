// SupportCaseCallback: procedure 000, "Once a Support Case Has Been Closed": "Eric will be sending
// them back to us to follow up on ... You can make these callbacks a week later". When a case that a
// CLA case names as its Related Support Case closes, whoever closes it, the CLA owner gets an open
// callback task due after the configured delay; when the owner is a queue or an inactive user it goes
// to the active manager named in Manager_Username__c, and with no such manager it is skipped with an
// ERROR log line (never failing the close), as is every callback when the org has no CLA record type
// (deleted or renamed). A CLA case whose contact left (Contact Inactive) gets none: no one to call back.
// System mode: the closing department may neither see nor own the CLA case.
// Idempotent: one callback per support case. Mirrors the Apex class.
import { newErrorReference } from '../errors/auraHandled';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { addDays, type SObjectInput, type SObjectRecord } from '../org/values';
import { isBlank } from '../services/PlaybookText';
import { claRecordTypeIdForTrigger } from './claRecordType';

export const CALLBACK_SUBJECT_PREFIX = 'Callback: ';
/** The code of the ERROR log line written when a callback has no one to go to. */
export const CALLBACK_NOT_ASSIGNED = 'CALLBACK_NOT_ASSIGNED';

export function callbackSubject(supportCaseNumber: string): string {
    return `${CALLBACK_SUBJECT_PREFIX}${supportCaseNumber} closed`;
}

/** Cases that just closed and are not CLA cases; none (after an ERROR log line) when the org has no CLA record type. */
function justClosedSupportCases(org: InMemoryOrg, newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): SObjectRecord[] {
    const justClosed = newRecords.filter((record) => record.IsClosed === true && oldRecords.get(record.Id)?.IsClosed === false);
    if (!justClosed.length) return [];
    // Without the CLA record type there is nothing to call back on: skipped with a log line, the close goes on.
    const claRecordTypeId = claRecordTypeIdForTrigger(org, 'the callback for closed support cases');
    if (claRecordTypeId === null) return [];
    return justClosed.filter((record) => !sameId(record.RecordTypeId, claRecordTypeId));
}

/**
 * Who receives each CLA case's callback: the owner when an active user; otherwise (an inactive owner,
 * or a queue, which cannot own a task) the active user named in Manager_Username__c; with none, the
 * CLA case is absent and an ERROR log line with a reference says why.
 */
function callbackOwners(org: InMemoryOrg, claCases: readonly SObjectRecord[]): Map<string, string> {
    const ownerByClaId = new Map<string, string>();
    const withoutActiveOwner: SObjectRecord[] = [];
    for (const claCase of claCases) {
        const owner = claCase.Owner as SObjectRecord | null | undefined;
        if (org.schema.objectForId(String(claCase.OwnerId))?.name === 'User' && owner?.IsActive === true) ownerByClaId.set(claCase.Id, String(claCase.OwnerId));
        else withoutActiveOwner.push(claCase);
    }
    if (!withoutActiveOwner.length) return ownerByClaId;
    const managerUsername = org.settings().managerUsername;
    const managerId = activeManagerId(org, managerUsername);
    const skipped: string[] = [];
    for (const claCase of withoutActiveOwner) {
        if (managerId) ownerByClaId.set(claCase.Id, managerId);
        else skipped.push(claCase.Id);
    }
    if (skipped.length) {
        org.logError({
            reference: newErrorReference(),
            code: CALLBACK_NOT_ASSIGNED,
            exceptionType: 'None',
            detail: `No callback created for CLA cases ${skipped.join(', ')}: the owner is a queue or an inactive user, and Manager_Username__c ("${String(managerUsername)}") in the Playbook Setting is not an active user.`
        });
    }
    return ownerByClaId;
}

function activeManagerId(org: InMemoryOrg, username: string | null): string | undefined {
    if (username === null || isBlank(username)) return undefined;
    return org.db.query(
        {
            select: ['Id'],
            from: 'User',
            where: [
                { field: 'Username', value: username },
                { field: 'IsActive', value: true }
            ],
            limit: 1
        },
        'SYSTEM_MODE'
    )[0]?.Id;
}

export function createCallbackTasks(org: InMemoryOrg, newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): void {
    const closed = justClosedSupportCases(org, newRecords, oldRecords);
    if (!closed.length) return;
    const claCases = org.db.query(
        {
            select: ['Id', 'OwnerId', 'Owner.IsActive', 'ContactId', 'Related_Support_Case__c'],
            from: 'Case',
            // A CLA case whose contact left ("Contact Inactive") was completed as Unable to Contact: no one to call back.
            where: [
                { field: 'Related_Support_Case__c', operator: 'IN', value: closed.map((record) => record.Id) },
                { field: 'Contact_Inactive__c', value: false }
            ],
            limit: 10000
        },
        'SYSTEM_MODE'
    );
    const ownerByClaId = callbackOwners(org, claCases);
    const withCallbackOwner = claCases.filter((claCase) => ownerByClaId.has(claCase.Id));
    if (!withCallbackOwner.length) return;
    const subjects = new Map(closed.map((record) => [record.Id, callbackSubject(String(record.CaseNumber))]));
    const existing = org.db.query(
        {
            select: ['WhatId', 'Subject'],
            from: 'Task',
            where: [
                { field: 'WhatId', operator: 'IN', value: withCallbackOwner.map((claCase) => claCase.Id) },
                { field: 'Subject', operator: 'IN', value: [...subjects.values()] }
            ],
            limit: 10000
        },
        'SYSTEM_MODE'
    );
    const due = addDays(org.today(), org.settings().callbackDelayDays);
    const tasks: SObjectInput[] = [];
    for (const claCase of withCallbackOwner) {
        const supportCaseId = closed.find((record) => sameId(record.Id, claCase.Related_Support_Case__c))?.Id as string;
        const subject = subjects.get(supportCaseId) as string;
        if (existing.some((task) => sameId(task.WhatId, claCase.Id) && task.Subject === subject)) continue;
        tasks.push({
            attributes: { type: 'Task' },
            OwnerId: ownerByClaId.get(claCase.Id) as string,
            WhatId: claCase.Id,
            WhoId: (claCase.ContactId as string | null) ?? null,
            Subject: subject,
            Status: 'Not Started',
            Priority: 'Normal',
            ActivityDate: due
        });
    }
    if (tasks.length) org.db.insert(tasks, 'SYSTEM_MODE');
}
