// SupportCaseCallback: procedure 000, "Once a Support Case Has Been Closed": "Eric will be sending
// them back to us to follow up on ... You can make these callbacks a week later". When a case that a
// CLA case names as its Related Support Case closes, whoever closes it, the CLA owner gets an open
// callback task due after the configured delay. System mode: the closing department may neither see
// nor own the CLA case. Idempotent: one callback per support case. Mirrors the Apex class.
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { addDays, type SObjectInput, type SObjectRecord } from '../org/values';
import { CLA_RECORD_TYPE } from '../selectors/ClaCaseSelector';

export const CALLBACK_SUBJECT_PREFIX = 'Callback: ';

export function callbackSubject(supportCaseNumber: string): string {
    return `${CALLBACK_SUBJECT_PREFIX}${supportCaseNumber} closed`;
}

function justClosedSupportCases(org: InMemoryOrg, newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): SObjectRecord[] {
    const claRecordTypeId = org.recordTypeId('Case', CLA_RECORD_TYPE);
    return newRecords.filter(
        (record) => record.IsClosed === true && oldRecords.get(record.Id)?.IsClosed === false && !sameId(record.RecordTypeId, claRecordTypeId)
    );
}

export function createCallbackTasks(org: InMemoryOrg, newRecords: readonly SObjectRecord[], oldRecords: ReadonlyMap<string, SObjectRecord>): void {
    const closed = justClosedSupportCases(org, newRecords, oldRecords);
    if (!closed.length) return;
    const claCases = org.db.query(
        {
            select: ['Id', 'OwnerId', 'ContactId', 'Related_Support_Case__c'],
            from: 'Case',
            where: [{ field: 'Related_Support_Case__c', operator: 'IN', value: closed.map((record) => record.Id) }],
            limit: 10000
        },
        'SYSTEM_MODE'
    );
    const ownedByUsers = claCases.filter((claCase) => org.schema.objectForId(String(claCase.OwnerId))?.name === 'User');
    if (!ownedByUsers.length) return;
    const subjects = new Map(closed.map((record) => [record.Id, callbackSubject(String(record.CaseNumber))]));
    const existing = org.db.query(
        {
            select: ['WhatId', 'Subject'],
            from: 'Task',
            where: [
                { field: 'WhatId', operator: 'IN', value: ownedByUsers.map((claCase) => claCase.Id) },
                { field: 'Subject', operator: 'IN', value: [...subjects.values()] }
            ],
            limit: 10000
        },
        'SYSTEM_MODE'
    );
    const due = addDays(org.today(), org.settings().callbackDelayDays);
    const tasks: SObjectInput[] = [];
    for (const claCase of ownedByUsers) {
        const supportCaseId = closed.find((record) => sameId(record.Id, claCase.Related_Support_Case__c))?.Id as string;
        const subject = subjects.get(supportCaseId) as string;
        if (existing.some((task) => sameId(task.WhatId, claCase.Id) && task.Subject === subject)) continue;
        tasks.push({
            attributes: { type: 'Task' },
            OwnerId: claCase.OwnerId as string,
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
