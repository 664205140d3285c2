// The decisions of Log a Call, without DOM: the defaults a call starts with, which accounts and
// contacts it is related to, where it will appear, what is valid, and the one save request.
import type {
    CreateCustomerResponse,
    LogACallAccount,
    LogACallCallType,
    LogACallContact,
    LogACallContextResponse,
    LogACallMode,
    LogACallOutcome,
    LogACallRecordRef,
    NewInstallerContact,
    SaveCallRequest,
    SaveCallResponse
} from 'c/playbookContracts';

export const MIN_SEARCH_LENGTH = 2;
export const SEARCH_DELAY_MS = 300;
export const INSTALLER_ROLE = 'Installer';
export const OUTCOMES: readonly LogACallOutcome[] = ['Reached', 'No Answer', 'Left Message', 'No Longer There'];
export const CALL_TYPES: readonly LogACallCallType[] = ['Inbound', 'Outbound'];
/** Contact field lengths, as the server checks them. */
export const INSTALLER_LIMITS = { firstName: 40, lastName: 80, phone: 40, email: 80 } as const;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SEARCH_WILDCARDS = /[%_\\]/g;

export interface InstallerDraft {
    firstName: string;
    lastName: string;
    phone: string;
    email: string;
    accountId: string;
    /** "This is not a duplicate", ticked after a DUPLICATE_CONTACT refusal; cleared when the person's details change. */
    confirmedNotDuplicate: boolean;
}

/** The installer fields that say who the person is: changing one of them withdraws the agent's confirmation. */
export type InstallerField = Exclude<keyof InstallerDraft, 'confirmedNotDuplicate'>;

export interface CallDraft {
    mode: LogACallMode;
    /** Complete the phone system's open call task instead of creating a task. */
    completeOpenTask: boolean;
    subject: string;
    comments: string;
    callType: LogACallCallType;
    outcome: LogACallOutcome | '';
    /** 'YYYY-MM-DD' or ''. */
    dueDate: string;
    /** ISO date-time or ''. */
    reminderAt: string;
    /** The people on the call, the primary one first. */
    contacts: LogACallContact[];
    installer: InstallerDraft | null;
    /** RELATES TO on an account or contact page: one of the customer's cases, or '' for the account. */
    caseId: string;
    /** Values of the phone system's Additional Dispositions field. */
    dispositions: string[];
}

export interface RelatedAccount {
    accountId: string;
    name: string;
}

export type DraftErrors = Partial<Record<'subject' | 'comments' | 'reminderAt' | 'relations' | 'installerLastName' | 'installerEmail' | 'installerAccount', string>>;

/** Procedure 000: subject and "called to collect CSS" on CLA cases; the record's contact; assigned to me. */
export function initialDraft(context: LogACallContextResponse): CallDraft {
    return {
        mode: 'LOG_COMPLETED',
        completeOpenTask: context.openCallTask !== null,
        subject: context.defaultSubject,
        comments: context.commentsPrefix ? `${context.commentsPrefix}. ` : '',
        // CLA calls are made by the agent; other interactions (procedure 002) come in through the phone system.
        callType: context.isCla ? 'Outbound' : 'Inbound',
        outcome: '',
        dueDate: '',
        reminderAt: '',
        contacts: context.contact ? [context.contact] : [],
        installer: null,
        caseId: '',
        dispositions: []
    };
}

/** A draft with one change; drafts are never mutated. */
export function withChange<K extends keyof CallDraft>(draft: CallDraft, field: K, value: CallDraft[K]): CallDraft {
    const next = { ...draft, [field]: value };
    if (field === 'mode' && value === 'OPEN_TASK') next.completeOpenTask = false;
    if (field === 'mode' && value === 'LOG_COMPLETED') {
        next.dueDate = '';
        next.reminderAt = '';
    }
    return next;
}

export function addContact(draft: CallDraft, contact: LogACallContact): CallDraft {
    if (draft.contacts.some((chosen) => chosen.contactId === contact.contactId)) return draft;
    return { ...draft, contacts: [...draft.contacts, contact] };
}

export function removeContact(draft: CallDraft, contactId: string): CallDraft {
    return { ...draft, contacts: draft.contacts.filter((chosen) => chosen.contactId !== contactId) };
}

export function startInstaller(draft: CallDraft, accountId: string): CallDraft {
    return { ...draft, installer: { firstName: '', lastName: '', phone: '', email: '', accountId, confirmedNotDuplicate: false } };
}

export function withInstallerChange(draft: CallDraft, field: InstallerField, value: string): CallDraft {
    if (!draft.installer) return draft;
    const changed = draft.installer[field] !== value;
    return { ...draft, installer: { ...draft.installer, [field]: value, confirmedNotDuplicate: draft.installer.confirmedNotDuplicate && !changed } };
}

/** The agent's answer to "This is not a duplicate" after the server found a possible match. */
export function withInstallerConfirmation(draft: CallDraft, confirmed: boolean): CallDraft {
    return draft.installer ? { ...draft, installer: { ...draft.installer, confirmedNotDuplicate: confirmed } } : draft;
}

