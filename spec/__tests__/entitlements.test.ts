// Entitlement Management as an org option (spec/org/entitlements.ts) and Find Caller over both states: the
// process name the vectors cannot plant (an Apex test cannot insert an entitlement process), a profile that
// cannot read entitlements, and the objects missing from an org without the feature.
import { AuraHandledError } from '../errors/auraHandled';
import { invokeController } from '../controllers/registry';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { searchIndex } from '../org/search';
import { createProjectOrg } from '../project/createProjectOrg';
import { checkCaseEntitlement } from '../services/CaseEntitlement';
import { isEntitlementManagementOn } from '../services/EntitlementManagement';
import { CLOCK, projectRoot } from './orgFixtures';

function orgWith(entitlements: boolean): { org: InMemoryOrg; agentId: string; accountId: string } {
    const org = createProjectOrg({ root: projectRoot, clock: CLOCK, entitlements });
    const agentId = org.createUser({ FirstName: 'Ada', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const accountId = org.runAs(org.adminUserId, () =>
        org.db.insert({ attributes: { type: 'Account' }, Name: 'Rivera Household', Customer_Role__c: 'Homeowner' }, 'SYSTEM_MODE')[0] as string
    );
    org.setRunningUser(agentId);
    return { org, agentId, accountId };
}

function search(org: InMemoryOrg, term: string) {
    return invokeController(org, 'FindCallerController', 'search', { request: { term, pageToken: null } }) as {
        entitlementManagement: boolean;
        callers: { qualification: { entitled: boolean; entitlements: { processName: string | null; type: string | null }[] } }[];
    };
}

describe('Entitlement Management in the in-memory org', () => {
    it('an org without it has no Entitlement, no SlaProcess and no Case.EntitlementId', () => {
        const { org } = orgWith(false);
        expect(isEntitlementManagementOn(org)).toBe(false);
        expect(org.schema.findObject('Entitlement')).toBeUndefined();
        expect(org.schema.findObject('SlaProcess')).toBeUndefined();
        expect(org.schema.findField('Case', 'EntitlementId')).toBeUndefined();
        expect(search(org, 'rivera').entitlementManagement).toBe(false);
    });

    it('an org with it has them; the Standard User profile reads entitlements, and Status is left out of the model', () => {
        const { org } = orgWith(true);
        expect(isEntitlementManagementOn(org)).toBe(true);
        expect(org.schema.findField('Case', 'EntitlementId')?.referenceTo).toEqual(['Entitlement']);
        expect(org.describe('Entitlement').isAccessible()).toBe(true);
        expect(org.describe('Entitlement').isCreateable()).toBe(false);
        expect(org.schema.findField('Entitlement', 'Status')).toBeUndefined();
    });

    it("lists the entitlement process's name with each active entitlement", () => {
        const { org, accountId } = orgWith(true);
        org.runAs(org.adminUserId, () => {
            const processId = org.db.insert({ attributes: { type: 'SlaProcess' }, Name: 'Premium Support', IsActive: true }, 'SYSTEM_MODE')[0];
            org.db.insert(
                { attributes: { type: 'Entitlement' }, Name: 'Rivera Premium', AccountId: accountId, Type: 'Phone Support', StartDate: org.today(), SlaProcessId: processId },
                'SYSTEM_MODE'
            );
        });
        expect(searchIndex(org, 'Account', 'rivera*', 'NAME FIELDS')).toEqual([accountId]);
        const found = search(org, 'rivera');
        expect(found.callers[0]?.qualification.entitled).toBe(true);
        expect(found.callers[0]?.qualification.entitlements[0]).toMatchObject({ processName: 'Premium Support', type: 'Phone Support' });
    });

    it('a profile that cannot read entitlements is told what the admin must grant', () => {
        const { org } = orgWith(true);
        const minimal = org.createUser({ FirstName: 'Mia', LastName: 'Minimal', profile: 'Minimum Access - Salesforce', permissionSets: ['Playbooks_Agent'] });
        org.setRunningUser(minimal);
        let fault: unknown;
        try {
            search(org, 'rivera');
        } catch (error) {
            fault = (error as AuraHandledError).fault;
        }
        expect(fault).toMatchObject({ code: 'NO_ACCESS', message: expect.stringContaining('Read on Entitlements') });
    });
});

describe('the entitlement of a new case', () => {
    it('a value that is no Id is refused quoting at most its first forty characters', () => {
        const { org } = orgWith(true);
        const refuse = () => checkCaseEntitlement(org, '<img src=x onerror=alert(1)>'.repeat(1000), 'unused');
        expect(refuse).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }) as Error);
        expect(refuse).toThrow(/^"<img src=x onerror=alert\(1\)><img src=x o\u2026" is not a record id\.$/);
    });
});
