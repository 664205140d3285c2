// CaseInteraction: the interaction a new case comes out of, related to that case (procedure 002: "When the
// interaction is related to a specific case or a case is generated from an interaction, the interaction should be
// related to the case"), mirroring the Apex class of the same name. New Case offers the open call task on the
// account or contact it starts from (the agent's own, or the phone system's, which is assigned to the agent first,
// as in Log a Call) and, in the case's transaction, relates it to the new case.
import type { NewCaseInteraction } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { selectOpenCallTasks, selectTask } from '../selectors/LogACallSelector';
import { assignToRunningUser, isPhoneSystemTask, offeredTask, phoneSystemRule } from './PhoneSystemTasks';
import { isBlank, strip } from './PlaybookText';

/** Open call tasks read on the record to find the interaction. */
export const OPEN_TASKS_READ = 20;

export interface CheckedInteraction {
    taskId: string;
    assignToMe: boolean;
}

/** The open call task on the account (WhatId) or contact (WhoId): the agent's own first, else the phone system's. */
export function offeredInteraction(org: InMemoryOrg, relationField: 'WhatId' | 'WhoId', recordId: string): NewCaseInteraction | null {
    const tasks = selectOpenCallTasks(org, relationField, recordId, OPEN_TASKS_READ);
    const offer = offeredTask(org, tasks);
    if (!offer) return null;
    return {
        taskId: offer.task.Id,
        subject: String(offer.task.Subject ?? ''),
        contactName: nameOf(offer.task.Who),
        ownedByMe: offer.ownedByMe
    };
}

/**
 * The interaction to relate, checked before any write: an open call task of the agent or of the phone system, on the
 * case's account or with one of its people.
 */
export function checkInteraction(org: InMemoryOrg, value: unknown, accountId: string, contactIds: readonly (string | null)[]): CheckedInteraction | null {
    if (isBlank(value)) return null;
    if (typeof value !== 'string' || !isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', 'The interaction is not a record id. Reload the page and try again.');
    const taskId = to18(strip(value));
    if (org.schema.objectForId(taskId)?.name !== 'Task') throw new PlaybookError('WRONG_OBJECT', 'Only a call task is related to the new case as its interaction.');
    const task = selectTask(org, taskId);
    if (!task) throw new PlaybookError('NOT_FOUND', 'The interaction does not exist or you cannot see it.');
    if (task.IsClosed === true || task.TaskSubtype !== 'Call') {
        throw new PlaybookError('INVALID_INPUT', 'The interaction is not an open call task any more. Reload the page and try again.');
    }
    const belongs = sameId(task.WhatId, accountId) || contactIds.some((contactId) => contactId !== null && sameId(task.WhoId, contactId));
    if (!belongs) {
        throw new PlaybookError('INVALID_INPUT', "The interaction is about another customer. Leave it out, or relate it from that customer's page.");
    }
    const me = org.runningUserId();
    if (sameId(task.OwnerId, me)) return { taskId, assignToMe: false };
    if (!isPhoneSystemTask(phoneSystemRule(org), task, me)) {
        throw new PlaybookError('INVALID_INPUT', `The interaction belongs to ${nameOf(task.Owner) ?? 'another user'}. Leave it out, or ask them to relate it.`);
    }
    return { taskId, assignToMe: true };
}

/** Inside the case's transaction: "Assign to me" when it is the phone system's, then the task is related to the case. */
export function relateToCase(org: InMemoryOrg, interaction: CheckedInteraction, caseId: string): void {
    if (interaction.assignToMe) assignToRunningUser(org, interaction.taskId);
    org.db.update([{ attributes: { type: 'Task' }, Id: interaction.taskId, WhatId: caseId }], 'USER_MODE');
}

function nameOf(related: unknown): string | null {
    const name = (related as SObjectRecord | null | undefined)?.Name;
    return typeof name === 'string' ? name : null;
}