/** The text the search sends, or null while it is too short to search. */
export function searchTerm(typed: string): string | null {
    const term = typed.replace(SEARCH_WILDCARDS, '').trim();
    return term.length >= MIN_SEARCH_LENGTH ? term : null;
}

/**
 * Installer accounts seen in search results (found by a contact or by their own name, so an organisation without
 * contacts too) and chosen contacts: where a new installer contact can go.
 */
export function installerAccounts(results: readonly LogACallContact[], draft: CallDraft, accountsFound: readonly LogACallAccount[] = []): RelatedAccount[] {
    const accounts: RelatedAccount[] = [];
    const add = (accountId: string | null, name: string | null, role: string | null) => {
        if (role !== INSTALLER_ROLE || !accountId || accounts.some((account) => account.accountId === accountId)) return;
        accounts.push({ accountId, name: name ?? accountId });
    };
    for (const contact of [...draft.contacts, ...results]) add(contact.accountId, contact.accountName, contact.customerRole);
    for (const account of accountsFound) add(account.accountId, account.name, account.customerRole);
    return accounts;
}

/** The case's installer contact, offered with one click while they are not on the call yet. */
export function suggestedInstaller(context: LogACallContextResponse, draft: CallDraft): LogACallContact | null {
    const installer = context.installerContact;
    if (!installer || draft.contacts.some((contact) => contact.contactId === installer.contactId)) return null;
    return installer;
}

/** RELATES TO on an account or contact page: the account, or one of the customer's open cases. */
export function relatesToOptions(context: LogACallContextResponse): { label: string; value: string }[] {
    if (context.caseId || !context.customerCases.length) return [];
    return [
        { label: `The account ${context.accountName ?? ''}`.trim(), value: '' },
        ...context.customerCases.map((option) => ({
            label: [`Case ${option.caseNumber}`, option.subject, option.status ? `(${option.status})` : null].filter(Boolean).join(' · '),
            value: option.caseId
        }))
    ];
}

/** The case the call is related to: the page's case, or the one chosen as RELATES TO. */
export function chosenCase(context: LogACallContextResponse, draft: CallDraft): { caseId: string; caseNumber: string } | null {
    if (context.caseId) return { caseId: context.caseId, caseNumber: context.caseNumber ?? '' };
    const option = context.customerCases.find((candidate) => candidate.caseId === draft.caseId);
    return option ? { caseId: option.caseId, caseNumber: option.caseNumber } : null;
}

/** "Complete the ... call task" or, for the phone system's, "Assign to me and finish ...". */
export function openTaskText(context: LogACallContextResponse): string {
    const task = context.openCallTask;
    if (!task) return '';
    return task.ownedByMe
        ? `Complete the phone system's call task "${task.subject}" instead of creating a new one`
        : `Assign to me and finish the phone system's call task "${task.subject}" instead of creating a new one`;
}

/** A customer created from Log a Call joins the people on the call. */
export function withCreatedCustomer(draft: CallDraft, customer: CreateCustomerResponse): CallDraft {
    return addContact(draft, {
        contactId: customer.contactId,
        name: customer.contactName,
        phone: null,
        accountId: customer.accountId,
        accountName: customer.accountName,
        customerRole: customer.customerRole
    });
}

/** Procedure 002: the record's account first, then every other customer's account through its contact. */
export function relatedAccounts(context: LogACallContextResponse, draft: CallDraft, installerAccountName: string | null): RelatedAccount[] {
    const accounts: RelatedAccount[] = [];
    const add = (accountId: string | null, name: string | null) => {
        if (accountId && !accounts.some((account) => account.accountId === accountId)) {
            accounts.push({ accountId, name: name ?? accountId });
        }
    };
    add(context.accountId, context.accountName);
    for (const contact of draft.contacts) add(contact.accountId, contact.accountName);
    if (draft.installer) add(draft.installer.accountId, installerAccountName);
    return accounts;
}

/** Where the call will appear, in the order the server reports it: the case, the accounts, the people. */
export function appearsOn(context: LogACallContextResponse, draft: CallDraft, installerAccountName: string | null): LogACallRecordRef[] {
    const refs: LogACallRecordRef[] = [];
    const relatedCase = chosenCase(context, draft);
    if (relatedCase) refs.push({ recordId: relatedCase.caseId, objectType: 'Case', name: `Case ${relatedCase.caseNumber}`.trim() });
    for (const account of relatedAccounts(context, draft, installerAccountName)) {
        refs.push({ recordId: account.accountId, objectType: 'Account', name: account.name });
    }
    for (const contact of draft.contacts) refs.push({ recordId: contact.contactId, objectType: 'Contact', name: contact.name });
    const newName = draft.installer ? [draft.installer.firstName.trim(), draft.installer.lastName.trim()].filter(Boolean).join(' ') : '';
    if (newName) refs.push({ recordId: '', objectType: 'Contact', name: `${newName} (new)` });
    return refs;
}

