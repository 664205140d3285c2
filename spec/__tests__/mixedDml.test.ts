// Mixed DML (spec/org/mixedDml.ts): setup and non-setup objects in one transaction, with the
// documented exceptions, and System.runAs blocks as contexts of their own.
import { DmlError } from '../org/errors';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { isSetupStatement } from '../org/mixedDml';
import { newProjectOrg } from './orgFixtures';

function dmlError(action: () => unknown): DmlError {
    try {
        action();
    } catch (error) {
        if (error instanceof DmlError) return error;
        throw error;
    }
    throw new Error('Expected a DmlError');
}

function newAccount(org: InMemoryOrg): string {
    return org.db.insert({ attributes: { type: 'Account' }, Name: 'Northgate Motors' }, 'SYSTEM_MODE')[0] as string;
}

function newUser(org: InMemoryOrg, fields: Record<string, unknown> = {}): string {
    return org.db.insert(
        {
            attributes: { type: 'User' },
            LastName: 'Later',
            Username: `later.${Math.random()}@playbooks.example`,
            Alias: 'later',
            Email: 'later@playbooks.example',
            TimeZoneSidKey: 'America/New_York',
            ...fields
        } as never,
        'SYSTEM_MODE'
    )[0] as string;
}

describe('mixed DML', () => {
    it('refuses a setup object after a non-setup one in one transaction, and the other way round, undoing the transaction', () => {
        const org = newProjectOrg();
        const before = org.db.all('Account').length;
        const error = dmlError(() =>
            org.transaction(() => {
                newAccount(org);
                org.db.insert(
                    { attributes: { type: 'UserRole' }, Name: 'Team Lead', DeveloperName: 'Team_Lead' },
                    'SYSTEM_MODE'
                );
            })
        );
        expect(error.statusCode).toBe('MIXED_DML_OPERATION');
        expect(error.message).toBe(
            'MIXED_DML_OPERATION, DML operation on setup object is not permitted after you have updated a non-setup object (or vice versa): UserRole, original object: Account'
        );
        expect(org.db.all('Account')).toHaveLength(before);
        expect(org.db.all('UserRole')).toHaveLength(0);

        const queueId = org.queueId('Team_Loyalty');
        const agentId = org.createUser({ LastName: 'Agent' });
        expect(
            dmlError(() =>
                org.transaction(() => {
                    org.db.insert(
                        { attributes: { type: 'GroupMember' }, GroupId: queueId, UserOrGroupId: agentId },
                        'SYSTEM_MODE'
                    );
                    newAccount(org);
                })
            ).message
        ).toContain(': Account, original object: GroupMember');
    });

    it('lets a user without a role, and a group, be inserted next to other records, as the documented exceptions say', () => {
        const org = newProjectOrg();
        org.createRole({ developerName: 'Team_Lead' });
        org.transaction(() => {
            newAccount(org);
            newUser(org);
            org.db.insert(
                { attributes: { type: 'Group' }, Name: 'Helpers', DeveloperName: 'Helpers', Type: 'Regular' },
                'SYSTEM_MODE'
            );
        });
        expect(
            dmlError(() =>
                org.transaction(() => {
                    newAccount(org);
                    newUser(org, { UserRoleId: org.roleId('Team_Lead') });
                })
            ).statusCode
        ).toBe('MIXED_DML_OPERATION');
    });

    it('lets a user without a role share a transaction with setup objects too, since it is still a setup object', () => {
        const org = newProjectOrg();
        org.createRole({ developerName: 'Team_Lead' });
        org.transaction(() => {
            newUser(org);
            org.db.insert({ attributes: { type: 'UserRole' }, DeveloperName: 'Helpers', Name: 'Helpers' }, 'SYSTEM_MODE');
        });
        expect(
            dmlError(() =>
                org.transaction(() => {
                    newUser(org);
                    newAccount(org);
                    org.db.insert({ attributes: { type: 'UserRole' }, DeveloperName: 'Others', Name: 'Others' }, 'SYSTEM_MODE');
                })
            ).statusCode
        ).toBe('MIXED_DML_OPERATION');
    });

    it('lets a user be updated next to other records unless the role, activity, username or profile changes', () => {
        const org = newProjectOrg();
        const userId = org.createUser({ LastName: 'Agent' });
        org.transaction(() => {
            newAccount(org);
            org.db.update({ Id: userId, Title: 'Senior Agent' }, 'SYSTEM_MODE');
        });
        expect(
            dmlError(() =>
                org.transaction(() => {
                    newAccount(org);
                    org.db.update({ Id: userId, IsActive: false }, 'SYSTEM_MODE');
                })
            ).statusCode
        ).toBe('MIXED_DML_OPERATION');
        expect(
            isSetupStatement('User', 'update', [
                { record: { attributes: { type: 'User' }, Id: userId }, setFields: ['Username'] }
            ])
        ).toBe(true);
        expect(isSetupStatement('Group', 'delete', [])).toBe(true);
        expect(isSetupStatement('Group', 'update', [])).toBe(false);
        expect(isSetupStatement('PermissionSetAssignment', 'insert', [])).toBe(true);
        expect(isSetupStatement('Contact', 'insert', [])).toBe(false);
    });

    it('treats each runAs block inside a transaction as a context of its own, as System.runAs does in a test', () => {
        const org = newProjectOrg();
        org.transaction(() => {
            newAccount(org);
            org.createRole({ developerName: 'Team_Lead' });
            org.createUser({ LastName: 'Lead', role: 'Team_Lead' });
            org.runAs(org.adminUserId, () =>
                org.db.insert(
                    { attributes: { type: 'UserRole' }, Name: 'Agent', DeveloperName: 'Agent' },
                    'SYSTEM_MODE'
                )
            );
            newAccount(org);
        });
        expect(org.db.all('UserRole').map((role) => role.DeveloperName)).toEqual(['Team_Lead', 'Agent']);
    });

    it('counts the DML of triggers, and nothing outside a transaction', () => {
        const org = newProjectOrg();
        org.triggers.register({
            name: 'AccountCreatesRole',
            objectName: 'Account',
            events: ['afterInsert'],
            handle: ({ org: host }) => {
                host.db.insert(
                    {
                        attributes: { type: 'UserRole' },
                        Name: 'Dealer',
                        DeveloperName: `Dealer_${host.db.all('UserRole').length}`
                    },
                    'SYSTEM_MODE'
                );
            }
        });
        newAccount(org);
        expect(org.db.all('UserRole')).toHaveLength(1);
        expect(dmlError(() => org.transaction(() => newAccount(org))).statusCode).toBe('MIXED_DML_OPERATION');
    });
});
