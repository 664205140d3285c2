// The decisions of creating a customer, without DOM: the draft the form starts from (the name the agent
// searched for, the kind and account the embedding component fixes), what is valid, and the one request.
import type { CreateCustomerRequest, CustomerKind } from 'c/playbookContracts';

/** Contact and account field lengths, as the server checks them. */
export const CUSTOMER_LIMITS = { firstName: 40, lastName: 80, title: 128, phone: 40, email: 80, accountName: 255 } as const;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface CustomerDraft {
    kind: CustomerKind | '';
    /** An existing account the contact goes under ('' for a new one). */
    accountId: string;
    /** The new account's name: the installer organisation's; a household's defaults to the person's name. */
    accountName: string;
    firstName: string;
    lastName: string;
    title: string;
    phone: string;
    email: string;
    /** "This is a different customer", ticked after a DUPLICATE_CONTACT refusal; cleared when who they are changes. */
    confirmedNotDuplicate: boolean;
}

export type CustomerField = Exclude<keyof CustomerDraft, 'confirmedNotDuplicate'>;

export type CustomerErrors = Partial<Record<'kind' | 'lastName' | 'accountName' | 'email', string>>;

export interface StartingPoint {
    kind?: CustomerKind | '';
    accountId?: string | null;
    /** What the agent typed in the search that found nobody: "Grace Okoye" or a phone number. */
    searchText?: string | null;
}

/** A name typed in the search becomes first and last name; digits become the phone. */
export function initialDraft(start: StartingPoint): CustomerDraft {
    const typed = (start.searchText ?? '').trim();
    const isPhone = typed !== '' && !/\p{L}/u.test(typed);
    const words = isPhone ? [] : typed.split(/\s+/).filter(Boolean);
    return {
        kind: start.kind ?? '',
        accountId: start.accountId ?? '',
        accountName: '',
        firstName: words.length > 1 ? words.slice(0, -1).join(' ') : '',
        lastName: words.length ? (words[words.length - 1] as string) : '',
        title: '',
        phone: isPhone ? typed : '',
        email: '',
        confirmedNotDuplicate: false
    };
}

/** A draft with one change; a change to who the customer is withdraws the agent's confirmation. */
export function withChange(draft: CustomerDraft, field: CustomerField, value: string): CustomerDraft {
    const changed = draft[field] !== value;
    const next: CustomerDraft = { ...draft, [field]: value, confirmedNotDuplicate: draft.confirmedNotDuplicate && !changed };
    if (field === 'kind' && changed) next.accountId = '';
    return next;
}

export function withConfirmation(draft: CustomerDraft, confirmed: boolean): CustomerDraft {
    return { ...draft, confirmedNotDuplicate: confirmed };
}

/** The household's name when none is typed: the person's name, as the team's households are named. */
export function householdName(draft: CustomerDraft): string {
    return [draft.firstName.trim(), draft.lastName.trim()].filter(Boolean).join(' ');
}

/** What the agent must fix before saving; empty when the draft can be sent. */
export function validate(draft: CustomerDraft, accountFixed: boolean): CustomerErrors {
    const errors: CustomerErrors = {};
    if (!draft.kind) errors.kind = 'Choose homeowner or installer.';
    if (!draft.lastName.trim()) errors.lastName = 'Enter the last name.';
    if (draft.kind === 'INSTALLER' && !accountFixed && !draft.accountId && !draft.accountName.trim()) {
        errors.accountName = "Choose the installer's organisation, or enter its name.";
    }
    const email = draft.email.trim();
    if (email && !EMAIL.test(email)) errors.email = 'Enter an email address like name@example.com.';
    return errors;
}

export function isValid(errors: CustomerErrors): boolean {
    return Object.keys(errors).length === 0;
}

function blankToNull(value: string): string | null {
    return value.trim() ? value.trim() : null;
}

/** The one save request the draft makes. */
export function buildRequest(draft: CustomerDraft, requestKey: string): CreateCustomerRequest {
    return {
        requestKey,
        kind: draft.kind as CustomerKind,
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
