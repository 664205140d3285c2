// PlaybookErrors' TypeScript twin: which failures reach the agent as NO_ACCESS with the "ask for
// Playbooks Agent" text, and which stay SAVE_FAILED or UNEXPECTED (the Apex class maps the same).
import { NO_ACCESS_MESSAGE, toAuraHandledError } from '../errors/auraHandled';
import { DmlError, QueryError } from '../org/errors';
import { newProjectOrg } from './orgFixtures';

function faultFor(error: unknown) {
    const org = newProjectOrg();
    const handled = toAuraHandledError(error, org);
    expect(org.errorLog.map((entry) => entry.reference)).toEqual([handled.fault.reference]);
    return handled.fault;
}

describe('access failures come back as NO_ACCESS', () => {
    it.each([
        ['INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'],
        ['INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', 'insufficient access rights on cross-reference id'],
        [
            'INVALID_FIELD_FOR_INSERT_UPDATE',
            'Unable to create/update fields: CL_Referral__c. Please check the security settings of this field and verify that it is read/write for your profile or permission set.'
        ]
    ] as const)('a DmlException %s', (statusCode, message) => {
        const fault = faultFor(new DmlError(statusCode, message));

        expect(fault).toMatchObject({ code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE });
    });

    it('a System.SecurityException', () => {
        const securityException = Object.assign(new Error('Invalid private key. Must be 16 bytes.'), { exceptionType: 'System.SecurityException' });

        expect(faultFor(securityException)).toMatchObject({ code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE });
    });

    it('a QueryException about inaccessible fields, with or without the field list', () => {
        expect(faultFor(new QueryError('Insufficient permissions: secure query included inaccessible field', ['Case.CL_Referral__c'])).code).toBe('NO_ACCESS');
        expect(faultFor(new QueryError('Insufficient permissions: secure query included inaccessible field')).code).toBe('NO_ACCESS');
    });

    it('a user-mode write of a package field by a user without the permission set', () => {
        const org = newProjectOrg();
        const plainUser = org.createUser({ LastName: 'Plain' });
        let thrown: unknown;
        org.runAs(plainUser, () => {
            try {
                org.db.insert({ attributes: { type: 'Case' }, Subject: 'Billing question', CL_Referral__c: true }, 'USER_MODE');
            } catch (error) {
                thrown = error;
            }
        });

        expect(thrown).toBeInstanceOf(DmlError);
        expect(toAuraHandledError(thrown, org).fault).toMatchObject({ code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE });
    });
});

describe('other failures keep their code', () => {
    it('a DmlException that is not about access is SAVE_FAILED with the platform message', () => {
        const fault = faultFor(new DmlError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [LastName]', ['LastName']));

        expect(fault).toMatchObject({ code: 'SAVE_FAILED', message: 'Nothing was saved: Required fields are missing: [LastName]' });
    });

    it('a QueryException that is not about access is UNEXPECTED', () => {
        expect(faultFor(new QueryError('unexpected token: FROM')).code).toBe('UNEXPECTED');
    });
});
