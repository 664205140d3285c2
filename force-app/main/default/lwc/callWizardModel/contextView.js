import { NEW_CONTACT } from './callDraft';
export const CLA_STATE_LABELS = {
    COMPLETED: 'CLA completed',
    IN_PROGRESS: 'CLA in progress',
    NONE: 'No CLA'
};
const REASON_LABELS = {
    NAME: 'same name',
    SIMILAR_NAME: 'similar name',
    PHONE: 'same phone',
    EMAIL: 'same email'
};
export function duplicateReasonText(reasons) {
    return reasons.map((reason) => REASON_LABELS[reason]).join(', ');
}
/** The contact's phones, labelled, for comparing with the dealership's number. */
export function contactPhones(contact) {
    if (!contact)
        return [];
    const phones = [
        { label: 'Phone', number: contact.phone },
        { label: 'Mobile', number: contact.mobilePhone }
    ];
    return phones.filter((phone) => Boolean(phone.number));
}
/** "Who the new contact is": current dealership contacts other than the one who left, then "someone new". */
export function replacementOptions(contacts, leavingContactId) {
    const options = contacts
        .filter((contact) => contact.id !== leavingContactId && contact.employmentStatus !== 'Former Employee')
        .map((contact) => ({
        label: `${contact.name}${contact.title ? `, ${contact.title}` : ''} (${CLA_STATE_LABELS[contact.claState]})`,
        value: contact.id
    }));
    return [...options, { label: 'Someone new: add a contact', value: NEW_CONTACT }];
}
function normalise(value) {
    return (value ?? '').toLowerCase().replace(/[^a-z0-9@.]/g, '');
}
function digits(value) {
    return (value ?? '').replace(/\D/g, '');
}
/** Dealership contacts the new contact may already be: same name, same email or same phone. */
export function possibleDuplicates(input, contacts) {
    const name = normalise(`${input.firstName}${input.lastName}`);
    const email = normalise(input.email);
    const phone = digits(input.phone);
    if (!normalise(input.lastName) && !email && !phone)
        return [];
    return contacts.filter((contact) => {
        const sameName = Boolean(normalise(input.lastName)) && normalise(contact.name) === name;
        const sameEmail = Boolean(email) && normalise(contact.email) === email;
        const samePhone = phone.length >= 7 && [contact.phone, contact.mobilePhone].some((number) => digits(number) === phone);
        return sameName || sameEmail || samePhone;
    });
}
/** "try to obtain their official title": a new contact without a phone or email has no number to call back on. */
export function noCallbackNumber(input) {
    return !input.phone.trim() && !input.email.trim();
}
const APPROVER_ROLE_LABELS = {
    TEAM_MANAGER: 'team manager',
    MY_MANAGER: 'your manager'
};
/** Who may agree to an early "No Score" completion, as the agent chooses among them. */
export function approverOptions(approvers) {
    return approvers.map((approver) => ({
        label: `${approver.name} (${approver.roles.map((role) => APPROVER_ROLE_LABELS[role]).join(', ')})`,
        value: approver.id
    }));
}
