// Request_Retention_Days__c, the age at which PlaybookRequestPurge deletes Playbook Requests: read
// with the same typed default and minimum as the Apex PlaybookSettings.requestRetentionDays.
import { newProjectOrg } from './orgFixtures';

describe('request retention days', () => {
    it('is 30 in the Default record', () => {
        expect(newProjectOrg().settings().requestRetentionDays).toBe(30);
    });

    it('takes an override, and falls back to the Default value below one day', () => {
        const org = newProjectOrg();
        org.overrideSettings({ Request_Retention_Days__c: 7 });
        expect(org.settings().requestRetentionDays).toBe(7);
        org.overrideSettings({ Request_Retention_Days__c: 0 });
        expect(org.settings().requestRetentionDays).toBe(30);
    });
});
