/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// User mode, system mode and WITH SECURITY_ENFORCED (Apex Developer Guide: "Enforce User Mode for Database
// Operations", "Filter SOQL Queries Using WITH SECURITY_ENFORCED"), decided by the org's own access policy for the
// running user: a Standard User holds no access to the package's custom fields until a permission set grants it.
import { claFixture } from '../../../spec/__tests__/orgFixtures';
import { INACCESSIBLE_MESSAGE } from '../access';
import { executeSoql, SoqlError, UnsupportedSoqlError } from '../index';
import { bindResolver, dynamic, inline, rows } from './helpers';

function withPlainUser() {
    const fixture = claFixture();
    const plainUser = fixture.org.createUser({ FirstName: 'Sam', LastName: 'Standard' });
    return { ...fixture, plainUser };
}

function queryError(action: () => unknown): SoqlError {
    try {
        action();
    } catch (error) {
        if (error instanceof SoqlError) return error;
        throw error;
    }
    throw new Error('Expected a QueryException');
}

describe('user mode', () => {
    it('refuses every field the running user cannot read, in every clause, naming them by object', () => {
        const { org, plainUser } = withPlainUser();
        const error = org.runAs(plainUser, () =>
            queryError(() =>
                rows(
                    org,
                    'SELECT Id, CL_Activity_Status__c, Contact.Employment_Status__c, (SELECT Call_Outcome__c FROM Tasks) FROM Case WHERE CL_Referral__c = true WITH USER_MODE ORDER BY CL_Last_Attempt__c'
                )
            )
        );
        expect(error.message).toBe(INACCESSIBLE_MESSAGE);
        expect(error.exceptionType).toBe('QueryException');
        expect(error.inaccessibleFields).toEqual({
            Case: ['CL_Activity_Status__c', 'CL_Referral__c', 'CL_Last_Attempt__c'],
            Contact: ['Employment_Status__c'],
            Task: ['Call_Outcome__c']
        });
    });

    it('refuses an object the user cannot read', () => {
        const { org } = withPlainUser();
        const minimal = org.createUser({ LastName: 'Min', profile: 'Minimum Access - Salesforce' });
        const error = org.runAs(minimal, () => queryError(() => rows(org, 'SELECT Id FROM Case WITH USER_MODE')));
        expect(error.inaccessibleFields).toEqual({ Case: ['Id'] });
    });

    it('lets a user whose permission set grants the fields read them', () => {
        const { org, agentId, caseId } = withPlainUser();
        const [row] = org.runAs(agentId, () =>
            rows(
                org,
                'SELECT CL_Activity_Status__c FROM Case WHERE CL_Referral__c = false AND Id = :caseId WITH USER_MODE',
                { binds: { caseId } }
            )
        );
        expect(row?.CL_Activity_Status__c).toBe('Not Started');
    });

    it('applies to FIELDS(STANDARD) without error: it only selects fields the user can read', () => {
        const { org, plainUser, caseId } = withPlainUser();
        const [row] = org.runAs(plainUser, () =>
            rows(org, 'SELECT FIELDS(STANDARD) FROM Case WHERE Id = :caseId WITH USER_MODE', { binds: { caseId } })
        );
        expect(row).toHaveProperty('CaseNumber');
    });

    it("comes from the call's access level when the query names no mode, and a WITH clause overrides it", () => {
        const { org, plainUser } = withPlainUser();
        const soql = 'SELECT CL_Activity_Status__c FROM Case';
        org.runAs(plainUser, () => {
            expect(() => rows(org, soql, { accessLevel: 'USER_MODE' })).toThrow(INACCESSIBLE_MESSAGE);
            expect(rows(org, soql, { accessLevel: 'SYSTEM_MODE' })).toHaveLength(1);
            expect(rows(org, `${soql} WITH SYSTEM_MODE`, { accessLevel: 'USER_MODE' })).toHaveLength(1);
            expect(() => rows(org, `${soql} WITH USER_MODE`, { accessLevel: 'SYSTEM_MODE' })).toThrow(
                INACCESSIBLE_MESSAGE
            );
        });
    });

    it('fails as unsupported when an explicit AccessLevel argument contradicts the WITH clause of the query string', () => {
        const { org } = withPlainUser();
        const query = dynamic('SELECT Id FROM Case WITH USER_MODE');
        expect(() =>
            executeSoql(org, query, {
                accessLevel: 'SYSTEM_MODE',
                accessLevelExplicit: true,
                enforceSharing: false,
                resolveBind: bindResolver({})
            })
        ).toThrow(UnsupportedSoqlError);
    });
});

describe('WITH SECURITY_ENFORCED', () => {
    it('checks only SELECT and FROM, and reports the first inaccessible field', () => {
        const { org, plainUser } = withPlainUser();
        org.runAs(plainUser, () => {
            expect(
                rows(
                    org,
                    "SELECT Id FROM Case WHERE CL_Activity_Status__c != 'Complete' WITH SECURITY_ENFORCED ORDER BY CL_Last_Attempt__c"
                )
            ).toHaveLength(1);
            const error = queryError(() =>
                rows(org, 'SELECT CL_Activity_Status__c, CL_Referral__c FROM Case WITH SECURITY_ENFORCED')
            );
            expect(error.message).toBe(INACCESSIBLE_MESSAGE);
            expect(error.inaccessibleFields).toEqual({ Case: ['CL_Activity_Status__c'] });
        });
    });

    it('cannot traverse a polymorphic relationship other than Owner, CreatedBy and LastModifiedBy', () => {
        const { org } = withPlainUser();
        expect(rows(org, 'SELECT Owner.Name FROM Case WITH SECURITY_ENFORCED')).toHaveLength(1);
        expect(() => rows(org, inline('SELECT What.Name FROM Task WITH SECURITY_ENFORCED'))).toThrow(
            /^unsupported: WITH SECURITY_ENFORCED over the polymorphic relationship What/
        );
    });
});

describe('system mode', () => {
    it('reads every field whatever the running user holds', () => {
        const { org, plainUser, caseId } = withPlainUser();
        const [row] = org.runAs(plainUser, () =>
            rows(
                org,
                'SELECT CL_Activity_Status__c FROM Case WHERE Id = :caseId AND CL_Referral__c = false WITH SYSTEM_MODE',
                { binds: { caseId } }
            )
        );
        expect(row?.CL_Activity_Status__c).toBe('Not Started');
    });
});
