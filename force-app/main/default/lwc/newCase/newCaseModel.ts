// The New Case action's decisions, free of the DOM (procedure 001): which kind of case the account
// gets, which contract is pre-selected, when a cancelled or pending contract needs the agent's
// confirmation, what is missing before a save, and the one request the save sends.
import type {
    CreateCustomerResponse,
    CreateHomeownerCaseRequest,
    CreateInstallerCaseRequest,
    NewCaseContextResponse,
    NewCaseContractOption,
    NewCaseResponse
} from 'c/playbookContracts';

/** "Homeowner cases are only created under the contract"; installer organisations get installer cases. */
export type CaseKind = 'HOMEOWNER' | 'INSTALLER';

/** An installer the agent found for an installer case opened from a homeowner without a contract. */
export interface ChosenInstaller {
    contactId: string;
    name: string;
    accountName: string | null;
}

export interface NewCaseDraft {
    contractId: string | null;
    contactId: string | null;
    installerContactId: string | null;
    subject: string;
    description: string;
    productType: string;
    confirmedWarningContract: boolean;
    /** Relate the open interaction (NewCaseContextResponse.interaction) to the new case: on unless the agent says no. */
    relateInteraction: boolean;
    /** A homeowner without a contract: an installer case instead, under this installer contact (procedure 001). */
    installerInstead: ChosenInstaller | null;
}

export type DraftField = Exclude<keyof NewCaseDraft, 'confirmedWarningContract' | 'relateInteraction' | 'installerInstead'>;

export type DraftProblem =
    | 'NO_CONTRACT'
    | 'HOMEOWNER_WITHOUT_CONTRACT'
    | 'CONFIRM_CONTRACT'
    | 'NO_INSTALLER_CONTACT'
    | 'NO_SUBJECT'
    | 'SUBJECT_TOO_LONG'
    | 'DESCRIPTION_TOO_LONG';

export const PROBLEM_MESSAGES: Record<DraftProblem, string> = {
    NO_CONTRACT: 'Choose the contract: homeowner cases are only created under the contract.',
    HOMEOWNER_WITHOUT_CONTRACT:
        'This homeowner has no contract, and homeowner cases are only created under the contract. Create an installer case instead, or log the interaction on the account.',
    CONFIRM_CONTRACT: 'This contract is cancelled or pending cancellation. Confirm that the case belongs under it, or choose the active contract.',
    NO_INSTALLER_CONTACT:
        'Choose the installer contact. If the sales rep has no contact record, first create it under the organisation.',
    NO_SUBJECT: 'Enter the subject of the case.',
    SUBJECT_TOO_LONG: 'The subject is too long.',
    DESCRIPTION_TOO_LONG: 'The description is too long.'
};

export interface Option {
    label: string;
    value: string;
}

export function caseKind(context: NewCaseContextResponse): CaseKind {
    return context.customerRole === 'Installer' && context.sourceContractId === null ? 'INSTALLER' : 'HOMEOWNER';
}

/** The case the save creates: an installer case also when the agent chose one instead for a homeowner without contract. */
export function requestKind(context: NewCaseContextResponse, draft: NewCaseDraft): CaseKind {
    return draft.installerInstead ? 'INSTALLER' : caseKind(context);
}

/** "Homeowner cases are only created under the contract": a homeowner without any contract gets no homeowner case. */
export function homeownerWithoutContract(context: NewCaseContextResponse): boolean {
    return caseKind(context) === 'HOMEOWNER' && context.contracts.length === 0;
}

/** "Installer cases can be created under the account OR the contact record": started from the contact, under it. */
export function underContact(context: NewCaseContextResponse): boolean {
    return caseKind(context) === 'INSTALLER' && context.sourceContactId !== null;
}

/**
 * From a Contract page that contract, otherwise the account's active contract ("most likely the active contract");
 * from a Contact page that contact; the open interaction related unless the agent says no.
 */
export function initialDraft(context: NewCaseContextResponse): NewCaseDraft {
    const installer = caseKind(context) === 'INSTALLER';
    return {
        contractId: context.sourceContractId ?? context.activeContractId,
        contactId: installer ? null : context.sourceContactId,
        installerContactId: installer ? context.sourceContactId : null,
        subject: '',
        description: '',
        productType: '',
        confirmedWarningContract: false,
        relateInteraction: context.interaction !== null,
        installerInstead: null
    };
}

/** A contact created from New Case joins the account's contacts and becomes the case contact or installer contact. */
export function withCreatedContact(
    context: NewCaseContextResponse,
    draft: NewCaseDraft,
    customer: CreateCustomerResponse
): { context: NewCaseContextResponse; draft: NewCaseDraft } {
    const option = { id: customer.contactId, name: customer.contactName, title: null, email: null };
    const next = { ...context, contacts: [...context.contacts.filter((contact) => contact.id !== option.id), option] };
    const chosen = caseKind(context) === 'INSTALLER' ? { installerContactId: option.id } : { contactId: option.id };
    return { context: next, draft: { ...draft, ...chosen } };
}

export function withInstallerInstead(draft: NewCaseDraft, installer: ChosenInstaller | null): NewCaseDraft {
    return { ...draft, installerInstead: installer };
}

export function withRelateInteraction(draft: NewCaseDraft, relate: boolean): NewCaseDraft {
    return { ...draft, relateInteraction: relate };
}

/** The interaction's line in the form: what the agent relates to the new case. */
export function interactionText(context: NewCaseContextResponse): string | null {
    const interaction = context.interaction;
    if (!interaction) return null;
    const who = interaction.contactName ? ` with ${interaction.contactName}` : '';
    const assign = interaction.ownedByMe ? '' : ' (it is assigned to you)';
    return `Relate the call "${interaction.subject}"${who} to the new case${assign}`;
}

