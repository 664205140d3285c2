import type { NewCaseContextResponse, NewCaseResponse } from 'c/playbookContracts';
import {
    caseKind,
    contactOptions,
    homeownerWithoutContract,
    interactionText,
    requestKind,
    underContact,
    withCreatedContact,
    withInstallerInstead,
    withRelateInteraction,
    contractOptions,
    contractWarning,
    createdMessage,
    draftProblem,
    homeownerRequest,
    initialDraft,
    installerRequest,
    recordsToRefresh,
    withConfirmation,
    withValue
} from '../newCaseModel';
import homeownerData from './data/homeownerContext.json';
import installerData from './data/installerContext.json';

const homeowner = homeownerData as NewCaseContextResponse;
const installer = installerData as NewCaseContextResponse;
const ACTIVE = '800000000000002AAA';
const CANCELLED = '800000000000001AAA';

describe('newCaseModel', () => {
    it('gives a homeowner account a homeowner case and an installer organisation an installer case', () => {
        expect(caseKind(homeowner)).toBe('HOMEOWNER');
        expect(caseKind(installer)).toBe('INSTALLER');
        expect(caseKind({ ...installer, sourceContractId: CANCELLED })).toBe('HOMEOWNER');
    });

    it('pre-selects the active contract from the account, and the contract the action started from', () => {
        expect(initialDraft(homeowner).contractId).toBe(ACTIVE);
        expect(initialDraft({ ...homeowner, sourceContractId: CANCELLED }).contractId).toBe(CANCELLED);
        expect(initialDraft({ ...homeowner, activeContractId: null }).contractId).toBeNull();
    });

    it('labels contracts with their state and contacts with their title', () => {
        expect(contractOptions(homeowner).map((option) => option.label)).toEqual([
            '00000102 (active) · 2026-10-21 to 2027-10-20',
            '00000101 (Cancelled) · 2025-10-16 to 2027-10-15'
        ]);
        expect(contactOptions(installer)).toEqual([{ label: 'Ivy Installer (Sales Rep)', value: '003000000000002AAA' }]);
    });

    it('warns about a cancelled contract and asks for the confirmation before a save', () => {
        const draft = { ...withValue(initialDraft(homeowner), 'contractId', CANCELLED), subject: 'Battery not charging' };
        expect(contractWarning(homeowner, draft)).toContain('Contract 00000101 is Cancelled');
        expect(draftProblem(homeowner, draft)).toBe('CONFIRM_CONTRACT');
        const confirmed = withConfirmation(draft, true);
        expect(draftProblem(homeowner, confirmed)).toBeNull();
        expect(homeownerRequest('key', homeowner, confirmed).confirmedWarningContract).toBe(true);
        expect(withValue(confirmed, 'contractId', ACTIVE).confirmedWarningContract).toBe(false);
    });

    it('needs a contract for a homeowner, an installer contact for an installer, and a subject within its length', () => {
        expect(draftProblem(homeowner, { ...initialDraft(homeowner), contractId: null, subject: 'x' })).toBe('NO_CONTRACT');
        expect(draftProblem(installer, { ...initialDraft(installer), subject: 'x' })).toBe('NO_INSTALLER_CONTACT');
        expect(draftProblem(homeowner, initialDraft(homeowner))).toBe('NO_SUBJECT');
        expect(draftProblem(homeowner, withValue(initialDraft(homeowner), 'subject', 'S'.repeat(256)))).toBe('SUBJECT_TOO_LONG');
        expect(draftProblem(homeowner, { ...initialDraft(homeowner), subject: 'x', description: 'D'.repeat(32001) })).toBe('DESCRIPTION_TOO_LONG');
    });

    it('builds the one save request of each kind, trimmed, with blanks as null', () => {
        const draft = { ...initialDraft(homeowner), subject: '  Battery not charging ', description: '  ', contactId: '003000000000001AAA' };
        expect(homeownerRequest('key-1', homeowner, draft)).toEqual({
            requestKey: 'key-1',
            accountId: '001000000000001AAA',
            contractId: ACTIVE,
            contactId: '003000000000001AAA',
            subject: 'Battery not charging',
            description: null,
            productType: null,
            confirmedWarningContract: false,
            interactionTaskId: null
        });
        const installerDraft = { ...initialDraft(installer), installerContactId: '003000000000002AAA', subject: 'Portal', productType: 'Solar Monitoring' };
        expect(installerRequest('key-2', installer, installerDraft)).toEqual({
            requestKey: 'key-2',
            accountId: '001000000000002AAA',
            contactId: null,
            installerContactId: '003000000000002AAA',
            subject: 'Portal',
            description: null,
            productType: 'Solar Monitoring',
            interactionTaskId: null
        });
    });

    it('says what was created, with a placeholder for the link, and refreshes the account and the contract', () => {
        const response: NewCaseResponse = {
            caseId: '500000000000001AAA',
            caseNumber: '00001027',
            accountId: '001000000000001AAA',
            contractId: ACTIVE,
            installerContactId: null,
            ownerId: '005000000000001AAA',
            interactionTaskId: null,
            entitlementId: null,
            replayed: false
        };
        expect(createdMessage(response)).toBe('Case {0} was created and is assigned to you.');
        expect(createdMessage({ ...response, replayed: true })).toContain('had already been created');
        expect(recordsToRefresh(response)).toEqual([{ recordId: '001000000000001AAA' }, { recordId: ACTIVE }]);
        expect(recordsToRefresh({ ...response, contractId: null })).toEqual([{ recordId: '001000000000001AAA' }]);
    });

    describe('the customer not in Salesforce, the contact record and the interaction', () => {
        const interaction = { taskId: '00T000000000009AAA', subject: 'Inbound call 555-0199', contactName: 'Ivy Installer', ownedByMe: false };

        it('a homeowner without any contract gets no homeowner case: New Case says so and offers an installer case instead', () => {
            const bare = { ...homeowner, contracts: [], activeContractId: null };
            expect(homeownerWithoutContract(bare)).toBe(true);
            expect(homeownerWithoutContract(homeowner)).toBe(false);
            const draft = { ...initialDraft(bare), subject: 'Roof leak near the panels' };
            expect(draftProblem(bare, draft)).toBe('HOMEOWNER_WITHOUT_CONTRACT');
            const instead = withInstallerInstead(draft, { contactId: '003000000000002AAA', name: 'Ivy Installer', accountName: 'Sunbright Installers' });
            expect(requestKind(bare, instead)).toBe('INSTALLER');
            expect(draftProblem(bare, instead)).toBeNull();
            expect(installerRequest('k', bare, instead)).toMatchObject({ accountId: null, contactId: '003000000000002AAA', installerContactId: null, interactionTaskId: null });
        });

        it('started from an installer contact, the installer case goes under that contact', () => {
            const fromContact = { ...installer, sourceContactId: '003000000000002AAA' };
            expect(underContact(fromContact)).toBe(true);
            const draft = { ...initialDraft(fromContact), subject: 'Portal' };
            expect(draftProblem(fromContact, draft)).toBeNull();
            expect(installerRequest('k', fromContact, draft)).toMatchObject({ accountId: null, contactId: '003000000000002AAA', installerContactId: null });
        });

        it('started from a homeowner contact, that contact is the case contact', () => {
            expect(initialDraft({ ...homeowner, sourceContactId: '003000000000001AAA' }).contactId).toBe('003000000000001AAA');
        });

        it('relates the open interaction unless the agent says no, and says when it becomes theirs', () => {
            const withCall = { ...installer, interaction };
            expect(interactionText(withCall)).toBe('Relate the call "Inbound call 555-0199" with Ivy Installer to the new case (it is assigned to you)');
            const draft = { ...initialDraft(withCall), installerContactId: '003000000000002AAA', subject: 'Portal' };
            expect(draft.relateInteraction).toBe(true);
            expect(installerRequest('k', withCall, draft).interactionTaskId).toBe('00T000000000009AAA');
            expect(installerRequest('k', withCall, withRelateInteraction(draft, false)).interactionTaskId).toBeNull();
            expect(homeownerRequest('k', { ...homeowner, interaction }, { ...initialDraft({ ...homeowner, interaction }), subject: 'x' }).interactionTaskId).toBe(
                '00T000000000009AAA'
            );
        });

        it('a sales rep created under the organisation becomes the installer contact (001-R9)', () => {
            const created = {
                accountId: installer.accountId,
                accountName: installer.accountName,
                customerRole: 'Installer',
                createdAccount: false,
                contactId: '003000000000007AAA',
                contactName: 'Omar Haddad',
                installerRecordType: false,
                replayed: false
            };
            const next = withCreatedContact(installer, initialDraft(installer), created);
            expect(next.draft.installerContactId).toBe('003000000000007AAA');
            expect(contactOptions(next.context).map((option) => option.label)).toContain('Omar Haddad');
        });
    });
});
