// How the pre-call context reads: the CLA state of each dealership contact, the replacement
// choices, and possible duplicates of a contact the agent is about to create.
import type { ClaState, ContactSummary, DealershipContact, DuplicateReason, NoScoreApprover, NoScoreApproverRole } from 'c/playbookContracts';
import { NEW_CONTACT, type NewContactDraft } from './callDraft';

export const CLA_STATE_LABELS: Record<ClaState, string> = {
    COMPLETED: 'CLA completed',
    IN_PROGRESS: 'CLA in progress',
    NONE: 'No CLA'
};

const REASON_LABELS: Record<DuplicateReason, string> = {
    NAME: 'same name',
    SIMILAR_NAME: 'similar name',
    PHONE: 'same phone',
    EMAIL: 'same email'
};

export function duplicateReasonText(reasons: DuplicateReason[]): string {
    return reasons.map((reason) => REASON_LABELS[reason]).join(', ');
}

/** The contact's phones, labelled, for comparing with the dealership's number. */
export function contactPhones(contact: ContactSummary | null): Array<{ label: string; number: string }> {
    if (!contact) return [];
    const phones = [
        { label: 'Phone', number: contact.phone },
        { label: 'Mobile', number: contact.mobilePhone }
    ];
    return phones.filter((phone): phone is { label: string; number: string } => Boolean(phone.number));
}

/** "Who the new contact is": current dealership contacts other than the one who left, then "someone new". */
export function replacementOptions(contacts: DealershipContact[], leavingContactId: string | null): Array<{ label: string; value: string }> {
    const options = contacts
        .filter((contact) => contact.id !== leavingContactId && contact.employmentStatus !== 'Former Employee')
        .map((contact) => ({
            label: `${contact.name}${contact.title ? `, ${contact.title}` : ''} (${CLA_STATE_LABELS[contact.claState]})`,
            value: contact.id
        }));
    return [...options, { label: 'Someone new: add a contact', value: NEW_CONTACT }];
}

function normalise(value: string | null | undefined): string {
    return (value ?? '').toLowerCase().replace(/[^a-z0-9@.]/g, '');
}

function digits(value: string | null | undefined): string {
    return (value ?? '').replace(/\D/g, '');
}

/** Dealership contacts the new contact may already be: same name, same email or same phone. */
export function possibleDuplicates(input: NewContactDraft, contacts: ContactSummary[]): ContactSummary[] {
    const name = normalise(`${input.firstName}${input.lastName}`);
    const email = normalise(input.email);
    const phone = digits(input.phone);
    if (!normalise(input.lastName) && !email && !phone) return [];
    return contacts.filter((contact) => {
        const sameName = Boolean(normalise(input.lastName)) && normalise(contact.name) === name;
        const sameEmail = Boolean(email) && normalise(contact.email) === email;
        const samePhone = phone.length >= 7 && [contact.phone, contact.mobilePhone].some((number) => digits(number) === phone);
        return sameName || sameEmail || samePhone;
    });
}

/** "try to obtain their official title": a new contact without a phone or email has no number to call back on. */
export function noCallbackNumber(input: NewContactDraft): boolean {
    return !input.phone.trim() && !input.email.trim();
}

const APPROVER_ROLE_LABELS: Record<NoScoreApproverRole, string> = {
    TEAM_MANAGER: 'team manager',
    MY_MANAGER: 'your manager'
};

/** Who may agree to an early "No Score" completion, as the agent chooses among them. */
export function approverOptions(approvers: readonly NoScoreApprover[]): Array<{ label: string; value: string }> {
    return approvers.map((approver) => ({
        label: `${approver.name} (${approver.roles.map((role) => APPROVER_ROLE_LABELS[role]).join(', ')})`,
        value: approver.id
    }));
}
