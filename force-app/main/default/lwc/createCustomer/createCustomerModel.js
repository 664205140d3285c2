/** Contact and account field lengths, as the server checks them. */
export const CUSTOMER_LIMITS = { firstName: 40, lastName: 80, title: 128, phone: 40, email: 80, accountName: 255 };
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** A name typed in the search becomes first and last name; digits become the phone. */
export function initialDraft(start) {
    const typed = (start.searchText ?? '').trim();
    const isPhone = typed !== '' && !/\p{L}/u.test(typed);
    const words = isPhone ? [] : typed.split(/\s+/).filter(Boolean);
    return {
        kind: start.kind ?? '',
        accountId: start.accountId ?? '',
        accountName: '',
        firstName: words.length > 1 ? words.slice(0, -1).join(' ') : '',
        lastName: words.length ? words[words.length - 1] : '',
        title: '',
        phone: isPhone ? typed : '',
        email: '',
        confirmedNotDuplicate: false
    };
}
/** A draft with one change; a change to who the customer is withdraws the agent's confirmation. */
export function withChange(draft, field, value) {
    const changed = draft[field] !== value;
    const next = { ...draft, [field]: value, confirmedNotDuplicate: draft.confirmedNotDuplicate && !changed };
    if (field === 'kind' && changed)
        next.accountId = '';
    return next;
}
export function withConfirmation(draft, confirmed) {
    return { ...draft, confirmedNotDuplicate: confirmed };
}
/** The household's name when none is typed: the person's name, as the team's households are named. */
export function householdName(draft) {
    return [draft.firstName.trim(), draft.lastName.trim()].filter(Boolean).join(' ');
}
/** What the agent must fix before saving; empty when the draft can be sent. */
export function validate(draft, accountFixed) {
    const errors = {};
    if (!draft.kind)
        errors.kind = 'Choose homeowner or installer.';
    if (!draft.lastName.trim())
        errors.lastName = 'Enter the last name.';
    if (draft.kind === 'INSTALLER' && !accountFixed && !draft.accountId && !draft.accountName.trim()) {
        errors.accountName = "Choose the installer's organisation, or enter its name.";
    }
    const email = draft.email.trim();
    if (email && !EMAIL.test(email))
        errors.email = 'Enter an email address like name@example.com.';
    return errors;
}
export function isValid(errors) {
    return Object.keys(errors).length === 0;
}
function blankToNull(value) {
    return value.trim() ? value.trim() : null;
}
/** The one save request the draft makes. */
export function buildRequest(draft, requestKey) {
    return {
        requestKey,
        kind: draft.kind,
        accountId: draft.accountId || null,
        accountName: draft.accountId ? null : blankToNull(draft.accountName),
        firstName: blankToNull(draft.firstName),
        lastName: draft.lastName.trim(),
        title: blankToNull(draft.title),
        phone: blankToNull(draft.phone),
        email: blankToNull(draft.email),
        ...(draft.confirmedNotDuplicate ? { confirmedNotDuplicate: true } : {})
    };
}
