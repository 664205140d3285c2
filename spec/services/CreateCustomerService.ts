// CreateCustomerService: a caller who is not in Salesforce becomes a customer (procedures 001, 002, 003),
// mirroring the Apex class of the same name. Log a Call and New Case embed the createCustomer component, which
// calls it; the Find Caller feature reuses it.
//
// 003: "If no results appear on the page, you can either create an account record for the customer, or follow
// some other business process". A homeowner gets a household account named after them (as the sample data's
// households are) and their contact under it; an installer gets their contact under the installer organisation,
// which is created with them when it is not in Salesforce either (002: "From the account home page, click on
// 'Related Contacts' and then 'New Contact' ... Click on 'Installer Contact'"; 001: "In instances where the Sales
// Rep does not have a contact record, first create it under the Organization").
//
// Duplicate-aware: before writing, the package's own check looks for an account of the same name and for
// contacts with the same last name or email that DuplicateContactRule finds alike; the org's active duplicate
// rules (a new org's Standard Contact Duplicate Rule) also apply to the inserts. Only after the agent confirms
// that this is a different customer are both skipped (DuplicateRuleHeader.allowSave). One transaction; a repeated
// request key returns the first response.
import type {
    CreateCustomerRequest,
    CreateCustomerResponse,
    CustomerKind
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { DmlError } from '../org/errors';
import { isValidId, to18 } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { selectAccount, selectAccountsNamed, selectPossibleNamesakes } from '../selectors/CustomerSelector';
import { previousResponse, requestRecord, requireKey, responseStoredMeanwhile } from './CaseActionRequests';
import { requestFingerprint } from './RequestFingerprint';
import { quoted } from './CallInput';
import { isBlank, strip } from './PlaybookText';
import { identityOf } from './CallContextService';
import { duplicateReasons } from './DuplicateContactRule';
import { asInstallerContact, installerRecordType } from './InstallerContactRecordType';
import { insertContact } from './ReplacementContactService';

export const CREATE_ACTION = 'Customer.createCustomer';
export const HOMEOWNER_ROLE = 'Homeowner';
export const INSTALLER_ROLE = 'Installer';
/** How many possible namesakes the duplicate check reads; a name shared by more is reported from these. */
export const NAMESAKES_READ = 200;
/** How many matches a refusal names. */
const MATCHES_NAMED = 5;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const KINDS: readonly CustomerKind[] = ['HOMEOWNER', 'INSTALLER'];

interface CheckedCustomer {
    key: string;
    kind: CustomerKind;
    accountId: string | null;
    accountName: string | null;
    firstName: string | null;
    lastName: string;
    title: string | null;
    phone: string | null;
    email: string | null;
    confirmed: boolean;
}

export function createCustomer(org: InMemoryOrg, request: Partial<CreateCustomerRequest> | null | undefined): CreateCustomerResponse {
    requireAccess(org);
    if (!request) throw invalid('Fill in the customer before saving.');
    const customer = checkRequest(org, request);
    const requestHash = requestFingerprint(request);
    const previous = previousResponse<CreateCustomerResponse>(org, customer.key, CREATE_ACTION, requestHash);
    if (previous) return { ...previous, replayed: true };

    const role = customer.kind === 'HOMEOWNER' ? HOMEOWNER_ROLE : INSTALLER_ROLE;
    let accountName = customer.accountName ?? fullName(customer);
    if (customer.accountId) {
        const account = selectAccount(org, customer.accountId);
        if (!account) throw new PlaybookError('NOT_FOUND', 'The account does not exist or you cannot see it.');
        if (account.Customer_Role__c !== role) {
            throw invalid(
                customer.kind === 'HOMEOWNER'
                    ? `${String(account.Name)} is not a homeowner's household. Create the homeowner with a household of their own.`
                    : `${String(account.Name)} is not an installer organisation. Choose the installer's organisation, or enter its name to create it.`
            );
        }
        accountName = String(account.Name);
    }
    if (!customer.confirmed) requireNoLikelyDuplicate(org, customer, customer.accountId ? null : accountName);

    const savepoint = org.db.setSavepoint();
    try {
        const options = { duplicateRuleHeader: { allowSave: customer.confirmed } };
        const accountId =
            customer.accountId ??
            (org.db.insert({ attributes: { type: 'Account' }, Name: accountName, Customer_Role__c: role, Phone: customer.kind === 'HOMEOWNER' ? customer.phone : null }, 'USER_MODE', options)[0] as string);
        const contact: SObjectInput = {
            attributes: { type: 'Contact' },
            FirstName: customer.firstName,
            LastName: customer.lastName,
            Title: customer.title,
            Phone: customer.phone,
            Email: customer.email,
            AccountId: accountId
        };
        const installer = customer.kind === 'INSTALLER';
        const contactId = insertContact(org, installer ? asInstallerContact(org, contact) : contact, customer.confirmed, accountName);
        const response: CreateCustomerResponse = {
            accountId,
            accountName,
            customerRole: role,
            createdAccount: customer.accountId === null,
            contactId,
            contactName: fullName(customer),
            installerRecordType: installer && installerRecordType(org).state === 'AVAILABLE',
            replayed: false
        };
        org.db.insert(requestRecord(customer.key, CREATE_ACTION, contactId, response, requestHash), 'USER_MODE');
        return response;
    } catch (error) {
        org.db.rollback(savepoint);
        if (error instanceof DmlError && error.statusCode === 'DUPLICATES_DETECTED') {
            throw new PlaybookError(
                'DUPLICATE_CONTACT',
                `${accountName} may already be in Salesforce: the org's duplicate rules found a match. Search for the customer and choose them, or confirm that this is a different customer.`
            );
        }
        const stored = responseStoredMeanwhile<CreateCustomerResponse>(org, error, customer.key, CREATE_ACTION, requestHash);
        if (!stored) throw error;
        return { ...stored, replayed: true };
    }
}

/**
 * The package's own check, before any write: an account of the same name (when one is created), and contacts with
 * the same last name or email that DuplicateContactRule finds alike. DUPLICATE_CONTACT names what it found.
 */
function requireNoLikelyDuplicate(org: InMemoryOrg, customer: CheckedCustomer, newAccountName: string | null): void {
    const found: string[] = [];
    if (newAccountName) {
        for (const account of selectAccountsNamed(org, newAccountName, MATCHES_NAMED)) found.push(`the account ${String(account.Name)}`);
    }
    const identity = { firstName: customer.firstName, lastName: customer.lastName, phones: [customer.phone], email: customer.email };
    for (const candidate of selectPossibleNamesakes(org, customer.lastName, customer.email, NAMESAKES_READ)) {
        if (duplicateReasons(identity, identityOf(candidate)).length === 0) continue;
        const account = (candidate.Account as { Name?: unknown } | null | undefined)?.Name;
        found.push(typeof account === 'string' ? `${String(candidate.Name)} (${account})` : String(candidate.Name));
    }
    if (found.length) {
        const named = found.slice(0, MATCHES_NAMED).join(', ') + (found.length > MATCHES_NAMED ? ` and ${found.length - MATCHES_NAMED} more` : '');
        throw new PlaybookError(
            'DUPLICATE_CONTACT',
            `${fullName(customer)} may already be in Salesforce: ${named}. Search for them and choose the existing record, or confirm that this is a different customer.`
        );
    }
}

function checkRequest(org: InMemoryOrg, request: Partial<CreateCustomerRequest>): CheckedCustomer {
    const key = requireKey(request.requestKey);
    const kind = request.kind;
    if (typeof kind !== 'string' || !KINDS.includes(kind as CustomerKind)) {
        throw invalid('Choose whether the customer is a homeowner or an installer.');
    }
    const lastName = text(org, 'Contact', 'LastName', request.lastName, 'last name');
    if (!lastName) throw invalid("Enter the customer's last name.");
    const accountId = optionalAccountId(org, request.accountId);
    const accountName = accountId ? null : text(org, 'Account', 'Name', request.accountName, 'organisation name');
    if (kind === 'INSTALLER' && !accountId && !accountName) {
        throw invalid("Choose the installer's organisation, or enter its name to create it with the contact.");
    }
    const email = text(org, 'Contact', 'Email', request.email, 'email');
    if (email && !EMAIL.test(email)) throw invalid(`${quoted(email)} is not an email address. Enter one like name@example.com.`);
    return {
        key,
        kind: kind as CustomerKind,
        accountId,
        accountName,
        firstName: text(org, 'Contact', 'FirstName', request.firstName, 'first name'),
        lastName,
        title: text(org, 'Contact', 'Title', request.title, 'title'),
        phone: text(org, 'Contact', 'Phone', request.phone, 'phone'),
        email,
        confirmed: request.confirmedNotDuplicate === true
    };
}

/** A trimmed text value within the field's length; null when blank. */
function text(org: InMemoryOrg, objectName: string, field: string, value: unknown, label: string): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') throw invalid(`The ${label} must be text.`);
    const trimmed = strip(value);
    if (!trimmed) return null;
    const length = org.schema.field(objectName, field).length as number;
    if (trimmed.length > length) throw invalid(`Shorten the ${label} to ${length} characters or fewer.`);
    return trimmed;
}

