// SupportCaseService: procedure 000, "Creating New Support Cases for Our Contacts". The subject is
// specific ("try to avoid saying 'needs help' or 'issue'"), the best phone and email are confirmed,
// the description carries the call notes, Product Type, Case Reason and Type are real values, and
// the Origin is the settings' "Customer Loyalty". Mirrors the Apex class SupportCaseService.
import type { SupportCaseInput } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { invalid, quoted, requireIdOf, requireText } from './CallInput';
import { isBlank } from './PlaybookText';

export const MIN_SUBJECT_LENGTH = 10;
export const SUBJECT_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 15000;
export const PHONE_MAX_LENGTH = 40;
export const EMAIL_MAX_LENGTH = 80;
/** Words that say nothing about the problem on their own; with the settings' vague words they cannot be a whole subject. */
export const FILLER_WORDS = ['a', 'an', 'the', 'and', 'or', 'with', 'for', 'of', 'to', 'in', 'on', 'is', 'has', 'have', 'needs', 'need', 'some', 'my', 'their'];
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface SupportCaseDetails {
    subject: string;
    description: string;
    phone: string;
    email: string;
    productType: string;
    reason: string;
    type: string;
    contactId: string | null;
}

function words(text: string): string[] {
    return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/** True when the subject is nothing but the settings' vague phrases and filler words. */
export function isVagueSubject(subject: string, vaguePhrases: readonly string[]): boolean {
    let remaining = ` ${words(subject).join(' ')} `;
    const phrases = vaguePhrases.map((phrase) => words(phrase).join(' ')).filter((phrase) => phrase !== '');
    phrases.sort((left, right) => right.length - left.length);
    for (const phrase of phrases) {
        while (remaining.includes(` ${phrase} `)) remaining = remaining.replace(` ${phrase} `, ' ');
    }
    return words(remaining).every((word) => FILLER_WORDS.includes(word));
}

function requirePicklistValue(org: InMemoryOrg, fieldName: string, value: unknown, what: string): string {
    const chosen = requireText(value, what, SUBJECT_MAX_LENGTH);
    const allowed = org.schema.field('Case', fieldName).picklistValues;
    if (allowed && !allowed.includes(chosen)) throw invalid(`${quoted(chosen)} is not a ${what} value. Choose one from the list.`);
    return chosen;
}

export function readSupportCase(org: InMemoryOrg, value: unknown): SupportCaseDetails {
    if (value === null || typeof value !== 'object') throw invalid('Fill in the support case.');
    const input = value as Partial<SupportCaseInput>;
    const subject = requireText(input.subject, 'the support case subject', SUBJECT_MAX_LENGTH);
    if (subject.length < MIN_SUBJECT_LENGTH || isVagueSubject(subject, org.settings().vagueSubjectWords)) {
        throw invalid(
            'Describe the problem in the subject: say specifically and concisely what is wrong (for example "Solar monitoring shows no data since Monday"), not only "needs help" or "issue".'
        );
    }
    const email = requireText(input.email, 'the best email to reach the contact at', EMAIL_MAX_LENGTH);
    if (!EMAIL_PATTERN.test(email)) throw invalid(`${quoted(email)} is not an email address.`);
    return {
        subject,
        description: requireText(input.description, 'the support case description', DESCRIPTION_MAX_LENGTH),
        phone: requireText(input.phone, 'the best phone number to reach the contact at', PHONE_MAX_LENGTH),
        email,
        productType: requirePicklistValue(org, 'Product_Type__c', input.productType, 'Product Type'),
        reason: requirePicklistValue(org, 'Reason', input.reason, 'Case Reason'),
        type: requirePicklistValue(org, 'Type', input.type, 'Type'),
        // As in Apex: blank means "the contact called"; anything else must be a Contact Id (WRONG_OBJECT otherwise).
        contactId: isBlank(input.contactId) ? null : requireIdOf(org, input.contactId, 'Contact', 'the support case contact')
    };
}

/** The new support case for a dealership contact; the call notes follow the agent's description. */
export function newSupportCase(org: InMemoryOrg, details: SupportCaseDetails, accountId: string | null, contactId: string, notes: string): SObjectInput {
    return {
        attributes: { type: 'Case' },
        AccountId: accountId,
        ContactId: contactId,
        Origin: org.settings().supportCaseOrigin,
        Subject: details.subject,
        Description: `${details.description}\n\nCall notes:\n${notes}`,
        SuppliedPhone: details.phone,
        SuppliedEmail: details.email,
        Product_Type__c: details.productType,
        Reason: details.reason,
        Type: details.type
    };
}
