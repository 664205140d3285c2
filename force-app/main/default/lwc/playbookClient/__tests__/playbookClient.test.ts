import { errorText, newRequestKey, NO_ACCESS_MESSAGE, reduceError, SaveKey, UNREADABLE_REQUEST_MESSAGE } from 'c/playbookClient';

describe('c-playbook-client', () => {
    describe('reduceError', () => {
        it('reads the code, message and reference of a playbook error from an Apex failure', () => {
            const apexError = {
                status: 500,
                body: {
                    message: JSON.stringify({
                        code: 'OWNER_CHANGED',
                        message: 'Dana Reyes claimed this case a moment ago.',
                        reference: 'PB-7F3K2'
                    })
                }
            };
            expect(reduceError(apexError)).toEqual({
                code: 'OWNER_CHANGED',
                message: 'Dana Reyes claimed this case a moment ago.',
                reference: 'PB-7F3K2'
            });
        });

        it('joins UI API page and field errors when the server did not send a playbook error', () => {
            const ldsError = {
                body: {
                    output: {
                        errors: [{ message: 'Record is locked.' }],
                        fieldErrors: { Subject: [{ message: 'Subject is required.' }] }
                    }
                }
            };
            expect(reduceError(ldsError)).toEqual({
                code: 'UNKNOWN',
                message: 'Record is locked. Subject is required.',
                reference: null
            });
        });

        it('reads an array body as several messages', () => {
            expect(reduceError({ body: [{ message: 'First.' }, { message: 'Second.' }] }).message).toBe('First. Second.');
        });

        it('uses a JavaScript error message', () => {
            expect(reduceError(new Error('Network is down'))).toEqual({
                code: 'UNKNOWN',
                message: 'Network is down',
                reference: null
            });
        });

        it("turns the platform's refusal of the Apex class (no permission set) into the package's NO_ACCESS message", () => {
            const platform = { status: 500, body: { message: "You do not have access to the Apex class named 'LogReviewController'.", exceptionType: 'System.NoAccessException' } };
            expect(reduceError(platform)).toEqual({ code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE, reference: null });
            expect(NO_ACCESS_MESSAGE).toMatch(/Playbooks Agent permission set/);
        });

        it("turns the platform's refusal to deserialize the params into the package's message", () => {
            const platform = { status: 400, body: { message: "Value provided is invalid for action parameter 'request' of type 'CallWizardContract.CallOutcomeRequest'" } };
            expect(reduceError(platform)).toEqual({ code: 'INVALID_INPUT', message: UNREADABLE_REQUEST_MESSAGE, reference: null });
            expect(UNREADABLE_REQUEST_MESSAGE).toMatch(/nothing was saved\. Reload the page/);
        });

        it('keeps the package\'s own error when the platform\'s words appear only inside it', () => {
            const ours = { body: { message: JSON.stringify({ code: 'INVALID_INPUT', message: 'You do not have access to the Apex class named X? No: enter a subject.', reference: 'R1' }) } };
            expect(reduceError(ours).code).toBe('INVALID_INPUT');
            expect(reduceError(ours).reference).toBe('R1');
        });

        it('falls back to advice a person can act on for anything else', () => {
            expect(reduceError(undefined).message).toMatch(/Try again/);
        });
    });

    it('errorText appends the reference support uses to trace the error', () => {
        expect(errorText({ code: 'X', message: 'Could not save.', reference: 'PB-1' })).toBe(
            'Could not save. (Reference: PB-1)'
        );
        expect(errorText({ code: 'X', message: 'Could not save.', reference: null })).toBe('Could not save.');
    });

    it('newRequestKey returns distinct 32-character hex keys', () => {
        const keys = new Set(Array.from({ length: 50 }, () => newRequestKey()));
        expect(keys.size).toBe(50);
        for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    });

    describe('SaveKey', () => {
        it('keeps the key while the request stays the same, whatever the order of its members or its own key', () => {
            const saveKey = new SaveKey();
            const first = saveKey.for({ requestKey: '', caseId: 'A', notes: 'x', followUp: { reminderAt: 't' } });
            expect(first).toMatch(/^[0-9a-f]{32}$/);
            expect(saveKey.for({ followUp: { reminderAt: 't' }, notes: 'x', caseId: 'A', requestKey: first })).toBe(first);
        });

        it('gives a new key when any input of the request changed, also deep inside it', () => {
            const saveKey = new SaveKey();
            const first = saveKey.for({ caseId: 'A', notes: 'x', followUp: { reminderAt: 't' } });
            const edited = saveKey.for({ caseId: 'A', notes: 'x', followUp: { reminderAt: 'u' } });
            expect(edited).not.toBe(first);
            expect(saveKey.for({ caseId: 'A', notes: 'x', followUp: { reminderAt: 'u' } })).toBe(edited);
            expect(saveKey.for({ caseId: 'A', notes: 'x', followUp: { reminderAt: 't' } })).not.toBe(first);
        });

        it('gives a new key after clear, for the same request', () => {
            const saveKey = new SaveKey();
            const first = saveKey.for({ caseId: 'A' });
            saveKey.clear();
            expect(saveKey.for({ caseId: 'A' })).not.toBe(first);
        });
    });
});
