// How a fresh scratch org is configured, as the in-memory org models it: field-level security after
// a metadata deploy, field defaults, each user's "today", and the standard picklists of force-app/scratch.
import { QueryError } from '../org/errors';
import { SYSTEM_ADMINISTRATOR } from '../org/InMemoryOrg';
import { newProjectOrg } from './orgFixtures';

describe('field-level security after a deploy without profiles', () => {
    it('gives the System Administrator no access to the package fields until a permission set grants it', () => {
        const org = newProjectOrg();
        const adminId = org.createUser({ FirstName: 'Ida', LastName: 'Admin', profile: SYSTEM_ADMINISTRATOR });
        org.setRunningUser(adminId);
        expect(org.describe('Case').isUpdateable()).toBe(true);
        expect(org.describe('Case').field('Subject').isAccessible()).toBe(true);
        expect(org.describe('Case').field('CL_Activity_Status__c').isAccessible()).toBe(false);
        expect(() => org.db.query({ select: ['Id', 'CL_Activity_Status__c'], from: 'Case' }, 'USER_MODE')).toThrow(QueryError);
        expect(org.db.query({ select: ['Id', 'Subject'], from: 'Case' }, 'USER_MODE')).toEqual([]);

        org.assignPermissionSets(adminId, ['Playbooks_Admin']);
        expect(org.describe('Case').field('CL_Activity_Status__c').isAccessible()).toBe(true);
        expect(org.db.query({ select: ['Id', 'CL_Activity_Status__c'], from: 'Case' }, 'USER_MODE')).toEqual([]);
    });

    it('lets the org admin who loads data write package fields in system mode only', () => {
        const org = newProjectOrg();
        expect(org.runningUserId()).toBe(org.adminUserId);
        expect(org.describe('Case').field('CL_Call_Attempts__c').isUpdateable()).toBe(false);
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, CL_Call_Attempts__c: 2 }, 'SYSTEM_MODE');
        expect(org.db.get(caseId as string)?.CL_Call_Attempts__c).toBe(2);
    });

    it('gives a System Administrator every Apex class through Author Apex, and a standard user only those granted', () => {
        const org = newProjectOrg();
        const agentId = org.createUser({ LastName: 'Agent' });
        expect(org.access.hasApexClassAccess(org.grantsOf(org.adminUserId), 'CallWizardController')).toBe(true);
        expect(org.access.hasApexClassAccess(org.grantsOf(agentId), 'CallWizardController')).toBe(false);
        org.assignPermissionSets(agentId, ['Playbooks_Agent']);
        expect(org.access.hasApexClassAccess(org.grantsOf(agentId), 'CallWizardController')).toBe(true);
    });
});
