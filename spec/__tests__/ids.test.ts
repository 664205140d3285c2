import { caseSafeSuffix, IdGenerator, isValidId, sameId, to18 } from '../org/ids';
import { newProjectOrg } from './orgFixtures';

describe('record ids', () => {
    it('computes the case-safe suffix as the platform does', () => {
        expect(caseSafeSuffix('001A0000006Vm9r')).toBe('IAC');
        expect(to18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    });

    it('accepts 15- and 18-character ids and rejects a wrong suffix', () => {
        expect(isValidId('001A0000006Vm9r')).toBe(true);
        expect(isValidId('001A0000006Vm9rIAC')).toBe(true);
        expect(isValidId('001A0000006Vm9rAAA')).toBe(false);
        expect(isValidId('001A0000006Vm9')).toBe(false);
        expect(isValidId(42)).toBe(false);
    });

    it('compares the two lengths of one id as equal', () => {
        expect(sameId('001A0000006Vm9r', '001A0000006Vm9rIAC')).toBe(true);
        expect(sameId('001A0000006Vm9r', '001A0000006Vm9R')).toBe(false);
    });

    it('hands out distinct valid ids with the given prefix', () => {
        const ids = new IdGenerator();
        const made = Array.from({ length: 100 }, () => ids.next('500'));
        expect(new Set(made).size).toBe(100);
        expect(made.every((id) => id.startsWith('500') && id.length === 18 && isValidId(id))).toBe(true);
    });

    it('gives each object of the org its key prefix', () => {
        const org = newProjectOrg();
        const prefixes = Object.fromEntries(
            ['Account', 'Contact', 'Case', 'Task', 'Contract', 'User', 'Group', 'RecordType', 'Playbook_Request__c'].map((name) => [
                name,
                org.schema.keyPrefix(name)
            ])
        );
        expect(prefixes).toEqual({
            Account: '001',
            Contact: '003',
            Case: '500',
            Task: '00T',
            Contract: '800',
            User: '005',
            Group: '00G',
            RecordType: '012',
            Playbook_Request__c: 'a0A'
        });
        expect(org.adminUserId.startsWith('005')).toBe(true);
        expect(org.queueId('Team_Loyalty').startsWith('00G')).toBe(true);
        expect(org.recordTypeId('Case', 'Customer_Loyalty_Assessment').startsWith('012')).toBe(true);
        expect(org.schema.objectForId(org.queueId('Team_Loyalty'))?.name).toBe('Group');
    });
});
