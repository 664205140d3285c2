import type { LogACallContextResponse, SaveCallResponse } from 'c/playbookContracts';
import {
    addContact,
    appearsOn,
    appearsOnText,
    buildSaveRequest,
    changedRecordIds,
    chosenCase,
    initialDraft,
    installerAccounts,
    isValid,
    openTaskText,
    relatesToOptions,
    suggestedInstaller,
    withCreatedCustomer,
    relatedAccounts,
    removeContact,
    searchTerm,
    startInstaller,
    successMessage,
    validate,
    withChange,
    withInstallerChange,
    withInstallerConfirmation
} from '../logACallModel';
import supportCase from './data/supportCaseContext.json';
import claCase from './data/claCaseContext.json';
import installerSearch from './data/installerSearch.json';
import saved from './data/savedWithInstaller.json';
import accountPage from './data/accountPageContext.json';

const SUPPORT = supportCase as LogACallContextResponse;
const CLA = claCase as LogACallContextResponse;
const DEV = installerSearch.contacts[0]!;
const NOW = new Date('2026-11-20T15:00:00.000Z');
const ACCOUNT = accountPage as LogACallContextResponse;

describe('logACallModel', () => {
    describe('initialDraft', () => {
        it('starts a CLA call with the subject and comments prefix from the settings, outbound, with the case contact', () => {
            const draft = initialDraft(CLA);
            expect(draft.mode).toBe('LOG_COMPLETED');
            expect(draft.subject).toBe('Customer Satisfaction Call');
            expect(draft.comments).toBe('Called to collect CSS. ');
            expect(draft.callType).toBe('Outbound');
            expect(draft.contacts.map((contact) => contact.name)).toEqual(['Samuel Okafor']);
            expect(draft.completeOpenTask).toBe(false);
        });

        it('starts a support-case interaction as an inbound plain call that completes the phone system task', () => {
            const draft = initialDraft(SUPPORT);
            expect(draft.subject).toBe('Call');
            expect(draft.comments).toBe('');
            expect(draft.callType).toBe('Inbound');
            expect(draft.completeOpenTask).toBe(true);
        });

        it('has no contact on an account page', () => {
            expect(initialDraft({ ...SUPPORT, objectType: 'Account', contact: null }).contacts).toEqual([]);
        });
    });

    describe('changes', () => {
        it('an open task never completes the phone system task, and a logged call drops the reminder and due date', () => {
            let draft = withChange(initialDraft(SUPPORT), 'mode', 'OPEN_TASK');
            expect(draft.completeOpenTask).toBe(false);
            draft = withChange(withChange(draft, 'reminderAt', '2026-11-21T15:00:00.000Z'), 'dueDate', '2026-11-21');
            draft = withChange(draft, 'mode', 'LOG_COMPLETED');
            expect(draft.reminderAt).toBe('');
            expect(draft.dueDate).toBe('');
        });

        it('adds a contact once and removes it', () => {
            const draft = addContact(addContact(initialDraft(SUPPORT), DEV), DEV);
            expect(draft.contacts.map((contact) => contact.contactId)).toEqual(['003000000000001AAA', DEV.contactId]);
            expect(removeContact(draft, DEV.contactId).contacts).toHaveLength(1);
        });
    });

    describe('relations (procedure 002: related to both accounts)', () => {
        it('relates the record account first, then each other customer account through its contact', () => {
            const draft = addContact(initialDraft(SUPPORT), DEV);
            expect(relatedAccounts(SUPPORT, draft, null)).toEqual([
                { accountId: '001000000000001AAA', name: 'Rivera Household' },
                { accountId: DEV.accountId, name: 'Brightline Solar Installers' }
            ]);
        });

        it('previews where the call will appear, in the order the server reports it', () => {
            const draft = addContact(initialDraft(SUPPORT), DEV);
            const preview = appearsOn(SUPPORT, draft, null);
            expect(appearsOnText(preview)).toBe('Case 00001001; accounts Rivera Household, Brightline Solar Installers; contacts Maria Rivera, Dev Patel');
            expect(preview.map((ref) => ref.recordId)).toEqual(saved.appearsOn.map((ref) => ref.recordId));
        });

        it('shows a new installer contact and its account in the preview', () => {
            let draft = startInstaller(initialDraft(SUPPORT), DEV.accountId);
            draft = withInstallerChange(withInstallerChange(draft, 'firstName', 'Lena'), 'lastName', 'Ortiz');
            expect(appearsOnText(appearsOn(SUPPORT, draft, 'Brightline Solar Installers'))).toBe(
                'Case 00001001; accounts Rivera Household, Brightline Solar Installers; contacts Maria Rivera, Lena Ortiz (new)'
            );
        });

        it('sends "not a duplicate" only once the agent ticked it, and withdraws it when the person\'s details change', () => {
            let draft = startInstaller(initialDraft(SUPPORT), DEV.accountId);
            draft = withInstallerChange(withInstallerChange(draft, 'firstName', 'Devin'), 'lastName', 'Patel');
            expect(buildSaveRequest(SUPPORT, draft, 'key-d').newInstallerContact).not.toHaveProperty('confirmedNotDuplicate');
            const confirmed = withInstallerConfirmation(draft, true);
            expect(buildSaveRequest(SUPPORT, confirmed, 'key-d').newInstallerContact).toMatchObject({ firstName: 'Devin', confirmedNotDuplicate: true });
            expect(withInstallerChange(confirmed, 'lastName', 'Patel').installer?.confirmedNotDuplicate).toBe(true);
            expect(withInstallerChange(confirmed, 'phone', '555-0100').installer?.confirmedNotDuplicate).toBe(false);
            expect(withInstallerConfirmation(initialDraft(SUPPORT), true).installer).toBeNull();
        });

        it('offers the installer accounts seen in the search results', () => {
            expect(installerAccounts([DEV], initialDraft(SUPPORT))).toEqual([{ accountId: DEV.accountId, name: 'Brightline Solar Installers' }]);
            expect(installerAccounts([], initialDraft(SUPPORT))).toEqual([]);
        });
    });

    describe('validate', () => {
        it('accepts the defaults', () => {
            expect(validate(SUPPORT, initialDraft(SUPPORT), NOW)).toEqual({});
        });

        it('requires a subject within Task.Subject', () => {
            expect(validate(SUPPORT, withChange(initialDraft(SUPPORT), 'subject', '  '), NOW).subject).toBe('Enter a subject.');
            expect(validate(SUPPORT, withChange(initialDraft(SUPPORT), 'subject', 'S'.repeat(256)), NOW).subject).toBe('Use 255 characters or fewer.');
            expect(validate(SUPPORT, withChange(initialDraft(SUPPORT), 'subject', 'S'.repeat(255)), NOW)).toEqual({});
        });

        it('keeps comments within Task.Description', () => {
            expect(validate(SUPPORT, withChange(initialDraft(SUPPORT), 'comments', 'c'.repeat(32001)), NOW).comments).toBeDefined();
        });

        it('requires the reminder in the future', () => {
            const open = withChange(initialDraft(SUPPORT), 'mode', 'OPEN_TASK');
            expect(validate(SUPPORT, withChange(open, 'reminderAt', '2026-11-20T14:59:00.000Z'), NOW).reminderAt).toBeDefined();
            expect(validate(SUPPORT, withChange(open, 'reminderAt', '2026-11-21T09:00:00.000Z'), NOW)).toEqual({});
        });

        it('requires at least one account', () => {
            const orphan = { ...SUPPORT, accountId: null, contact: null };
            expect(validate(orphan, initialDraft(orphan), NOW).relations).toBeDefined();
        });

        it('requires the new installer contact last name and a real email', () => {
            let draft = startInstaller(initialDraft(SUPPORT), DEV.accountId);
            draft = withInstallerChange(draft, 'email', 'lena at brightline');
            const errors = validate(SUPPORT, draft, NOW);
            expect(errors.installerLastName).toBeDefined();
            expect(errors.installerEmail).toBeDefined();
            expect(isValid(errors)).toBe(false);
        });
    });

    describe('buildSaveRequest', () => {
        it('completes the phone system task when logging a completed call', () => {
            const request = buildSaveRequest(SUPPORT, initialDraft(SUPPORT), 'key-1');
            expect(request).toEqual({
                requestKey: 'key-1',
                recordId: SUPPORT.recordId,
                mode: 'LOG_COMPLETED',
                existingTaskId: '00T000000000001AAA',
                subject: 'Call',
                comments: null,
                callType: 'Inbound',
                outcome: null,
                reminderAt: null,
                dueDate: null,
                contactIds: ['003000000000001AAA'],
                newInstallerContact: null,
                caseId: SUPPORT.caseId,
                accountIds: ['001000000000001AAA'],
                additionalDispositions: null
            });
        });

        it('creates an open task with its reminder and due date, never completing the phone system task', () => {
            let draft = withChange(initialDraft(SUPPORT), 'mode', 'OPEN_TASK');
            draft = withChange(withChange(draft, 'reminderAt', '2026-11-21T09:00:00-05:00'), 'dueDate', '2026-11-21');
            const request = buildSaveRequest(SUPPORT, draft, 'key-2');
            expect(request.existingTaskId).toBeNull();
            expect(request.reminderAt).toBe('2026-11-21T14:00:00.000Z');
            expect(request.dueDate).toBe('2026-11-21');
        });

        it('sends the installer contact trimmed, with both accounts', () => {
            let draft = startInstaller(withChange(initialDraft(SUPPORT), 'completeOpenTask', false), DEV.accountId);
            draft = withInstallerChange(withInstallerChange(draft, 'lastName', ' Ortiz '), 'phone', ' ');
            const request = buildSaveRequest(SUPPORT, draft, 'key-3');
            expect(request.existingTaskId).toBeNull();
            expect(request.newInstallerContact).toEqual({ firstName: null, lastName: 'Ortiz', phone: null, email: null, accountId: DEV.accountId });
            expect(request.accountIds).toEqual(['001000000000001AAA', DEV.accountId]);
        });
    });

    it('searches from 2 characters, without wildcards', () => {
        expect(searchTerm('r')).toBeNull();
        expect(searchTerm(' %r_ ')).toBeNull();
        expect(searchTerm(' ri ')).toBe('ri');
    });

    it('says what was saved and refreshes the records it appears on, not the tasks', () => {
        const response = saved as SaveCallResponse;
        expect(successMessage(response)).toEqual({
            title: 'Call logged',
            message: 'It appears on Case 00001001; accounts Rivera Household, Brightline Solar Installers; contacts Maria Rivera, Dev Patel.'
        });
        expect(successMessage({ ...response, completedExistingTask: true }).title).toBe('Call completed');
        expect(successMessage({ ...response, status: 'Not Started' }).title).toBe('Task created');
        expect(changedRecordIds(response)).toEqual(saved.appearsOn.map((ref) => ref.recordId));
    });
    describe('procedure 002: what the phone system, the case and the search bring', () => {
        it('offers the phone system\'s task with "Assign to me and finish", the agent\'s own with "Complete"', () => {
            expect(openTaskText(ACCOUNT)).toBe('Assign to me and finish the phone system\'s call task "Inbound call 555-0142" instead of creating a new one');
            expect(openTaskText(SUPPORT)).toBe('Complete the phone system\'s call task "Inbound call 555-0142" instead of creating a new one');
            expect(buildSaveRequest(ACCOUNT, initialDraft(ACCOUNT), 'k').existingTaskId).toBe('00T000000000009AAA');
        });

        it('RELATES TO on an account page: the account by default, or one of the customer\'s cases', () => {
            expect(relatesToOptions(ACCOUNT)).toEqual([
                { label: 'The account Rivera Household', value: '' },
                { label: 'Case 00001001 · Inverter offline since Monday · (New)', value: '500000000000001AAA' },
                { label: 'Case 00001002 · Battery not charging · (Working)', value: '500000000000002AAA' }
            ]);
            expect(relatesToOptions(SUPPORT)).toEqual([]);
            const onAccount = initialDraft(ACCOUNT);
            expect(buildSaveRequest(ACCOUNT, onAccount, 'k').caseId).toBeNull();
            const onCase = withChange(onAccount, 'caseId', '500000000000002AAA');
            expect(chosenCase(ACCOUNT, onCase)).toEqual({ caseId: '500000000000002AAA', caseNumber: '00001002' });
            expect(buildSaveRequest(ACCOUNT, onCase, 'k').caseId).toBe('500000000000002AAA');
            expect(appearsOnText(appearsOn(ACCOUNT, onCase, null))).toBe('Case 00001002; account Rivera Household');
        });

        it('offers the case\'s installer contact until they are on the call', () => {
            const draft = initialDraft(SUPPORT);
            const installer = suggestedInstaller(SUPPORT, draft);
            expect(installer?.name).toBe('Dev Patel');
            expect(suggestedInstaller(SUPPORT, addContact(draft, installer!))).toBeNull();
            expect(suggestedInstaller(CLA, initialDraft(CLA))).toBeNull();
        });

        it('offers installer organisations the search found by name, even without contacts', () => {
            const accounts = installerAccounts([], initialDraft(ACCOUNT), [
                { accountId: '001000000000003AAA', name: 'Sunrise Roofing and Solar', customerRole: 'Installer' },
                { accountId: '001000000000004AAA', name: 'Chen Household', customerRole: 'Homeowner' }
            ]);
            expect(accounts).toEqual([{ accountId: '001000000000003AAA', name: 'Sunrise Roofing and Solar' }]);
        });

        it('sends the chosen Additional Dispositions only where the org has the field', () => {
            const draft = withChange(initialDraft(ACCOUNT), 'dispositions', ['Warranty', 'Billing Question']);
            expect(buildSaveRequest(ACCOUNT, draft, 'k').additionalDispositions).toEqual(['Warranty', 'Billing Question']);
            expect(buildSaveRequest(SUPPORT, withChange(initialDraft(SUPPORT), 'dispositions', ['Warranty']), 'k').additionalDispositions).toBeNull();
        });

        it('a customer created from Log a Call joins the call, with their account', () => {
            const draft = withCreatedCustomer(initialDraft(ACCOUNT), {
                accountId: '001000000000005AAA',
                accountName: 'Grace Okoye',
                customerRole: 'Homeowner',
                createdAccount: true,
                contactId: '003000000000005AAA',
                contactName: 'Grace Okoye',
                installerRecordType: false,
                replayed: false
            });
            expect(draft.contacts.map((contact) => contact.contactId)).toEqual(['003000000000005AAA']);
            expect(buildSaveRequest(ACCOUNT, draft, 'k').accountIds).toEqual(['001000000000001AAA', '001000000000005AAA']);
        });

        it('says the phone system\'s task was assigned to the agent and completed', () => {
            expect(successMessage({ ...(saved as SaveCallResponse), completedExistingTask: true, assignedToMe: true }).title).toBe('Call assigned to you and completed');
        });
    });
});
