import { errorText, newRequestKey, reduceError } from 'c/playbookClient';

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
});