const KIND_LABELS: Record<string, [singular: string, plural: string]> = {
    Account: ['account', 'accounts'],
    Contact: ['contact', 'contacts']
};

/**
 * The records grouped by kind ("Case 00001002; accounts Rivera Household, Brightpath; contacts
 * Maria Rivera, Devon Brooks"), so a household account named after the homeowner is not mistaken
 * for the homeowner listed twice.
 */
export function appearsOnText(refs: readonly LogACallRecordRef[]): string {
    const cases = refs.filter((ref) => ref.objectType === 'Case').map((ref) => ref.name);
    const groups = Object.entries(KIND_LABELS).flatMap(([objectType, [singular, plural]]) => {
        const names = refs.filter((ref) => ref.objectType === objectType).map((ref) => ref.name);
        return names.length ? [`${names.length === 1 ? singular : plural} ${names.join(', ')}`] : [];
    });
    return [...cases, ...groups].join('; ');
}

/** What the agent must fix before saving; empty when the draft can be saved. */
export function validate(context: LogACallContextResponse, draft: CallDraft, now: Date): DraftErrors {
    const errors: DraftErrors = {};
    const subject = draft.subject.trim();
    if (!subject) errors.subject = 'Enter a subject.';
    else if (subject.length > context.subjectMaxLength) errors.subject = `Use ${context.subjectMaxLength} characters or fewer.`;
    if (draft.comments.length > context.commentsMaxLength) errors.comments = `Use ${context.commentsMaxLength} characters or fewer.`;
    if (draft.mode === 'OPEN_TASK' && draft.reminderAt) {
        const reminder = Date.parse(draft.reminderAt);
        if (Number.isNaN(reminder) || reminder <= now.getTime()) errors.reminderAt = 'Set the reminder to a time in the future.';
    }
    if (!context.accountId && !draft.contacts.some((contact) => contact.accountId)) {
        errors.relations = 'Relate the call to at least one account: choose a contact who belongs to one.';
    }
    if (draft.installer) {
        if (!draft.installer.lastName.trim()) errors.installerLastName = 'Enter the last name.';
        const email = draft.installer.email.trim();
        if (email && !EMAIL.test(email)) errors.installerEmail = 'Enter an email address like name@example.com.';
        if (!draft.installer.accountId) errors.installerAccount = 'Choose the installer account.';
    }
    return errors;
}

export function isValid(errors: DraftErrors): boolean {
    return Object.keys(errors).length === 0;
}

function blankToNull(value: string): string | null {
    return value.trim() ? value.trim() : null;
}

function toInstaller(draft: InstallerDraft): NewInstallerContact {
    return {
        firstName: blankToNull(draft.firstName),
        lastName: draft.lastName.trim(),
        phone: blankToNull(draft.phone),
        email: blankToNull(draft.email),
        accountId: draft.accountId,
        ...(draft.confirmedNotDuplicate ? { confirmedNotDuplicate: true } : {})
    };
}

/** The one save request the draft makes. */
export function buildSaveRequest(context: LogACallContextResponse, draft: CallDraft, requestKey: string): SaveCallRequest {
    const openTask = draft.mode === 'OPEN_TASK';
    return {
        requestKey,
        recordId: context.recordId,
        mode: draft.mode,
        existingTaskId: !openTask && draft.completeOpenTask && context.openCallTask ? context.openCallTask.taskId : null,
        subject: draft.subject.trim(),
        comments: draft.comments.trim() ? draft.comments : null,
        callType: draft.callType,
        outcome: draft.outcome || null,
        reminderAt: openTask && draft.reminderAt ? new Date(draft.reminderAt).toISOString() : null,
        dueDate: openTask && draft.dueDate ? draft.dueDate : null,
        contactIds: draft.contacts.map((contact) => contact.contactId),
        newInstallerContact: draft.installer ? toInstaller(draft.installer) : null,
        caseId: chosenCase(context, draft)?.caseId ?? null,
        accountIds: relatedAccounts(context, draft, null).map((account) => account.accountId),
        additionalDispositions: context.additionalDispositions && draft.dispositions.length ? [...draft.dispositions] : null
    };
}

/** The toast after a save: what was done and where it shows. */
export function successMessage(response: SaveCallResponse): { title: string; message: string } {
    const completed = response.assignedToMe ? 'Call assigned to you and completed' : 'Call completed';
    const title = response.status === 'Completed' ? (response.completedExistingTask ? completed : 'Call logged') : 'Task created';
    return { title, message: `It appears on ${appearsOnText(response.appearsOn)}.` };
}

/** Records whose activity lists change with the save, for notifyRecordUpdateAvailable (Task has no UI API). */
export function changedRecordIds(response: SaveCallResponse): string[] {
    return [...new Set(response.appearsOn.map((ref) => ref.recordId).filter(Boolean))];
}
