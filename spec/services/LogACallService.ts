// LogACallService: the rules of Log a Call (procedures 000 and 002), mirroring the Apex class of
// the same name. getCallContext opens the component, searchContacts finds the people involved, and
// saveCall writes the call and every relation in one transaction, idempotently.
import type {
    LogACallAccount,
    LogACallCaseOption,
    LogACallContact,
    LogACallContextResponse,
    LogACallOpenTask,
    LogACallObjectType,
    LogACallRecordRef,
    LogACallRelationMode,
    NewInstallerContact,
    SaveCallRequest,
    SaveCallResponse,
    SearchContactsResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, sameId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { TASK_RELATION } from '../org/sharedActivities';
import type { SObjectInput, SObjectRecord } from '../org/values';
import {
    selectAccounts,
    selectCaseForCall,
    selectContacts,
    selectCustomersFound,
    selectOpenCallTasks,
    selectOpenCasesOfAccount,
    selectTask
} from '../selectors/LogACallSelector';
import { additionalDispositions, dispositionsValue } from './AdditionalDispositions';
import { asInstallerContact } from './InstallerContactRecordType';
import { assignToRunningUser, isPhoneSystemTask, offeredTask, phoneSystemRule } from './PhoneSystemTasks';
import { previousResponse, requestRecord, responseStoredMeanwhile } from './CaseActionRequests';
import { requestFingerprint } from './RequestFingerprint';
import { contactSearchTerm, MAX_LENGTH, MIN_LENGTH } from './ContactSearchTerm';
import { CLA_RECORD_TYPE } from './CallWizardService';
import { isCalendarDate } from './PlaybookDates';
import { isBlank, strip } from './PlaybookText';
import { insertContact, requireNoLikelyDuplicate } from './ReplacementContactService';
import { countCall as countClaCallAttempt } from './ClaCallAttempts';
import { quoted } from './CallInput';

export const SAVE_ACTION = 'LogACall.saveCall';
export const PLAIN_CALL_SUBJECT = 'Call';
export const STATUS_COMPLETED = 'Completed';
export const STATUS_OPEN = 'Not Started';
export const INSTALLER_ROLE = 'Installer';
export const MIN_SEARCH_LENGTH = MIN_LENGTH;
export const MAX_SEARCH_LENGTH = MAX_LENGTH;
export const MAX_SEARCH_RESULTS = 20;
/** Shared Activities relates at most 50 contacts to a task; the same cap applies to linked copies. */
export const MAX_CONTACTS = 50;
export const MAX_KEY_LENGTH = 64;
/** Open cases offered as "RELATES TO" on an account or contact page; an account has a handful. */
export const MAX_CASES_SHOWN = 20;
/** Open call tasks read on the record to find the agent's own or the phone system's. */
export const OPEN_TASKS_READ = 20;
const MODES = ['LOG_COMPLETED', 'OPEN_TASK'];
const CALL_TYPES = ['Inbound', 'Outbound'];
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Between the phone system's notes and the agent's comments on a completed phone task. */
const DESCRIPTION_SEPARATOR = '\n\n';

/** Shared Activities is on when the org has the TaskRelation object (Apex: Type.forName('Schema.TaskRelation')). */
export function relationModeOf(org: InMemoryOrg): LogACallRelationMode {
    return org.schema.findObject(TASK_RELATION) ? 'SHARED_ACTIVITIES' : 'LINKED_COPIES';
}

// ---- opening the component -------------------------------------------------------------------

export function getCallContext(org: InMemoryOrg, request: { recordId?: unknown } | null | undefined): LogACallContextResponse {
    requireCallAccess(org);
    if (!request) throw new PlaybookError('INVALID_INPUT', 'Open Log a Call from a case, an account or a contact.');
    const recordId = requireId(request.recordId, 'the record the call is about');
    const objectType = requireObject(org, recordId, ['Case', 'Account', 'Contact'], 'A call is logged on a case, an account or a contact.');
    const settings = org.settings();
    let caseRecord: SObjectRecord | undefined;
    let account: { id: string | null; name: string | null; role: string | null } = { id: null, name: null, role: null };
    let contact: LogACallContact | null = null;
    if (objectType === 'Case') {
        caseRecord = selectCaseForCall(org, recordId);
        if (!caseRecord) throw notFound('case');
        account = { id: idOrNull(caseRecord.AccountId), name: textAt(caseRecord, 'Account', 'Name'), role: textAt(caseRecord, 'Account', 'Customer_Role__c') };
        contact = caseRecord.ContactId ? contactOf(caseRecord.Contact as SObjectRecord) : null;
    } else if (objectType === 'Account') {
        const record = selectAccounts(org, [recordId])[0];
        if (!record) throw notFound('account');
        account = { id: record.Id, name: String(record.Name), role: typeof record.Customer_Role__c === 'string' ? record.Customer_Role__c : null };
    } else {
        const record = selectContacts(org, [recordId])[0];
        if (!record) throw notFound('contact');
        contact = contactOf(record);
        account = { id: contact.accountId, name: contact.accountName, role: contact.customerRole };
    }
    const isCla = textAt(caseRecord, 'RecordType', 'DeveloperName') === CLA_RECORD_TYPE;
    const openTask = offeredCallTask(org, selectOpenCallTasks(org, objectType === 'Contact' ? 'WhoId' : 'WhatId', recordId, OPEN_TASKS_READ));
    const caseRows = !caseRecord && account.id ? selectOpenCasesOfAccount(org, account.id, MAX_CASES_SHOWN + 1) : [];
    const installer = caseRecord?.Installer_Contact__r as SObjectRecord | null | undefined;
    return {
        recordId,
        objectType,
        caseId: caseRecord ? caseRecord.Id : null,
        caseNumber: caseRecord ? String(caseRecord.CaseNumber) : null,
        accountId: account.id,
        accountName: account.name,
        accountRole: account.role,
        contact,
        isCla,
        defaultSubject: (isCla ? settings.claCallSubject : null) ?? PLAIN_CALL_SUBJECT,
        commentsPrefix: (isCla ? settings.callNotesPrefix : null) ?? '',
        relationMode: relationModeOf(org),
        openCallTask: openTask,
        installerContact: installer ? contactOf(installer) : null,
        customerCases: caseRows.slice(0, MAX_CASES_SHOWN).map(caseOption),
        moreCases: caseRows.length > MAX_CASES_SHOWN,
        additionalDispositions: additionalDispositions(org),
        subjectMaxLength: org.schema.field('Task', 'Subject').length as number,
        commentsMaxLength: org.schema.field('Task', 'Description').length as number
    };
}

/**
 * The open call task the call completes: the agent's own (newest first), else the phone system's, which the save
 * assigns to the agent first (procedure 002: "Open the task, Click the 'Assign to me' button, Click 'Finish'").
 */
function offeredCallTask(org: InMemoryOrg, tasks: readonly SObjectRecord[]): LogACallOpenTask | null {
    const offer = offeredTask(org, tasks);
    if (!offer) return null;
    return {
        taskId: offer.task.Id,
        subject: String(offer.task.Subject ?? ''),
        contactId: idOrNull(offer.task.WhoId),
        contactName: textAt(offer.task, 'Who', 'Name'),
        ownedByMe: offer.ownedByMe,
        ownerName: textAt(offer.task, 'Owner', 'Name')
    };
}

function caseOption(record: SObjectRecord): LogACallCaseOption {
    return {
        caseId: record.Id,
        caseNumber: String(record.CaseNumber),
        subject: typeof record.Subject === 'string' ? record.Subject : null,
        status: typeof record.Status === 'string' ? record.Status : null
    };
}

// ---- finding contacts --------------------------------------------------------------------------

/**
 * Contacts whose name, account name or phone number has words starting with the words of the term, and accounts
 * whose name or phone does (procedure 002: "Navigate to the account associated with the customer by searching for
 * the Org in the global search bar": an installer organisation without contacts is found too), each by name.
 */
export function searchContacts(org: InMemoryOrg, request: { term?: unknown } | null | undefined): SearchContactsResponse {
    const search = contactSearchTerm(request?.term);
    const group = search.isPhone ? 'PHONE FIELDS' : 'NAME FIELDS';
    const found = selectCustomersFound(org, search.searchQuery, group, MAX_SEARCH_RESULTS);
    return { contacts: found.contacts.map(contactOf), accounts: found.accounts.map(accountOf) };
}

// ---- the save ------------------------------------------------------------------------------------

interface CheckedSave {
    key: string;
    mode: 'LOG_COMPLETED' | 'OPEN_TASK';
    subject: string;
    comments: string | null;
    callType: string;
    outcome: string | null;
    reminderAt: string | null;
    dueDate: string | null;
    existingTaskId: string | null;
    caseId: string | null;
    accountIds: string[];
    contactIds: string[];
    installer: NewInstallerContact | null;
    /** The raw Additional Dispositions of the request, checked against the org's field once it is read. */
    dispositions: unknown;
}

/**
 * Procedure 000, "To Log a Call Under Activity History" / "To Log a Call Under Open Activities",
 * and procedure 002: related to the account at minimum, to the case when there is one, and to
 * every customer involved. One transaction; a repeated request key returns the first response.
 */
export function saveCall(org: InMemoryOrg, request: Partial<SaveCallRequest> | null | undefined): SaveCallResponse {
    requireCallAccess(org);
    if (!request) throw new PlaybookError('INVALID_INPUT', 'Fill in the call before saving.');
    const key = requireKey(request.requestKey);
    const requestHash = requestFingerprint(request);
    const previous = previousResponse<SaveCallResponse>(org, key, SAVE_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };
    const recordId = requireId(request.recordId, 'the record the call is about');
    requireObject(org, recordId, ['Case', 'Account', 'Contact'], 'A call is logged on a case, an account or a contact.');
    const save = checkSave(org, key, request);

    const accounts = selectAccounts(org, save.accountIds);
    if (accounts.length !== save.accountIds.length) throw notFound('account');
    const accountsById = new Map(accounts.map((account) => [account.Id, account]));
    if (save.installer && accountsById.get(to18(save.installer.accountId))?.Customer_Role__c !== INSTALLER_ROLE) {
        throw new PlaybookError('INVALID_INPUT', 'A new installer contact goes under an installer account. Choose the installer\'s account.');
    }
    // The same duplicate handling as the Call Wizard's new contact (before any write, so a refusal stores nothing).
    if (save.installer && save.installer.confirmedNotDuplicate !== true) {
        requireNoLikelyDuplicate(org, save.installer, to18(save.installer.accountId), 'this installer');
    }
    const contacts = save.contactIds.length ? selectContacts(org, save.contactIds) : [];
    if (contacts.length !== save.contactIds.length) throw notFound('contact');
    const contactsById = new Map(contacts.map((contact) => [contact.Id, contact]));
    for (const contact of contacts) {
        if (!save.accountIds.some((id) => sameId(id, contact.AccountId))) {
            throw new PlaybookError('INVALID_INPUT', `${String(contact.Name)} does not belong to any of the accounts the call is related to. Add their account or remove them.`);
        }
    }
    let caseRecord: SObjectRecord | undefined;
    if (save.caseId) {
        caseRecord = selectCaseForCall(org, save.caseId);
        if (!caseRecord) throw notFound('case');
        if (caseRecord.AccountId && !save.accountIds.some((id) => sameId(id, caseRecord?.AccountId))) {
            throw new PlaybookError('INVALID_INPUT', `Case ${String(caseRecord.CaseNumber)} belongs to another account. Relate the call to the case's account too.`);
        }
    }
    const completing = save.existingTaskId ? requireTaskToComplete(org, save.existingTaskId, recordId) : undefined;
    const existingTask = completing?.task;
    if (existingTask) checkCompletion(org, save, existingTask);
    const dispositions = dispositionsValue(additionalDispositions(org), save.dispositions);
    for (const accountId of save.accountIds.slice(1)) {
        const involved =
            contacts.some((contact) => sameId(contact.AccountId, accountId)) || sameId(save.installer?.accountId, accountId);
        if (!involved) {
            throw new PlaybookError('INVALID_INPUT', `Choose who took part in the call at ${String(accountsById.get(accountId)?.Name)}, or remove that account.`);
        }
    }

    const relationMode = relationModeOf(org);
    const savepoint = org.db.setSavepoint();
    try {
        let createdContactId: string | null = null;
        if (save.installer) {
            // The same duplicate handling as the Call Wizard's new contact: the org's duplicate rules apply unless the
            // agent confirmed that this is a different person. "Click on 'Installer Contact'": the org's record type.
            createdContactId = insertContact(
                org,
                asInstallerContact(org, {
                    attributes: { type: 'Contact' },
                    FirstName: save.installer.firstName,
                    LastName: save.installer.lastName,
                    Phone: save.installer.phone,
                    Email: save.installer.email,
                    AccountId: save.installer.accountId
                }),
                save.installer.confirmedNotDuplicate === true,
                'this installer'
            );
        }
        const people: { id: string; accountId: string; name: string }[] = [
            ...save.contactIds.map((id) => {
                const contact = contactsById.get(id) as SObjectRecord;
                return { id, accountId: String(contact.AccountId), name: String(contact.Name) };
            }),
            ...(save.installer && createdContactId
                ? [{ id: createdContactId, accountId: to18(save.installer.accountId), name: fullName(save.installer) }]
                : [])
        ];
        const primary = people[0];
        const primaryWhatId = save.caseId ?? (save.accountIds[0] as string);
        const primaryWhatName = caseRecord ? `Case ${String(caseRecord.CaseNumber)}` : String(accountsById.get(primaryWhatId)?.Name);
        const status = save.mode === 'LOG_COMPLETED' ? STATUS_COMPLETED : STATUS_OPEN;
        const callFields: SObjectInput = {
            Subject: save.subject,
            Description: save.comments,
            Status: status,
            WhatId: primaryWhatId,
            WhoId: primary ? primary.id : null,
            CallType: save.callType,
            Call_Outcome__c: save.outcome,
            ActivityDate: save.mode === 'LOG_COMPLETED' ? org.today() : save.dueDate,
            IsReminderSet: save.reminderAt !== null,
            ReminderDateTime: save.reminderAt,
            ...(dispositions ? { [dispositions.field]: dispositions.value } : {})
        };
        const others = people.slice(1);
        const copies: SObjectInput[] =
            relationMode === 'LINKED_COPIES'
                ? others.map((person) => ({
                      ...newTask(org, callFields),
                      WhoId: person.id,
                      WhatId: sameId(person.accountId, save.accountIds[0]) ? primaryWhatId : person.accountId,
                      Description: copyDescription(primary?.name ?? null, primaryWhatName, save.comments)
                  }))
                : [];
        let taskIds: string[];
        if (existingTask) {
            // "Assign to me", then "Finish": the phone system's task becomes the agent's, who completes it in user mode.
            if (completing?.assignToMe) assignToRunningUser(org, existingTask.Id);
            const completion = completionOf(org, save, existingTask, primary?.id ?? null);
            org.db.update([dispositions ? { ...completion, [dispositions.field]: dispositions.value } : completion], 'USER_MODE');
            taskIds = [existingTask.Id, ...(copies.length ? org.db.insert(copies, 'USER_MODE') : [])];
        } else {
            taskIds = org.db.insert([newTask(org, callFields), ...copies], 'USER_MODE');
        }
        const taskId = taskIds[0] as string;
        countClaCallAttempt(org, caseRecord, status);
        if (relationMode === 'SHARED_ACTIVITIES' && others.length) {
            org.db.insert(
                others.map((person) => ({ attributes: { type: TASK_RELATION }, TaskId: taskId, RelationId: person.id, IsWhat: false })),
                'USER_MODE'
            );
        }
        const appearsOn: LogACallRecordRef[] = [
            ...(caseRecord ? [{ recordId: caseRecord.Id, objectType: 'Case' as const, name: `Case ${String(caseRecord.CaseNumber)}` }] : []),
            ...save.accountIds.map((id) => ({ recordId: id, objectType: 'Account' as const, name: String(accountsById.get(id)?.Name) })),
            ...people.map((person) => ({ recordId: person.id, objectType: 'Contact' as const, name: person.name }))
        ];
        const response: SaveCallResponse = {
            taskId,
            taskIds,
            status,
            relationMode,
            completedExistingTask: save.existingTaskId !== null,
            assignedToMe: completing?.assignToMe === true,
            createdContactId,
            appearsOn,
            replayed: false
        };
        org.db.insert(requestRecord(key, SAVE_ACTION, taskId, response, requestHash), 'USER_MODE');
        return response;
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<SaveCallResponse>(org, error, key, SAVE_ACTION, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
}

/**
 * The phone system wrote the task's call type and notes: its call type is kept (and given to the
 * linked copies), and the agent's comments are added below its notes, which must fit the field together.
 */
function checkCompletion(org: InMemoryOrg, save: CheckedSave, existingTask: SObjectRecord): void {
    if (typeof existingTask.CallType === 'string' && existingTask.CallType) save.callType = existingTask.CallType;
    const notes = typeof existingTask.Description === 'string' ? existingTask.Description : '';
    if (save.comments === null || isBlank(notes)) return;
    const commentsLength = org.schema.field('Task', 'Description').length as number;
    const room = commentsLength - notes.length - DESCRIPTION_SEPARATOR.length;
    if (save.comments.length > room) {
        throw new PlaybookError(
            'INVALID_INPUT',
            `The phone system's notes on this task and your comments together are longer than ${commentsLength} characters. Shorten your comments to ${Math.max(room, 0)} characters or fewer.`
        );
    }
}

/**
 * Completing the phone system's task writes only what the agent set, so what the phone system recorded
 * stays: the status, subject and relations, the outcome when chosen, the comments added below its notes,
 * and the call type and date only where the task has none. Its reminder is left as it is.
 */
function completionOf(org: InMemoryOrg, save: CheckedSave, existingTask: SObjectRecord, whoId: string | null): SObjectInput {
    const notes = typeof existingTask.Description === 'string' ? existingTask.Description : '';
    return {
        Id: existingTask.Id,
        Subject: save.subject,
        Status: STATUS_COMPLETED,
        WhatId: save.caseId ?? (save.accountIds[0] as string),
        ...(whoId ? { WhoId: whoId } : {}),
        ...(save.outcome !== null ? { Call_Outcome__c: save.outcome } : {}),
        ...(save.comments !== null ? { Description: isBlank(notes) ? save.comments : `${notes}${DESCRIPTION_SEPARATOR}${save.comments}` } : {}),
        ...(existingTask.CallType ? {} : { CallType: save.callType }),
        ...(existingTask.ActivityDate ? {} : { ActivityDate: org.today() })
    };
}

function newTask(org: InMemoryOrg, callFields: SObjectInput): SObjectInput {
    return { attributes: { type: 'Task' }, ...callFields, TaskSubtype: 'Call', OwnerId: org.runningUserId(), Priority: 'Normal' };
}

/** The note at the top of a linked copy, then the comments, within the Description's length. */
export function copyDescription(primaryContactName: string | null, primaryWhatName: string, comments: string | null): string {
    const withWhom = primaryContactName ? ` with ${primaryContactName}` : '';
    const note = `Linked copy of the interaction logged on ${primaryWhatName}${withWhom}.`;
    return (comments ? `${note}\n\n${comments}` : note).slice(0, 32000);
}

function checkSave(org: InMemoryOrg, key: string, request: Partial<SaveCallRequest>): CheckedSave {
    const mode = request.mode;
    if (typeof mode !== 'string' || !MODES.includes(mode)) {
        throw new PlaybookError('INVALID_INPUT', 'Choose whether to log a completed call or create an open task.');
    }
    const subjectLength = org.schema.field('Task', 'Subject').length as number;
    const commentsLength = org.schema.field('Task', 'Description').length as number;
    const subject = typeof request.subject === 'string' ? strip(request.subject) : '';
    if (!subject) throw new PlaybookError('INVALID_INPUT', 'Enter a subject for the call.');
    if (subject.length > subjectLength) throw new PlaybookError('INVALID_INPUT', `Shorten the subject to ${subjectLength} characters or fewer.`);
    const comments = typeof request.comments === 'string' && !isBlank(request.comments) ? request.comments : null;
    if (comments && comments.length > commentsLength) {
        throw new PlaybookError('INVALID_INPUT', `Shorten the comments to ${commentsLength} characters or fewer.`);
    }
    if (typeof request.callType !== 'string' || !CALL_TYPES.includes(request.callType)) {
        throw new PlaybookError('INVALID_INPUT', 'Choose whether the call was inbound or outbound.');
    }
    const outcomes = org.schema.field('Task', 'Call_Outcome__c').picklistValues ?? [];
    const outcome = request.outcome ?? null;
    if (outcome !== null && !outcomes.includes(outcome)) {
        throw new PlaybookError('INVALID_INPUT', `${quoted(outcome)} is not a call outcome. Choose one of: ${outcomes.join(', ')}.`);
    }
    const reminderAt = request.reminderAt ?? null;
    if (reminderAt !== null) {
        if (mode !== 'OPEN_TASK') throw new PlaybookError('INVALID_INPUT', 'A reminder is set on an open task, not on a completed call.');
        if (typeof reminderAt !== 'string' || !DATE_TIME.test(reminderAt) || !isCalendarDate(reminderAt)) {
            throw new PlaybookError('INVALID_INPUT', 'The reminder is not a date and time of the calendar; choose it again.');
        }
        if (Date.parse(reminderAt) <= org.clock.now().getTime()) {
            throw new PlaybookError('INVALID_INPUT', 'Set the reminder to a time in the future.');
        }
    }
    const dueDate = request.dueDate ?? null;
    if (dueDate !== null) {
        if (mode !== 'OPEN_TASK') throw new PlaybookError('INVALID_INPUT', 'A due date is set on an open task; a logged call is dated today.');
        if (typeof dueDate !== 'string' || !DATE_ONLY.test(dueDate) || !isCalendarDate(dueDate)) {
            throw new PlaybookError('INVALID_INPUT', 'The due date is not a day of the calendar (year-month-day); choose it again.');
        }
    }
    let existingTaskId: string | null = null;
    if (request.existingTaskId !== null && request.existingTaskId !== undefined) {
        existingTaskId = requireId(request.existingTaskId, 'the task to complete');
        requireObject(org, existingTaskId, ['Task'], 'Only a task can be completed as the logged call.');
        if (mode !== 'LOG_COMPLETED') throw new PlaybookError('INVALID_INPUT', 'The phone system\'s task is completed by logging the call, not by a new open task.');
    }
    let caseId: string | null = null;
    if (request.caseId !== null && request.caseId !== undefined) {
        caseId = requireId(request.caseId, 'the case');
        requireObject(org, caseId, ['Case'], 'The case of the call is not a case.');
    }
    const accountIds = uniqueIds(org, request.accountIds, 'Account', 'Every related account must be an account.');
    if (!accountIds.length) throw new PlaybookError('INVALID_INPUT', 'Relate the call to at least one account.');
    const contactIds = uniqueIds(org, request.contactIds, 'Contact', 'Every related contact must be a contact.');
    const installer = checkInstaller(org, request.newInstallerContact ?? null, accountIds);
    if (contactIds.length + (installer ? 1 : 0) > MAX_CONTACTS) {
        throw new PlaybookError('INVALID_INPUT', `Relate the call to ${MAX_CONTACTS} contacts or fewer.`);
    }
    return {
        key,
        mode: mode as CheckedSave['mode'],
        subject,
        comments,
        callType: request.callType,
        outcome,
        reminderAt,
        dueDate,
        existingTaskId,
        caseId,
        accountIds,
        contactIds,
        installer,
        dispositions: request.additionalDispositions ?? null
    };
}

function checkInstaller(org: InMemoryOrg, installer: NewInstallerContact | null, accountIds: readonly string[]): NewInstallerContact | null {
    if (installer === null) return null;
    const lastName = trimmed(installer.lastName);
    if (!lastName) throw new PlaybookError('INVALID_INPUT', 'Enter the new installer contact\'s last name.');
    const checked: NewInstallerContact = {
        firstName: trimmed(installer.firstName),
        lastName,
        phone: trimmed(installer.phone),
        email: trimmed(installer.email),
        accountId: requireId(installer.accountId, 'the installer\'s account'),
        confirmedNotDuplicate: installer.confirmedNotDuplicate === true
    };
    for (const [name, label] of [['FirstName', 'first name'], ['LastName', 'last name'], ['Phone', 'phone'], ['Email', 'email']] as const) {
        const value = checked[(name.charAt(0).toLowerCase() + name.slice(1)) as 'firstName' | 'lastName' | 'phone' | 'email'];
        const length = org.schema.field('Contact', name).length as number;
        if (value && value.length > length) {
            throw new PlaybookError('INVALID_INPUT', `Shorten the installer contact's ${label} to ${length} characters or fewer.`);
        }
    }
    if (checked.email && !EMAIL.test(checked.email)) throw new PlaybookError('INVALID_INPUT', `${quoted(checked.email)} is not an email address.`);
    requireObject(org, checked.accountId, ['Account'], 'The installer\'s account must be an account.');
    if (!accountIds.some((id) => sameId(id, checked.accountId))) {
        throw new PlaybookError('INVALID_INPUT', 'Relate the call to the installer\'s account as well.');
    }
    return checked;
}

/**
 * The open call task to complete, read in user mode: the agent's own, or the phone system's on the record the call
 * is logged on (then the save assigns it to the agent first). Another user's task is never taken.
 */
function requireTaskToComplete(org: InMemoryOrg, taskId: string, recordId: string): { task: SObjectRecord; assignToMe: boolean } {
    const task = selectTask(org, taskId);
    if (!task) throw notFound('task');
    if (task.IsClosed === true || task.TaskSubtype !== 'Call') {
        throw new PlaybookError('INVALID_INPUT', 'That task is not an open call task. Log a new call instead.');
    }
    const me = org.runningUserId();
    if (sameId(task.OwnerId, me)) return { task, assignToMe: false };
    const onRecord = sameId(task.WhatId, recordId) || sameId(task.WhoId, recordId);
    if (!onRecord || !isPhoneSystemTask(phoneSystemRule(org), task, me)) {
        const owner = textAt(task, 'Owner', 'Name') ?? 'another user';
        throw new PlaybookError(
            'INVALID_INPUT',
            `That call task belongs to ${owner}, not to you or to the phone system on this record. Log a new call instead, or ask ${owner} to complete it.`
        );
    }
    return { task, assignToMe: true };
}

function requireCallAccess(org: InMemoryOrg): void {
    const task = org.describe('Task');
    const missing: string[] = [];
    if (!task.isCreateable()) missing.push('create Tasks');
    if (!task.isUpdateable()) missing.push('edit Tasks');
    if (!task.field('Call_Outcome__c').isCreateable()) missing.push('edit Task.Call_Outcome__c');
    if (!org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot log calls (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function requireKey(value: unknown): string {
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', 'The save has no request key. Reload the page and try again.');
    const key = strip(value);
    if (key.length > MAX_KEY_LENGTH) {
        throw new PlaybookError('INVALID_INPUT', `The request key is longer than ${MAX_KEY_LENGTH} characters. Reload the page and try again.`);
    }
    return key;
}

function requireId(value: unknown, what: string): string {
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', `Choose ${what}.`);
    if (!isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    return to18(strip(value));
}

function requireObject(org: InMemoryOrg, id: string, allowed: readonly string[], message: string): LogACallObjectType {
    const name = org.schema.objectForId(id)?.name;
    if (!name || !allowed.includes(name)) throw new PlaybookError('WRONG_OBJECT', message);
    return name as LogACallObjectType;
}

function uniqueIds(org: InMemoryOrg, values: unknown, objectName: string, message: string): string[] {
    if (values === null || values === undefined) return [];
    if (!Array.isArray(values)) throw new PlaybookError('INVALID_INPUT', message);
    const ids: string[] = [];
    for (const value of values) {
        const id = requireId(value, `the related ${objectName.toLowerCase()}`);
        requireObject(org, id, [objectName], message);
        if (!ids.includes(id)) ids.push(id);
    }
    return ids;
}

function notFound(what: string): PlaybookError {
    return new PlaybookError('NOT_FOUND', `The ${what} does not exist or you cannot see it.`);
}

function contactOf(record: SObjectRecord): LogACallContact {
    return {
        contactId: record.Id,
        name: String(record.Name),
        phone: typeof record.Phone === 'string' ? record.Phone : null,
        accountId: idOrNull(record.AccountId),
        accountName: textAt(record, 'Account', 'Name'),
        customerRole: textAt(record, 'Account', 'Customer_Role__c')
    };
}

function accountOf(record: SObjectRecord): LogACallAccount {
    return { accountId: record.Id, name: String(record.Name), customerRole: typeof record.Customer_Role__c === 'string' ? record.Customer_Role__c : null };
}

function textAt(record: SObjectRecord | undefined, relationship: string, field: string): string | null {
    const related = record?.[relationship] as SObjectRecord | null | undefined;
    const value = related?.[field];
    return typeof value === 'string' ? value : null;
}

function idOrNull(value: unknown): string | null {
    return typeof value === 'string' && value ? value : null;
}

function trimmed(value: unknown): string | null {
    return typeof value === 'string' && !isBlank(value) ? strip(value) : null;
}

function fullName(installer: NewInstallerContact): string {
    return [installer.firstName, installer.lastName].filter(Boolean).join(' ');
}
