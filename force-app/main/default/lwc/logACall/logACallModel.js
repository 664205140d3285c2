export const MIN_SEARCH_LENGTH = 2;
export const SEARCH_DELAY_MS = 300;
export const INSTALLER_ROLE = 'Installer';
export const OUTCOMES = ['Reached', 'No Answer', 'Left Message', 'No Longer There'];
export const CALL_TYPES = ['Inbound', 'Outbound'];
/** Contact field lengths, as the server checks them. */
export const INSTALLER_LIMITS = { firstName: 40, lastName: 80, phone: 40, email: 80 };
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const SEARCH_WILDCARDS = /[%_\\]/g;
/** Procedure 000: subject and "called to collect CSS" on CLA cases; the record's contact; assigned to me. */
export function initialDraft(context) {
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
        installer: null
    };
}
/** A draft with one change; drafts are never mutated. */
export function withChange(draft, field, value) {
    const next = { ...draft, [field]: value };
    if (field === 'mode' && value === 'OPEN_TASK')
        next.completeOpenTask = false;
    if (field === 'mode' && value === 'LOG_COMPLETED') {
        next.dueDate = '';
        next.reminderAt = '';
    }
    return next;
}
export function addContact(draft, contact) {
    if (draft.contacts.some((chosen) => chosen.contactId === contact.contactId))
        return draft;
    return { ...draft, contacts: [...draft.contacts, contact] };
}
export function removeContact(draft, contactId) {
    return { ...draft, contacts: draft.contacts.filter((chosen) => chosen.contactId !== contactId) };
}
export function startInstaller(draft, accountId) {
    return { ...draft, installer: { firstName: '', lastName: '', phone: '', email: '', accountId, confirmedNotDuplicate: false } };
}
export function withInstallerChange(draft, field, value) {
    if (!draft.installer)
        return draft;
    const changed = draft.installer[field] !== value;
    return { ...draft, installer: { ...draft.installer, [field]: value, confirmedNotDuplicate: draft.installer.confirmedNotDuplicate && !changed } };
}
/** The agent's answer to "This is not a duplicate" after the server found a possible match. */
export function withInstallerConfirmation(draft, confirmed) {
    return draft.installer ? { ...draft, installer: { ...draft.installer, confirmedNotDuplicate: confirmed } } : draft;
}
/** The text the search sends, or null while it is too short to search. */
export function searchTerm(typed) {
    const term = typed.replace(SEARCH_WILDCARDS, '').trim();
    return term.length >= MIN_SEARCH_LENGTH ? term : null;
}
/** Installer accounts seen in search results and chosen contacts: where a new installer contact can go. */
export function installerAccounts(results, draft) {
    const accounts = [];
    for (const contact of [...draft.contacts, ...results]) {
        if (contact.customerRole !== INSTALLER_ROLE || !contact.accountId)
            continue;
        if (!accounts.some((account) => account.accountId === contact.accountId)) {
            accounts.push({ accountId: contact.accountId, name: contact.accountName ?? contact.accountId });
        }
    }
    return accounts;
}
/** Procedure 002: the record's account first, then every other customer's account through its contact. */
export function relatedAccounts(context, draft, installerAccountName) {
    const accounts = [];
    const add = (accountId, name) => {
        if (accountId && !accounts.some((account) => account.accountId === accountId)) {
            accounts.push({ accountId, name: name ?? accountId });
        }
    };
    add(context.accountId, context.accountName);
    for (const contact of draft.contacts)
        add(contact.accountId, contact.accountName);
    if (draft.installer)
        add(draft.installer.accountId, installerAccountName);
    return accounts;
}
/** Where the call will appear, in the order the server reports it: the case, the accounts, the people. */
export function appearsOn(context, draft, installerAccountName) {
    const refs = [];
    if (context.caseId)
        refs.push({ recordId: context.caseId, objectType: 'Case', name: `Case ${context.caseNumber ?? ''}`.trim() });
    for (const account of relatedAccounts(context, draft, installerAccountName)) {
        refs.push({ recordId: account.accountId, objectType: 'Account', name: account.name });
    }
    for (const contact of draft.contacts)
        refs.push({ recordId: contact.contactId, objectType: 'Contact', name: contact.name });
    const newName = draft.installer ? [draft.installer.firstName.trim(), draft.installer.lastName.trim()].filter(Boolean).join(' ') : '';
    if (newName)
        refs.push({ recordId: '', objectType: 'Contact', name: `${newName} (new)` });
    return refs;
}
const KIND_LABELS = {
    Account: ['account', 'accounts'],
    Contact: ['contact', 'contacts']
};
/**
 * The records grouped by kind ("Case 00001002; accounts Rivera Household, Brightpath; contacts
 * Maria Rivera, Devon Brooks"), so a household account named after the homeowner is not mistaken
 * for the homeowner listed twice.
 */
export function appearsOnText(refs) {
    const cases = refs.filter((ref) => ref.objectType === 'Case').map((ref) => ref.name);
    const groups = Object.entries(KIND_LABELS).flatMap(([objectType, [singular, plural]]) => {
        const names = refs.filter((ref) => ref.objectType === objectType).map((ref) => ref.name);
        return names.length ? [`${names.length === 1 ? singular : plural} ${names.join(', ')}`] : [];
    });
    return [...cases, ...groups].join('; ');
}
/** What the agent must fix before saving; empty when the draft can be saved. */
export function validate(context, draft, now) {
    const errors = {};
    const subject = draft.subject.trim();
    if (!subject)
        errors.subject = 'Enter a subject.';
    else if (subject.length > context.subjectMaxLength)
        errors.subject = `Use ${context.subjectMaxLength} characters or fewer.`;
    if (draft.comments.length > context.commentsMaxLength)
        errors.comments = `Use ${context.commentsMaxLength} characters or fewer.`;
    if (draft.mode === 'OPEN_TASK' && draft.reminderAt) {
        const reminder = Date.parse(draft.reminderAt);
        if (Number.isNaN(reminder) || reminder <= now.getTime())
            errors.reminderAt = 'Set the reminder to a time in the future.';
    }
    if (!context.accountId && !draft.contacts.some((contact) => contact.accountId)) {
        errors.relations = 'Relate the call to at least one account: choose a contact who belongs to one.';
    }
    if (draft.installer) {
        if (!draft.installer.lastName.trim())
            errors.installerLastName = 'Enter the last name.';
        const email = draft.installer.email.trim();
        if (email && !EMAIL.test(email))
            errors.installerEmail = 'Enter an email address like name@example.com.';
        if (!draft.installer.accountId)
            errors.installerAccount = 'Choose the installer account.';
    }
    return errors;
}
export function isValid(errors) {
    return Object.keys(errors).length === 0;
}
function blankToNull(value) {
    return value.trim() ? value.trim() : null;
}
function toInstaller(draft) {
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
export function buildSaveRequest(context, draft, requestKey) {
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
        caseId: context.caseId,
        accountIds: relatedAccounts(context, draft, null).map((account) => account.accountId)
    };
}
/** The toast after a save: what was done and where it shows. */
export function successMessage(response) {
    const title = response.status === 'Completed' ? (response.completedExistingTask ? 'Call completed' : 'Call logged') : 'Task created';
    return { title, message: `It appears on ${appearsOnText(response.appearsOn)}.` };
}
/** Records whose activity lists change with the save, for notifyRecordUpdateAvailable (Task has no UI API). */
export function changedRecordIds(response) {
    return [...new Set(response.appearsOn.map((ref) => ref.recordId).filter(Boolean))];
}
