// ReplacementContactService: procedure 000, "New Contact": "See if they already exist under the
// dealership page ... Check to see if they already have a CLA case created for them ... If they do,
// add your call to the already existing case ... If you didn't find them, then it is alright to
// create a new contact ... try to obtain their official title and the correct spelling of their
// name." Only the name is required: the title is something to try to obtain, and the procedure asks
// for no phone or email. Mirrors the Apex class ReplacementContactService.
import type { NewContactInput, ReplacementCall } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import { DmlError } from '../org/errors';
import { sameId } from '../org/ids';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput, SObjectRecord } from '../org/values';
import { CLA_RECORD_TYPE, selectClaCasesOfContact } from '../selectors/ClaCaseSelector';
import { selectContactsById, selectContactsOfAccount } from '../selectors/ContactSelector';
import { invalid, optionalText, quoted, requireFutureInstant, requireIdOf, requireText } from './CallInput';
import { ACTIVITY_STATUS_COMPLETE, DUPLICATE_SCAN_LIMIT, identityOf } from './CallContextService';
import { duplicateReasons } from './DuplicateContactRule';
import { isBlank } from './PlaybookText';
import { readSupportCase, type SupportCaseDetails } from './SupportCaseService';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewContactDetails {
    firstName: string;
    lastName: string;
    title: string | null;
    phone: string | null;
    email: string | null;
}

export interface ReplacementDetails {
    contactId: string | null;
    create: NewContactDetails | null;
    confirmedNotDuplicate: boolean;
    reached: boolean;
    score: number | null;
    referral: boolean | null;
    reminderAt: string | null;
    supportCase: SupportCaseDetails | null;
}

/** The replacement contact and the CLA case the replacement call is logged on. */
export interface ResolvedReplacement {
    contactId: string;
    contactName: string;
    /** The contact's existing CLA case (an open one first, else the latest complete one), or undefined: a new one is created. */
    existingCase: SObjectRecord | undefined;
}

/** A CLA case that is closed or whose Activity Status is Complete. */
export function isCompleteCla(record: SObjectRecord | undefined): boolean {
    return record !== undefined && (record.IsClosed === true || record.CL_Activity_Status__c === ACTIVITY_STATUS_COMPLETE);
}

/** The contact's CLA case a call is added to: an open one (the newest), else the latest complete one. */
export function claCaseForCall(org: InMemoryOrg, contactId: string): SObjectRecord | undefined {
    const cases = selectClaCasesOfContact(org, contactId);
    return cases.find((record) => !isCompleteCla(record)) ?? cases[0];
}

export function readScore(value: unknown, what: string): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10) {
        throw invalid(`${what} must be a whole number from 1 to 10.`);
    }
    return value;
}

export function readBoolean(value: unknown, what: string): boolean | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'boolean') throw invalid(`${what} must be yes or no.`);
    return value;
}

function readNewContact(value: unknown): NewContactDetails {
    if (value === null || typeof value !== 'object') throw invalid('Enter the new contact, or choose an existing contact of the dealership.');
    const input = value as Partial<NewContactInput>;
    const details: NewContactDetails = {
        firstName: requireText(input.firstName, "the new contact's first name", 40),
        lastName: requireText(input.lastName, "the new contact's last name", 80),
        title: optionalText(input.title, "the new contact's official title", 128),
        phone: optionalText(input.phone, "the new contact's phone", 40),
        email: optionalText(input.email, "the new contact's email", 80)
    };
    if (details.email !== null && !EMAIL_PATTERN.test(details.email)) throw invalid(`${quoted(details.email)} is not an email address.`);
    return details;
}

export function readReplacement(org: InMemoryOrg, value: unknown): ReplacementDetails {
    if (value === null || typeof value !== 'object') throw invalid('Tell who replaced the contact who left.');
    const input = value as Partial<ReplacementCall>;
    const hasId = typeof input.contactId === 'string' && !isBlank(input.contactId);
    const hasNew = input.create !== null && input.create !== undefined;
    if (hasId === hasNew) throw invalid('Choose an existing contact of the dealership, or enter a new contact (one of the two).');
    const reached = readBoolean(input.reached, 'Reached the new contact');
    if (reached === null) throw invalid('Tell whether you reached the new contact.');
    const score = readScore(input.score, "The new contact's score");
    const referral = readBoolean(input.referral, 'Referral');
    if (score !== null && !reached) throw invalid('A score can only be given by a contact you reached.');
    // "If they are enthusiastic, we may also ask if they'd like to be a referral for us. Use your discretion for this."
    if (referral !== null && score === null) throw invalid("A referral is recorded with the new contact's score: enter the score too.");
    const supportCase = input.supportCase === null || input.supportCase === undefined ? null : readSupportCase(org, input.supportCase);
    if (supportCase && !reached) throw invalid('Open a support case only for a contact you reached.');
    const followUp = input.followUp as { reminderAt?: unknown } | null | undefined;
    const reminderAt = followUp === null || followUp === undefined ? null : requireFutureInstant(org, followUp.reminderAt, 'the follow-up reminder');
    if (reminderAt !== null && score !== null) throw invalid('A scored call is complete; it needs no follow-up.');
    return {
        contactId: hasId ? requireIdOf(org, input.contactId, 'Contact', 'the new contact') : null,
        create: hasNew ? readNewContact(input.create) : null,
        confirmedNotDuplicate: input.confirmedNotDuplicate === true,
        reached,
        score,
        referral,
        reminderAt,
        supportCase
    };
}

