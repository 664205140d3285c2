// NewCaseService: creating a case under the right contract (procedure 001), mirroring the Apex class
// of the same name. "Homeowner cases are only created under the contract"; "Installer cases can be
// created under the account OR the contact record. If creating under the account, the agent must
// populate the installer contact"; "The case owner will automatically default to the agent that
// created the case."
import type {
    CreateHomeownerCaseRequest,
    CreateInstallerCaseRequest,
    NewCaseContactOption,
    NewCaseContextResponse,
    NewCaseContractOption,
    NewCaseResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { isValidId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import {
    selectAccount,
    selectAccountContacts,
    selectAccountContracts,
    selectCaseNumber,
    selectContact,
    selectContract
} from '../selectors/NewCaseSelector';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { checkInteraction, offeredInteraction, relateToCase, type CheckedInteraction } from './CaseInteraction';
import { isBlank, strip } from './PlaybookText';
import { requestFingerprint } from './RequestFingerprint';
import { isActive } from './ContractWarningService';
import { quoted } from './CallInput';
import { checkCaseEntitlement, withEntitlement } from './CaseEntitlement';

export const HOMEOWNER_ACTION = 'NewCase.createHomeownerCase';
export const INSTALLER_ACTION = 'NewCase.createInstallerCase';
export const HOMEOWNER = 'Homeowner';
export const INSTALLER = 'Installer';
/** An account has a handful of contracts and contacts; the caps keep the opening call bounded whatever the data. */
export const MAX_CONTRACTS_SHOWN = 50;
export const MAX_CONTACTS_SHOWN = 100;

type Related = { [field: string]: unknown } | null | undefined;
type Purpose = 'CONTEXT' | 'HOMEOWNER' | 'INSTALLER';

/**
 * Opening the action from a Contract, an Account or a Contact ("Installer cases can be created under the account OR
 * the contact record"): the account, its contracts and its contacts, and the open interaction to relate to the case.
 */
export function newCaseContext(org: InMemoryOrg, recordIdText: unknown): NewCaseContextResponse {
    requireAccess(org, 'CONTEXT');
    const recordId = requireStartRecord(org, recordIdText);
    let source: SObjectRecord | undefined;
    let sourceContact: SObjectRecord | undefined;
    let account: Related;
    if (objectOf(org, recordId) === 'Contract') {
        source = selectContract(org, recordId);
        if (!source) throw new PlaybookError('NOT_FOUND', 'This contract does not exist or you cannot see it.');
        account = { Id: source.AccountId, ...(source.Account as Related) };
    } else if (objectOf(org, recordId) === 'Contact') {
        sourceContact = selectContact(org, recordId);
        if (!sourceContact) throw new PlaybookError('NOT_FOUND', 'This contact does not exist or you cannot see it.');
        if (!sourceContact.AccountId) {
            throw new PlaybookError('INVALID_INPUT', `${String(sourceContact.Name)} has no account. First create the contact under the customer's account.`);
        }
        account = { Id: sourceContact.AccountId, ...(sourceContact.Account as Related) };
    } else {
        account = selectAccount(org, recordId);
        if (!account) throw new PlaybookError('NOT_FOUND', 'This account does not exist or you cannot see it.');
    }
    const accountId = String(account.Id);
    const warningStatuses = org.settings().warningCancellationStatuses;
    const today = org.today();
    const contractRows = selectAccountContracts(org, accountId, MAX_CONTRACTS_SHOWN + 1);
    const contracts = contractRows.slice(0, MAX_CONTRACTS_SHOWN);
    if (source && !contracts.some((row) => row.Id === source.Id)) contracts.push(source);
    const contactRows = selectAccountContacts(org, accountId, MAX_CONTACTS_SHOWN + 1);
    const productType = org.schema.field('Case', 'Product_Type__c');
    return {
        accountId,
        accountName: String(account.Name),
        customerRole: (account.Customer_Role__c as string | null | undefined) ?? null,
        sourceContractId: source?.Id ?? null,
        sourceContactId: sourceContact?.Id ?? null,
        contracts: contracts.map((row) => contractOption(row, warningStatuses, today)),
        moreContracts: contractRows.length > MAX_CONTRACTS_SHOWN,
        activeContractId: contracts.find((row) => isActive(row, warningStatuses, today))?.Id ?? null,
        contacts: contactRows.slice(0, MAX_CONTACTS_SHOWN).map(contactOption),
        moreContacts: contactRows.length > MAX_CONTACTS_SHOWN,
        productTypes: (productType.picklistValues ?? []).map((value) => ({ label: value, value })),
        interaction: sourceContact ? offeredInteraction(org, 'WhoId', sourceContact.Id) : offeredInteraction(org, 'WhatId', accountId),
        subjectMaxLength: lengthOf(org, 'Subject'),
        descriptionMaxLength: lengthOf(org, 'Description')
    };
}

/** A homeowner case under one of the account's contracts; a cancelled or pending one only when confirmed. */
export function createHomeownerCase(org: InMemoryOrg, request: Partial<CreateHomeownerCaseRequest> | null | undefined): NewCaseResponse {
    requireAccess(org, 'HOMEOWNER');
    const requestKey = requireKey(request?.requestKey);
    const requestHash = requestFingerprint(request);
    const accountId = requireId(org, request?.accountId, 'Account', 'the homeowner account');
    const contractId = requireId(org, request?.contractId, 'Contract', 'the contract: homeowner cases are only created under the contract');
    const contactId = optionalId(org, request?.contactId, 'Contact', 'the contact');
    const text = caseText(org, request);
    const previous = previousResponse<NewCaseResponse>(org, requestKey, HOMEOWNER_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };

    const contract = selectContract(org, contractId);
    if (!contract) throw new PlaybookError('NOT_FOUND', 'This contract does not exist or you cannot see it.');
    if (contract.AccountId !== accountId) {
        throw new PlaybookError('INVALID_INPUT', `Contract ${String(contract.ContractNumber)} belongs to another account. Choose a contract of this homeowner.`);
    }
    const account = contract.Account as Related;
    if (account?.Customer_Role__c === INSTALLER) {
        throw new PlaybookError('INVALID_INPUT', `${String(account.Name)} is an installer organisation: create an installer case instead.`);
    }
    const warning = org.settings().warningCancellationStatuses.includes(contract.Cancellation_Status__c as string);
    if (warning && request?.confirmedWarningContract !== true) {
        throw new PlaybookError(
            'CONTRACT_NEEDS_CONFIRMATION',
            `Contract ${String(contract.ContractNumber)} is ${String(contract.Cancellation_Status__c)}. Confirm that the case belongs under it, or choose the active contract.`
        );
    }
    if (contactId) requireContactOf(org, contactId, accountId, 'the homeowner account');
    const interaction = checkInteraction(org, request?.interactionTaskId, accountId, [contactId]);
    const entitlementId = checkCaseEntitlement(org, request?.entitlementId, accountId);

    const record: SObjectInput = {
        attributes: { type: 'Case' },
        AccountId: accountId,
        ContactId: contactId,
        Contract__c: contractId,
        OwnerId: org.runningUserId(),
        ...text
    };
    if (warning) {
        record.Contract_Warning_Acknowledged_On__c = org.nowIso();
        record.Contract_Warning_Acknowledged_By__c = org.runningUserId();
    }
    return insertCase(org, withEntitlement(record, entitlementId), requestKey, HOMEOWNER_ACTION, requestHash, interaction);
}

/** An installer case under the installer's account (with its installer contact) or under the contact. */
export function createInstallerCase(org: InMemoryOrg, request: Partial<CreateInstallerCaseRequest> | null | undefined): NewCaseResponse {
    requireAccess(org, 'INSTALLER');
    const requestKey = requireKey(request?.requestKey);
    const requestHash = requestFingerprint(request);
    const accountId = optionalId(org, request?.accountId, 'Account', 'the installer account');
    const contactId = optionalId(org, request?.contactId, 'Contact', 'the contact');
    const installerContactId = optionalId(org, request?.installerContactId, 'Contact', 'the installer contact');
    if (!accountId && !contactId) {
        throw new PlaybookError('INVALID_INPUT', 'Choose the installer account or the contact the case is created under.');
    }
    if (!contactId && !installerContactId) {
        throw new PlaybookError(
            'INVALID_INPUT',
            'Choose the installer contact: a case created under the account needs one. If the sales rep has no contact record, first create it under the organisation.'
        );
    }
    if (contactId && installerContactId && contactId !== installerContactId) {
        throw new PlaybookError('INVALID_INPUT', 'A case created under a contact has that contact as its installer contact.');
    }
    const text = caseText(org, request);
    const previous = previousResponse<NewCaseResponse>(org, requestKey, INSTALLER_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };

    const installer = selectContact(org, (contactId ?? installerContactId) as string);
    if (!installer) throw new PlaybookError('NOT_FOUND', 'This contact does not exist or you cannot see it.');
    if (!installer.AccountId) {
        throw new PlaybookError('INVALID_INPUT', `${String(installer.Name)} has no account. First create the contact under the installer organisation.`);
    }
    if (accountId && installer.AccountId !== accountId) {
        throw new PlaybookError('INVALID_INPUT', `${String(installer.Name)} does not belong to this installer account. Choose one of its contacts.`);
    }
    const account = installer.Account as Related;
    if (account?.Customer_Role__c === HOMEOWNER) {
        throw new PlaybookError('INVALID_INPUT', `${String(account.Name)} is a homeowner: homeowner cases are only created under the contract.`);
    }
    const interaction = checkInteraction(org, request?.interactionTaskId, installer.AccountId as string, [installer.Id]);
    const entitlementId = checkCaseEntitlement(org, request?.entitlementId, installer.AccountId as string);
    return insertCase(
        org,
        withEntitlement({
            attributes: { type: 'Case' },
            AccountId: installer.AccountId as string,
            ContactId: installer.Id,
            Installer_Contact__c: installer.Id,
            OwnerId: org.runningUserId(),
            ...text
        }, entitlementId),
        requestKey,
        INSTALLER_ACTION,
        requestHash,
        interaction
    );
}

/** The case, the interaction related to it, and the request record, all or nothing. */
function insertCase(
    org: InMemoryOrg,
    record: SObjectInput,
    requestKey: string,
    action: string,
    requestHash: string,
    interaction: CheckedInteraction | null
): NewCaseResponse {
    const savepoint = org.db.setSavepoint();
    try {
        const [caseId] = org.db.insert(record, 'USER_MODE') as [string];
        if (interaction) relateToCase(org, interaction, caseId);
        const response: NewCaseResponse = {
            caseId,
            caseNumber: selectCaseNumber(org, caseId),
            accountId: record.AccountId as string,
            contractId: (record.Contract__c as string | undefined) ?? null,
            installerContactId: (record.Installer_Contact__c as string | undefined) ?? null,
            ownerId: record.OwnerId as string,
            interactionTaskId: interaction?.taskId ?? null,
            entitlementId: (record.EntitlementId as string | undefined) ?? null,
            replayed: false
        };
        org.db.insert(requestRecord(requestKey, action, caseId, response, requestHash), 'USER_MODE');
        return response;
    } catch (error) {
        org.db.rollback(savepoint);
        const stored = responseStoredMeanwhile<NewCaseResponse>(org, error, requestKey, action, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
}

function contractOption(row: SObjectRecord, warningStatuses: readonly string[], today: string): NewCaseContractOption {
    return {
        id: row.Id,
        contractNumber: String(row.ContractNumber),
        status: String(row.Status),
        cancellationStatus: (row.Cancellation_Status__c as string | null) ?? null,
        startDate: (row.StartDate as string | null) ?? null,
        endDate: (row.EndDate as string | null) ?? null,
        active: isActive(row, warningStatuses, today),
        warning: warningStatuses.includes(row.Cancellation_Status__c as string)
    };
}

function contactOption(row: SObjectRecord): NewCaseContactOption {
    return {
        id: row.Id,
        name: String(row.Name),
        title: (row.Title as string | null) ?? null,
        email: (row.Email as string | null) ?? null
    };
}

/** Subject (required), description and product type, checked against the Case fields. */
function caseText(
    org: InMemoryOrg,
    request: { subject?: unknown; description?: unknown; productType?: unknown } | null | undefined
): { Subject: string; Description: string | null; Product_Type__c: string | null } {
    const subject = typeof request?.subject === 'string' ? strip(request.subject) : '';
    if (!subject) throw new PlaybookError('INVALID_INPUT', 'Enter the subject of the case.');
    const subjectMax = lengthOf(org, 'Subject');
    if (subject.length > subjectMax) {
        throw new PlaybookError('INVALID_INPUT', `The subject is ${subject.length} characters long; shorten it to ${subjectMax}.`);
    }
    const description = typeof request?.description === 'string' && !isBlank(request.description) ? request.description : null;
    const descriptionMax = lengthOf(org, 'Description');
    if (description !== null && description.length > descriptionMax) {
        throw new PlaybookError('INVALID_INPUT', `The description is ${description.length} characters long; shorten it to ${descriptionMax}.`);
    }
    const productType = typeof request?.productType === 'string' && !isBlank(request.productType) ? strip(request.productType) : null;
    const productTypes = org.schema.field('Case', 'Product_Type__c').picklistValues ?? [];
    if (productType !== null && !productTypes.includes(productType)) {
        throw new PlaybookError('INVALID_INPUT', `${quoted(productType)} is not a product type. Choose one of: ${productTypes.join(', ')}.`);
    }
    return { Subject: subject, Description: description, Product_Type__c: productType };
}

function requireContactOf(org: InMemoryOrg, contactId: string, accountId: string, what: string): void {
    const contact = selectContact(org, contactId);
    if (!contact) throw new PlaybookError('NOT_FOUND', 'This contact does not exist or you cannot see it.');
    if (contact.AccountId !== accountId) {
        throw new PlaybookError('INVALID_INPUT', `${String(contact.Name)} does not belong to ${what}. Choose one of its contacts.`);
    }
}

function lengthOf(org: InMemoryOrg, field: string): number {
    return Number(org.schema.field('Case', field).length);
}

function requireAccess(org: InMemoryOrg, purpose: Purpose): void {
    const caseDescribe = org.describe('Case');
    const missing: string[] = [];
    if (!org.describe('Contract').isAccessible()) missing.push('read Contracts');
    if (!org.describe('Contract').field('Cancellation_Status__c').isAccessible()) missing.push('read Contract.Cancellation_Status__c');
    if (!org.describe('Account').field('Customer_Role__c').isAccessible()) missing.push('read Account.Customer_Role__c');
    if (!caseDescribe.isCreateable()) missing.push('create Cases');
    const fields =
        purpose === 'HOMEOWNER'
            ? ['Contract__c', 'Product_Type__c', 'Contract_Warning_Acknowledged_On__c', 'Contract_Warning_Acknowledged_By__c']
            : purpose === 'INSTALLER'
              ? ['Installer_Contact__c', 'Product_Type__c']
              : ['Contract__c', 'Installer_Contact__c', 'Product_Type__c'];
    for (const field of fields) {
        if (!caseDescribe.field(field).isCreateable()) missing.push(`set Case.${field}`);
    }
    if (purpose !== 'CONTEXT' && !org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot create playbook cases (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function objectOf(org: InMemoryOrg, id: string): string | undefined {
    return org.schema.objectForId(id)?.name;
}

function requireStartRecord(org: InMemoryOrg, value: unknown): string {
    const id = parseId(value, 'the contract, account or contact to create the case under');
    const objectName = objectOf(org, id);
    if (objectName !== 'Contract' && objectName !== 'Account' && objectName !== 'Contact') {
        throw new PlaybookError('WRONG_OBJECT', 'Start a new case from a contract, an account or a contact.');
    }
    return id;
}

function requireId(org: InMemoryOrg, value: unknown, expected: string, what: string): string {
    const id = parseId(value, what);
    if (objectOf(org, id) !== expected) {
        throw new PlaybookError('WRONG_OBJECT', `Choose ${what}: this record is not a ${expected.toLowerCase()}.`);
    }
    return id;
}

function optionalId(org: InMemoryOrg, value: unknown, expected: string, what: string): string | null {
    if (isBlank(value)) return null;
    return requireId(org, value, expected, what);
}

function parseId(value: unknown, what: string): string {
    if (typeof value !== 'string' || isBlank(value)) throw new PlaybookError('INVALID_INPUT', `Choose ${what}.`);
    if (!isValidId(strip(value))) throw new PlaybookError('INVALID_INPUT', `${quoted(value)} is not a record id.`);
    return to18(strip(value));
}