function optionalAccountId(org: InMemoryOrg, value: unknown): string | null {
    if (isBlank(value)) return null;
    if (typeof value !== 'string' || !isValidId(strip(value))) throw invalid('The account is not a record id. Choose the account again.');
    const id = to18(strip(value));
    if (org.schema.objectForId(id)?.name !== 'Account') throw new PlaybookError('WRONG_OBJECT', 'The customer goes under an account: choose an account.');
    return id;
}

function requireAccess(org: InMemoryOrg): void {
    const missing: string[] = [];
    if (!org.describe('Account').isCreateable()) missing.push('create Accounts');
    if (!org.describe('Contact').isCreateable()) missing.push('create Contacts');
    if (!org.describe('Account').field('Customer_Role__c').isCreateable()) missing.push('set Account.Customer_Role__c');
    if (!org.describe('Playbook_Request__c').isCreateable()) missing.push('create Playbook Requests');
    if (missing.length) {
        throw new PlaybookError(
            'NO_ACCESS',
            `You cannot create customers (missing: ${missing.join(', ')}). Ask your Salesforce admin to assign you the Playbooks Agent permission set.`
        );
    }
}

function fullName(customer: { firstName: string | null; lastName: string }): string {
    return [customer.firstName, customer.lastName].filter(Boolean).join(' ');
}

function invalid(message: string): PlaybookError {
    return new PlaybookError('INVALID_INPUT', message);
}
