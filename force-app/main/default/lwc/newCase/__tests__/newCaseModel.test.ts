import type { NewCaseContextResponse, NewCaseResponse } from 'c/playbookContracts';
import {
    caseKind,
    contactOptions,
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
            confirmedWarningContract: false
        });
        const installerDraft = { ...initialDraft(installer), installerContactId: '003000000000002AAA', subject: 'Portal', productType: 'Solar Monitoring' };
        expect(installerRequest('key-2', installer, installerDraft)).toEqual({
            requestKey: 'key-2',
            accountId: '001000000000002AAA',
            contactId: null,
            installerContactId: '003000000000002AAA',
            subject: 'Portal',
            description: null,
            productType: 'Solar Monitoring'
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
            replayed: false
        };
        expect(createdMessage(response)).toBe('Case {0} was created and is assigned to you.');
        expect(createdMessage({ ...response, replayed: true })).toContain('had already been created');
        expect(recordsToRefresh(response)).toEqual([{ recordId: '001000000000001AAA' }, { recordId: ACTIVE }]);
        expect(recordsToRefresh({ ...response, contractId: null })).toEqual([{ recordId: '001000000000001AAA' }]);
    });
});