/** A new value for one field; choosing another contract asks for the confirmation again. */
export function withValue(draft: NewCaseDraft, field: DraftField, value: string | null): NewCaseDraft {
    const next: NewCaseDraft = { ...draft, [field]: field === 'subject' || field === 'description' || field === 'productType' ? (value ?? '') : value || null };
    if (field === 'contractId' && next.contractId !== draft.contractId) next.confirmedWarningContract = false;
    return next;
}

export function withConfirmation(draft: NewCaseDraft, confirmed: boolean): NewCaseDraft {
    return { ...draft, confirmedWarningContract: confirmed };
}

function contractLabel(contract: NewCaseContractOption): string {
    const state = contract.active ? 'active' : contract.warning ? (contract.cancellationStatus ?? 'cancelled') : contract.status;
    const dates = contract.startDate ? ` · ${contract.startDate} to ${contract.endDate ?? '…'}` : '';
    return `${contract.contractNumber} (${state})${dates}`;
}

export function contractOptions(context: NewCaseContextResponse): Option[] {
    return context.contracts.map((contract) => ({ label: contractLabel(contract), value: contract.id }));
}

export function contactOptions(context: NewCaseContextResponse): Option[] {
    return context.contacts.map((contact) => ({ label: contact.title ? `${contact.name} (${contact.title})` : contact.name, value: contact.id }));
}

export function selectedContract(context: NewCaseContextResponse, draft: NewCaseDraft): NewCaseContractOption | null {
    return context.contracts.find((contract) => contract.id === draft.contractId) ?? null;
}

/** "If the agent attempts to make a case on a contract that is either cancelled or pending cancellation, a warning panel will show up asking if this was the intended action." */
export function contractWarning(context: NewCaseContextResponse, draft: NewCaseDraft): string | null {
    const contract = selectedContract(context, draft);
    if (caseKind(context) !== 'HOMEOWNER' || !contract?.warning) return null;
    return `Contract ${contract.contractNumber} is ${contract.cancellationStatus ?? 'cancelled'}. Cases belong under the contract the issue pertains to, most likely the active one. Is this the contract you intend?`;
}

/** The first thing that stops the save, or null when the draft can be sent. */
export function draftProblem(context: NewCaseContextResponse, draft: NewCaseDraft): DraftProblem | null {
    const problem = kindProblem(context, draft);
    if (problem) return problem;
    const subject = draft.subject.trim();
    if (!subject) return 'NO_SUBJECT';
    if (subject.length > context.subjectMaxLength) return 'SUBJECT_TOO_LONG';
    if (draft.description.length > context.descriptionMaxLength) return 'DESCRIPTION_TOO_LONG';
    return null;
}

/** What the kind of case needs: a contract for a homeowner, an installer contact for an installer under the account. */
function kindProblem(context: NewCaseContextResponse, draft: NewCaseDraft): DraftProblem | null {
    if (draft.installerInstead || underContact(context)) return null;
    if (homeownerWithoutContract(context)) return 'HOMEOWNER_WITHOUT_CONTRACT';
    if (caseKind(context) === 'INSTALLER') return draft.installerContactId ? null : 'NO_INSTALLER_CONTACT';
    if (!selectedContract(context, draft)) return 'NO_CONTRACT';
    if (contractWarning(context, draft) && !draft.confirmedWarningContract) return 'CONFIRM_CONTRACT';
    return null;
}

export function homeownerRequest(requestKey: string, context: NewCaseContextResponse, draft: NewCaseDraft): CreateHomeownerCaseRequest {
    const warning = contractWarning(context, draft) !== null;
    return {
        requestKey,
        accountId: context.accountId,
        contractId: draft.contractId ?? '',
        contactId: draft.contactId,
        subject: draft.subject.trim(),
        description: draft.description.trim() ? draft.description : null,
        productType: draft.productType || null,
        confirmedWarningContract: warning && draft.confirmedWarningContract,
        interactionTaskId: interactionOf(context, draft)
    };
}

function interactionOf(context: NewCaseContextResponse, draft: NewCaseDraft): string | null {
    return draft.relateInteraction && context.interaction ? context.interaction.taskId : null;
}

/**
 * From the installer organisation's page: under the account, with the installer contact. From an installer's contact
 * page, or for an installer the agent found instead of a homeowner case: under that contact.
 */
export function installerRequest(requestKey: string, context: NewCaseContextResponse, draft: NewCaseDraft): CreateInstallerCaseRequest {
    const contactId = draft.installerInstead?.contactId ?? (underContact(context) ? context.sourceContactId : null);
    return {
        requestKey,
        accountId: contactId ? null : context.accountId,
        contactId,
        installerContactId: contactId ? null : draft.installerContactId,
        subject: draft.subject.trim(),
        description: draft.description.trim() ? draft.description : null,
        productType: draft.productType || null,
        interactionTaskId: draft.installerInstead ? null : interactionOf(context, draft)
    };
}

/** "A pop-up page with a clickable link appears when a new case is created": the toast's text, {0} being the link. */
export function createdMessage(response: NewCaseResponse): string {
    return response.replayed ? 'Case {0} had already been created. It is assigned to you.' : 'Case {0} was created and is assigned to you.';
}

/** The records whose pages list the new case. */
export function recordsToRefresh(response: NewCaseResponse): Array<{ recordId: string }> {
    return [response.accountId, response.contractId].filter((id): id is string => Boolean(id)).map((recordId) => ({ recordId }));
}