/**
 * Our duplicate rule for a new contact, which also stands in for the org's active duplicate rules (Apex
 * inserts with DuplicateRuleHeader.allowSave only once the agent confirmed a different person):
 * DUPLICATE_CONTACT, naming the matches, when a contact of the account looks like the same person.
 */
export function requireNoLikelyDuplicate(
    org: InMemoryOrg,
    person: { firstName: string | null; lastName: string; phone: string | null; email: string | null },
    accountId: string,
    place: string
): void {
    const identity = { firstName: person.firstName, lastName: person.lastName, phones: [person.phone], email: person.email };
    const matches = selectContactsOfAccount(org, accountId, DUPLICATE_SCAN_LIMIT).filter(
        (candidate) => duplicateReasons(identity, identityOf(candidate)).length > 0
    );
    if (matches.length) {
        const name = person.firstName ? `${person.firstName} ${person.lastName}` : person.lastName;
        throw new PlaybookError(
            'DUPLICATE_CONTACT',
            `${name} may already exist at ${place}: ${matches
                .map((match) => String(match.Name))
                .join(', ')}. Choose the existing contact, or confirm that this is a different person.`
        );
    }
}

/** The existing contact checked against the dealership, or the new contact inserted (after the duplicate rule). */
export function resolveReplacement(org: InMemoryOrg, details: ReplacementDetails, claCase: SObjectRecord): ResolvedReplacement {
    const accountId = claCase.AccountId as string;
    if (details.contactId) {
        if (sameId(details.contactId, claCase.ContactId)) throw invalid('The new contact cannot be the contact who left.');
        const found = selectContactsById(org, [details.contactId])[0];
        if (!found) throw new PlaybookError('NOT_FOUND', 'The chosen contact does not exist or you cannot see it.');
        if (!sameId(found.AccountId, accountId)) throw invalid(`${String(found.Name)} does not belong to this dealership. Choose one of its contacts.`);
        return { contactId: found.Id, contactName: String(found.Name), existingCase: claCaseForCall(org, found.Id) };
    }
    const create = details.create as NewContactDetails;
    if (!details.confirmedNotDuplicate) requireNoLikelyDuplicate(org, create, accountId, 'this dealership');
    const contactId = insertContact(
        org,
        {
            attributes: { type: 'Contact' },
            AccountId: accountId,
            FirstName: create.firstName,
            LastName: create.lastName,
            Title: create.title,
            Phone: create.phone,
            Email: create.email,
            Employment_Status__c: 'Active'
        },
        details.confirmedNotDuplicate,
        'this dealership'
    );
    return { contactId, contactName: `${create.firstName} ${create.lastName}`, existingCase: undefined };
}

/**
 * Inserts a new contact in user mode. The org's active duplicate rules apply unless the agent confirmed that this is a
 * different person (DuplicateRuleHeader.allowSave); their refusal (DUPLICATES_DETECTED) is DUPLICATE_CONTACT. Mirrors
 * ReplacementContactService.insertContact in Apex.
 */
export function insertContact(org: InMemoryOrg, contact: SObjectInput, confirmedNotDuplicate: boolean, place: string): string {
    try {
        return org.db.insert(contact, 'USER_MODE', { duplicateRuleHeader: { allowSave: confirmedNotDuplicate } })[0] as string;
    } catch (error) {
        if (!(error instanceof DmlError) || error.statusCode !== 'DUPLICATES_DETECTED') throw error;
        const name = contact.FirstName ? `${String(contact.FirstName)} ${String(contact.LastName)}` : String(contact.LastName);
        throw new PlaybookError(
            'DUPLICATE_CONTACT',
            `${name} may already exist at ${place}: a contact the org's duplicate rule found. Choose the existing contact, or confirm that this is a different person.`
        );
    }
}

/** A new CLA case for the replacement contact, owned by the agent, its subject like the old case's (cut to Case.Subject's length). */
export function insertReplacementCase(org: InMemoryOrg, claCase: SObjectRecord, oldContactName: string, replacement: ResolvedReplacement): string {
    const oldSubject = typeof claCase.Subject === 'string' ? claCase.Subject : '';
    const renamed = oldContactName && oldSubject.includes(oldContactName) ? oldSubject.split(oldContactName).join(replacement.contactName) : oldSubject;
    // A longer name can push the subject past Case.Subject's length: cut it there rather than fail the save.
    const subject = renamed.slice(0, org.schema.field('Case', 'Subject').length ?? renamed.length);
    const [caseId] = org.db.insert(
        {
            attributes: { type: 'Case' },
            RecordTypeId: org.recordTypeId('Case', CLA_RECORD_TYPE),
            AccountId: claCase.AccountId as string,
            ContactId: replacement.contactId,
            OwnerId: org.runningUserId(),
            Subject: subject || null,
            CL_Activity_Status__c: 'In Progress',
            CL_Call_Attempts__c: 0
        },
        'USER_MODE'
    ) as [string];
    return caseId;
}
