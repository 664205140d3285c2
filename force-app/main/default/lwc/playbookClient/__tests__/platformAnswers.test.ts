import { createElement, type LightningElement } from 'lwc';
import CallWizard from 'c/callWizard';
import LogACall from 'c/logACall';
import LogReview from 'c/logReview';
import ContractWarning from 'c/contractWarning';
import NewCase from 'c/newCase';
import AssignToBackOffice from 'c/assignToBackOffice';
import { NO_ACCESS_MESSAGE, UNREADABLE_REQUEST_MESSAGE } from 'c/playbookClient';
import getCallContext from '@salesforce/apex/CallWizardController.getCallContext';
import getLogACallContext from '@salesforce/apex/LogACallController.getCallContext';
import getReviewContext from '@salesforce/apex/LogReviewController.getReviewContext';
import getContractStatus from '@salesforce/apex/ContractWarningController.getContractStatus';
import getNewCaseContext from '@salesforce/apex/NewCaseController.getNewCaseContext';
import assignToBackOffice from '@salesforce/apex/ContractWarningController.assignToBackOffice';
import { flushPromises, resetDom } from 'test/jest/testUtils';

// What the platform answers before the package's Apex runs, in every component: a user without the permission set
// ("You do not have access to the Apex class named ...") and params the framework cannot deserialize into the Apex
// request class. Each component shows the package's message (playbookClient reduceError), never the platform's.

jest.mock('@salesforce/apex/CallWizardController.getCallContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.getDealershipContacts', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.claimCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.saveCallOutcome', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallWizardController.flagDuplicate', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.getCallContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.searchContacts', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogACallController.saveCall', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogReviewController.getReviewContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LogReviewController.saveReview', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ContractWarningController.getContractStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ContractWarningController.moveToContract', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ContractWarningController.acknowledge', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ContractWarningController.assignToBackOffice', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.getNewCaseContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.createHomeownerCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/NewCaseController.createInstallerCase', () => ({ default: jest.fn() }), { virtual: true });
jest.mock(
    'lightning/actions',
    () => ({
        CloseActionScreenEvent: class CloseActionScreenEvent extends CustomEvent<null> {
            constructor() {
                super('close');
            }
        }
    }),
    { virtual: true }
);

const mocked = (fn: unknown) => fn as jest.Mock;
const CASE_ID = '500000000000001AAA';

const NO_CLASS_ACCESS = (className: string) => ({
    status: 500,
    body: { message: `You do not have access to the Apex class named '${className}'.`, exceptionType: 'System.NoAccessException' }
});
const UNREADABLE_PARAMS = (className: string) => ({
    status: 400,
    body: { message: `Value provided is invalid for action parameter 'request' of type '${className}.Request'` }
});

interface Case {
    tag: string;
    component: typeof LightningElement;
    className: string;
    /** The component's first server call, which the platform answers. */
    call: unknown;
    /** What the agent does to make that call, after the component is on the page. */
    act?: (element: HTMLElement) => void;
}

const CASES: Case[] = [
    { tag: 'c-call-wizard', component: CallWizard, className: 'CallWizardController', call: getCallContext },
    { tag: 'c-log-a-call', component: LogACall, className: 'LogACallController', call: getLogACallContext },
    { tag: 'c-log-review', component: LogReview, className: 'LogReviewController', call: getReviewContext },
    { tag: 'c-contract-warning', component: ContractWarning, className: 'ContractWarningController', call: getContractStatus },
    { tag: 'c-new-case', component: NewCase, className: 'NewCaseController', call: getNewCaseContext },
    {
        tag: 'c-assign-to-back-office',
        component: AssignToBackOffice,
        className: 'ContractWarningController',
        call: assignToBackOffice,
        act: (element) => (element.shadowRoot!.querySelector('[data-id="assign"]') as HTMLElement).click()
    }
];

async function mountRefused(entry: Case, answer: object): Promise<HTMLElement> {
    mocked(entry.call).mockRejectedValue(answer);
    const element = createElement(entry.tag, { is: entry.component }) as unknown as HTMLElement & { recordId: string };
    element.recordId = CASE_ID;
    document.body.appendChild(element);
    await flushPromises();
    if (entry.act) {
        entry.act(element);
        await flushPromises();
    }
    return element;
}

describe('every component shows the package message when the platform answers first', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it.each(CASES.map((entry) => [entry.tag, entry] as const))('%s: a user without the permission set gets NO_ACCESS', async (_tag, entry) => {
        const element = await mountRefused(entry, NO_CLASS_ACCESS(entry.className));
        expect(entry.call).toHaveBeenCalledTimes(1);
        const shown = element.shadowRoot!.textContent ?? '';
        expect(shown).toContain(NO_ACCESS_MESSAGE);
        expect(shown).not.toContain('Apex class named');
    });

    it.each(CASES.map((entry) => [entry.tag, entry] as const))('%s: params the platform cannot read get the package message', async (_tag, entry) => {
        const element = await mountRefused(entry, UNREADABLE_PARAMS(entry.className));
        const shown = element.shadowRoot!.textContent ?? '';
        expect(shown).toContain(UNREADABLE_REQUEST_MESSAGE);
        expect(shown).not.toContain('Value provided is invalid');
    });
});
