// The org's Standard Contact Duplicate Rule, approximated (spec/org/duplicateRules.ts): what it
// matches, how DML with and without DuplicateRuleHeader.allowSave meets it, and how the package's
// new-contact saves turn its refusal into DUPLICATE_CONTACT.
import { PlaybookError } from '../errors/PlaybookError';
import { DmlError } from '../org/errors';
import { jaroWinkler } from '../org/duplicateRules';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectInput } from '../org/values';
import { createProjectOrg } from '../project/createProjectOrg';
import { resolveReplacement, type ReplacementDetails } from '../services/ReplacementContactService';
import { CLOCK, newProjectOrg, projectRoot } from './orgFixtures';

function dmlError(action: () => unknown): DmlError {
    try {
        action();
    } catch (error) {
        if (error instanceof DmlError) return error;
        throw error;
    }
    throw new Error('Expected a DmlError');
}

function account(org: InMemoryOrg, name: string): string {
    return org.db.insert({ attributes: { type: 'Account' }, Name: name }, 'SYSTEM_MODE')[0] as string;
}

function contact(fields: Record<string, unknown>): SObjectInput {
    return { attributes: { type: 'Contact' }, ...fields } as SObjectInput;
}

/** An org with Samuel Okafor at Northgate Motors, and the insert of `fields` as a new contact. */
function insertNextTo(fields: Record<string, unknown>, allowSave?: boolean): DmlError | string {
    const org = newProjectOrg();
    const accountId = account(org, 'Northgate Motors');
    org.db.insert(
        contact({
            FirstName: 'Samuel',
            LastName: 'Okafor',
            AccountId: accountId,
            Title: 'Service Manager',
            Email: 'samuel.okafor@northgate.example',
            Phone: '555-010-0001',
            MailingStreet: '12 Harbour Road',
            MailingCity: 'Portland'
        }),
        'SYSTEM_MODE'
    );
    try {
        const options = allowSave === undefined ? {} : { duplicateRuleHeader: { allowSave } };
        return org.db.insert(contact({ AccountId: accountId, ...fields }), 'SYSTEM_MODE', options)[0] as string;
    } catch (error) {
        if (error instanceof DmlError) return error;
        throw error;
    }
}

function refused(outcome: DmlError | string): boolean {
    return outcome instanceof DmlError && outcome.statusCode === 'DUPLICATES_DETECTED';
}

describe('the Standard Contact Duplicate Rule', () => {
    it("refuses a new contact it matches, in any mode, with the rule's alert text, unless allowSave is set", () => {
        const twin = { FirstName: 'Samuel', LastName: 'Okafor', Email: 'SAMUEL.OKAFOR@northgate.example' };
        const plain = insertNextTo(twin);
        expect(refused(plain)).toBe(true);
        expect((plain as DmlError).message).toBe('DUPLICATES_DETECTED, Use one of these records?');
        expect(refused(insertNextTo(twin, false))).toBe(true);
        expect(typeof insertNextTo(twin, true)).toBe('string');
    });

    it('needs more than the name: a second field of its matching equation', () => {
        expect(refused(insertNextTo({ FirstName: 'Samuel', LastName: 'Okafor' }))).toBe(false);
        expect(refused(insertNextTo({ FirstName: 'Samuel', LastName: 'Okafor', Title: 'Service Manager' }))).toBe(true);
        expect(refused(insertNextTo({ FirstName: 'Samuel', LastName: 'Okafor', Phone: '+1 (555) 010-0001' }))).toBe(
            true
        );
        expect(
            refused(
                insertNextTo({
                    FirstName: 'Samuel',
                    LastName: 'Okafor',
                    MailingStreet: '12 harbour road',
                    MailingCity: 'Portland'
                })
            )
        ).toBe(true);
        expect(
            refused(insertNextTo({ FirstName: 'Samuel', LastName: 'Okafor', MailingStreet: '12 Harbour Road' }))
        ).toBe(false);
        expect(refused(insertNextTo({ FirstName: 'Samuel', LastName: 'Okafor', Email: 'sam@elsewhere.example' }))).toBe(
            false
        );
    });

    it('matches first names fuzzily, by initial, and names written the other way round; last names nearly exactly', () => {
        const phone = '555-010-0001';
        expect(jaroWinkler('samuel', 'samual')).toBeGreaterThan(0.85);
        expect(refused(insertNextTo({ FirstName: 'Samual', LastName: 'Okafor', Phone: phone }))).toBe(true);
        expect(refused(insertNextTo({ FirstName: 'S.', LastName: 'Okafor', Phone: phone }))).toBe(true);
        expect(refused(insertNextTo({ FirstName: 'Okafor', LastName: 'Samuel', Phone: phone }))).toBe(true);
        expect(refused(insertNextTo({ FirstName: 'Daniel', LastName: 'Okafor', Phone: phone }))).toBe(false);
        expect(refused(insertNextTo({ FirstName: 'Samuel', LastName: 'Okoye', Phone: phone }))).toBe(false);
    });

    it('only reports on edit, compares no two rows of one statement, and can be switched off per org', () => {
        const org = newProjectOrg();
        const accountId = account(org, 'Northgate Motors');
        const twins = [1, 2].map(() =>
            contact({ FirstName: 'Samuel', LastName: 'Okafor', AccountId: accountId, Phone: '555-010-0001' })
        );
        const [firstId, secondId] = org.db.insert(twins, 'SYSTEM_MODE') as [string, string];
        org.db.update({ Id: secondId, Email: 'samuel@northgate.example' }, 'SYSTEM_MODE');
        expect(org.db.get(secondId)?.Email).toBe('samuel@northgate.example');
        expect(dmlError(() => org.db.insert(twins[0] as SObjectInput, 'SYSTEM_MODE')).statusCode).toBe(
            'DUPLICATES_DETECTED'
        );
        expect(firstId).toBeDefined();

        const withoutRule = createProjectOrg({ root: projectRoot, clock: CLOCK, standardContactDuplicateRule: false });
        const otherAccountId = account(withoutRule, 'Northgate Motors');
        const twin = contact({
            FirstName: 'Samuel',
            LastName: 'Okafor',
            AccountId: otherAccountId,
            Phone: '555-010-0001'
        });
        withoutRule.db.insert(twin, 'SYSTEM_MODE');
        withoutRule.db.insert(twin, 'SYSTEM_MODE');
        expect(withoutRule.db.all('Contact')).toHaveLength(2);
    });

    it('compares only with contacts the running user can see (the rule enforces sharing)', () => {
        const org = newProjectOrg();
        const ownerId = org.createUser({ LastName: 'Owner' });
        const otherId = org.createUser({ LastName: 'Other' });
        // A contact without an account is private to its owner.
        org.db.insert(
            contact({ FirstName: 'Pat', LastName: 'Private', Email: 'pat@example.com', OwnerId: ownerId }),
            'SYSTEM_MODE'
        );
        const twin = contact({ FirstName: 'Pat', LastName: 'Private', Email: 'pat@example.com' });
        expect(dmlError(() => org.runAs(ownerId, () => org.db.insert(twin, 'USER_MODE'))).statusCode).toBe(
            'DUPLICATES_DETECTED'
        );
        org.runAs(otherId, () => org.db.insert(twin, 'USER_MODE'));
        expect(org.db.all('Contact')).toHaveLength(2);
    });
});

