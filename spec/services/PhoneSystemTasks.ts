// PhoneSystemTasks: which open call tasks the phone system created, and assigning one to the agent, mirroring
// the Apex class of the same name. Procedure 002, step 3: "Once the Task is created in the system, you Must do
// the following: Open the task, Click the 'Assign to me' button, Click 'Finish'". Log a Call offers the phone
// system's open call task on the record and completes it instead of logging a second task.
//
// Which tasks are the phone system's comes from the settings: those owned by the integration user named in
// Phone_System_Username__c, or (Phone_Tasks_By_Call_Object__c) those with a filled Call Object Identifier that
// are still owned by the user who created them. Activity sharing is Private in a new org (only a task's owner
// edits it), so the assignment is a narrow system-mode step of its own, taken only after the user-mode checks.
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { sameId } from '../org/ids';
import type { SObjectRecord } from '../org/values';
import { isBlank } from './PlaybookText';
import { selectActiveUserByUsername } from '../selectors/UserSelector';

export interface PhoneSystemRule {
    /** The active integration user named in the settings, or null. */
    userId: string | null;
    byCallObject: boolean;
}

/** The settings' rule; costs one query when a username is set. */
export function phoneSystemRule(org: InMemoryOrg): PhoneSystemRule {
    const settings = org.settings();
    const username = settings.phoneSystemUsername;
    const user = username ? selectActiveUserByUsername(org, username) : undefined;
    return { userId: user ? user.Id : null, byCallObject: settings.phoneTasksByCallObject };
}

/** A task (with OwnerId, CreatedById and CallObject read) the phone system created and still owns; never the agent's own. */
export function isPhoneSystemTask(rule: PhoneSystemRule, task: SObjectRecord, runningUserId: string): boolean {
    if (sameId(task.OwnerId, runningUserId)) return false;
    if (rule.userId && sameId(task.OwnerId, rule.userId)) return true;
    return rule.byCallObject && !isBlank(task.CallObject) && sameId(task.OwnerId, task.CreatedById);
}

export interface OfferedTask {
    task: SObjectRecord;
    ownedByMe: boolean;
}

/**
 * The open call task offered on a record, from its open call tasks as read: the agent's own first, else the phone
 * system's (which the save assigns to the agent first). The settings' rule is read only when none is the agent's own.
 */
export function offeredTask(org: InMemoryOrg, tasks: readonly SObjectRecord[]): OfferedTask | null {
    const me = org.runningUserId();
    const mine = tasks.find((task) => sameId(task.OwnerId, me));
    if (mine) return { task: mine, ownedByMe: true };
    if (!tasks.length) return null;
    const rule = phoneSystemRule(org);
    const phoneSystems = tasks.find((task) => isPhoneSystemTask(rule, task, me));
    return phoneSystems ? { task: phoneSystems, ownedByMe: false } : null;
}

/**
 * "Assign to me": the task's owner becomes the running user. Plain system mode, as the Apex twin's `without sharing`
 * step (PhoneSystemTasks.Assignment, with its SECURITY reason): only OwnerId is written, only on a task the agent read
 * in user mode and that the phone system owns; the agent then completes it in user mode as its new owner.
 */
export function assignToRunningUser(org: InMemoryOrg, taskId: string): void {
    org.db.update([{ attributes: { type: 'Task' }, Id: taskId, OwnerId: org.runningUserId() }], 'SYSTEM_MODE');
}
