export const PROBLEM_MESSAGES = {
    NO_CONTRACT: 'Choose the contract: homeowner cases are only created under the contract.',
    HOMEOWNER_WITHOUT_CONTRACT: 'This homeowner has no contract, and homeowner cases are only created under the contract. Create an installer case instead, or log the interaction on the account.',
    CONFIRM_CONTRACT: 'This contract is cancelled or pending cancellation. Confirm that the case belongs under it, or choose the active contract.',
    NO_INSTALLER_CONTACT: 'Choose the installer contact. If the sales rep has no contact record, first create it under the organisation.',
    NO_SUBJECT: 'Enter the subject of the case.',
    SUBJECT_TOO_LONG: 'The subject is too long.',
    DESCRIPTION_TOO_LONG: 'The description is too long.'
};
export function caseKind(context) {
    return context.customerRole === 'Installer' && context.sourceContractId === null ? 'INSTALLER' : 'HOMEOWNER';
}
/** The case the save creates: an installer case also when the agent chose one instead for a homeowner without contract. */
export function requestKind(context, draft) {
    return draft.installerInstead ? 'INSTALLER' : caseKind(context);
}
/** "Homeowner cases are only created under the contract": a homeowner without any contract gets no homeowner case. */
export function homeownerWithoutContract(context) {
    return caseKind(context) === 'HOMEOWNER' && context.contracts.length === 0;
}
/** "Installer cases can be created under the account OR the contact record": started from the contact, under it. */
export function underContact(context) {
    return caseKind(context) === 'INSTALLER' && context.sourceContactId !== null;
}
/**
 * From a Contract page that contract, otherwise the account's active contract ("most likely the active contract");
 * from a Contact page that contact; the open interaction related unless the agent says no.
 */
export function initialDraft(context) {
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
export function withCreatedContact(context, draft, customer) {
    const option = { id: customer.contactId, name: customer.contactName, title: null, email: null };
    const next = { ...context, contacts: [...context.contacts.filter((contact) => contact.id !== option.id), option] };
    const chosen = caseKind(context) === 'INSTALLER' ? { installerContactId: option.id } : { contactId: option.id };
    return { context: next, draft: { ...draft, ...chosen } };
}
export function withInstallerInstead(draft, installer) {
    return { ...draft, installerInstead: installer };
}
export function withRelateInteraction(draft, relate) {
    return { ...draft, relateInteraction: relate };
}
/** The interaction's line in the form: what the agent relates to the new case. */
export function interactionText(context) {
    const interaction = context.interaction;
    if (!interaction)
        return null;
    const who = interaction.contactName ? ` with ${interaction.contactName}` : '';
    const assign = interaction.ownedByMe ? '' : ' (it is assigned to you)';
    return `Relate the call "${interaction.subject}"${who} to the new case${assign}`;
}
/** A new value for one field; choosing another contract asks for the confirmation again. */
export function withValue(draft, field, value) {
    const next = { ...draft, [field]: field === 'subject' || field === 'description' || field === 'productType' ? (value ?? '') : value || null };
    if (field === 'contractId' && next.contractId !== draft.contractId)
        next.confirmedWarningContract = false;
    return next;
}
export function withConfirmation(draft, confirmed) {
    return { ...draft, confirmedWarningContract: confirmed };
}
function contractLabel(contract) {
    const state = contract.active ? 'active' : contract.warning ? (contract.cancellationStatus ?? 'cancelled') : contract.status;
    const dates = contract.startDate ? ` · ${contract.startDate} to ${contract.endDate ?? '…'}` : '';
    return `${contract.contractNumber} (${state})${dates}`;
}
export function contractOptions(context) {
    return context.contracts.map((contract) => ({ label: contractLabel(contract), value: contract.id }));
}
export function contactOptions(context) {
    return context.contacts.map((contact) => ({ label: contact.title ? `${contact.name} (${contact.title})` : contact.name, value: contact.id }));
}
export function selectedContract(context, draft) {
    return context.contracts.find((contract) => contract.id === draft.contractId) ?? null;
}
/** "If the agent attempts to make a case on a contract that is either cancelled or pending cancellation, a warning panel will show up asking if this was the intended action." */
export function contractWarning(context, draft) {
    const contract = selectedContract(context, draft);
    if (caseKind(context) !== 'HOMEOWNER' || !contract?.warning)
        return null;
    return `Contract ${contract.contractNumber} is ${contract.cancellationStatus ?? 'cancelled'}. Cases belong under the contract the issue pertains to, most likely the active one. Is this the contract you intend?`;
}
/** The first thing that stops the save, or null when the draft can be sent. */
export function draftProblem(context, draft) {
    const problem = kindProblem(context, draft);
    if (problem)
        return problem;
    const subject = draft.subject.trim();
    if (!subject)
        return 'NO_SUBJECT';
    if (subject.length > context.subjectMaxLength)
        return 'SUBJECT_TOO_LONG';
    if (draft.description.length > context.descriptionMaxLength)
        return 'DESCRIPTION_TOO_LONG';
    return null;
}
/** What the kind of case needs: a contract for a homeowner, an installer contact for an installer under the account. */
function kindProblem(context, draft) {
    if (draft.installerInstead || underContact(context))
        return null;
    if (homeownerWithoutContract(context))
        return 'HOMEOWNER_WITHOUT_CONTRACT';
    if (caseKind(context) === 'INSTALLER')
        return draft.installerContactId ? null : 'NO_INSTALLER_CONTACT';
    if (!selectedContract(context, draft))
        return 'NO_CONTRACT';
    if (contractWarning(context, draft) && !draft.confirmedWarningContract)
        return 'CONFIRM_CONTRACT';
    return null;
}
export function homeownerRequest(requestKey, context, draft) {
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
function interactionOf(context, draft) {
    return draft.relateInteraction && context.interaction ? context.interaction.taskId : null;
}
/**
 * From the installer organisation's page: under the account, with the installer contact. From an installer's contact
 * page, or for an installer the agent found instead of a homeowner case: under that contact.
 */
export function installerRequest(requestKey, context, draft) {
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
export function createdMessage(response) {
    return response.replayed ? 'Case {0} had already been created. It is assigned to you.' : 'Case {0} was created and is assigned to you.';
}
/** The records whose pages list the new case. */
export function recordsToRefresh(response) {
    return [response.accountId, response.contractId].filter((id) => Boolean(id)).map((recordId) => ({ recordId }));
}