describe("a new contact the org's rule matches but the package's own rule does not (review F9)", () => {
    function replacementAt(org: InMemoryOrg, confirmedNotDuplicate: boolean): string {
        const claAccountId = account(org, 'Northgate Motors');
        const otherAccountId = account(org, 'Harbour Motors');
        // The same person, at another dealership: the package's rule looks at this dealership only.
        org.db.insert(
            contact({ FirstName: 'Dana', LastName: 'Reyes', AccountId: otherAccountId, Phone: '555-010-0042' }),
            'SYSTEM_MODE'
        );
        const leftId = org.db.insert(
            contact({ FirstName: 'Samuel', LastName: 'Okafor', AccountId: claAccountId }),
            'SYSTEM_MODE'
        )[0] as string;
        const agentId = org.createUser({ LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        const details: ReplacementDetails = {
            contactId: null,
            create: {
                firstName: 'Dana',
                lastName: 'Reyes',
                title: 'Service Manager',
                phone: '555-010-0042',
                email: null
            },
            confirmedNotDuplicate,
            reached: true,
            score: 9,
            referral: null,
            reminderAt: null,
            supportCase: null
        };
        const claCase = {
            attributes: { type: 'Case' },
            Id: '500000000000001AAA',
            AccountId: claAccountId,
            ContactId: leftId
        };
        return org.runAs(agentId, () => org.transaction(() => resolveReplacement(org, details, claCase).contactId));
    }

    it('is refused as DUPLICATE_CONTACT until the agent confirms a different person, then saved with allowSave', () => {
        const org = newProjectOrg();
        let error: unknown;
        try {
            replacementAt(org, false);
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(PlaybookError);
        expect((error as PlaybookError).code).toBe('DUPLICATE_CONTACT');
        expect((error as PlaybookError).message).toContain("a contact the org's duplicate rule found");

        const confirmed = newProjectOrg();
        const contactId = replacementAt(confirmed, true);
        expect(confirmed.db.get(contactId)).toMatchObject({ FirstName: 'Dana', LastName: 'Reyes' });
    });
});

describe('the Standard Account Duplicate Rule, which the in-memory org does not model', () => {
    function agentOrg(): { org: InMemoryOrg; agentId: string } {
        const org = newProjectOrg();
        const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        return { org, agentId };
    }

    it('a user-mode insert of an account whose name resembles a readable one fails loudly with unsupported:', () => {
        const { org, agentId } = agentOrg();
        account(org, 'Brightline Solar Installers');
        org.setRunningUser(agentId);
        expect(() => org.db.insert({ attributes: { type: 'Account' }, Name: 'Brightline Solar Installer' }, 'USER_MODE')).toThrow(/^unsupported: the Standard Account Duplicate Rule/);
    });

    it('an account whose name resembles none is saved; allowSave bypasses the rule as the agent confirmed', () => {
        const { org, agentId } = agentOrg();
        account(org, 'Brightline Solar Installers');
        org.setRunningUser(agentId);
        expect(org.db.insert({ attributes: { type: 'Account' }, Name: 'Sunrise Roofing and Solar' }, 'USER_MODE')).toHaveLength(1);
        expect(
            org.db.insert({ attributes: { type: 'Account' }, Name: 'Brightline Solar Installers' }, 'USER_MODE', { duplicateRuleHeader: { allowSave: true } })
        ).toHaveLength(1);
    });
});
