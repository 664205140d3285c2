// '$anyActive:<Object>.<Field>' stands for "any valid value" of a picklist in a vector: the first active value of
// the org's list here, of describe in the Apex replay, so no vector depends on a value an org may lack.
import { resolveSymbol } from '../project/symbolicValues';
import { newProjectOrg } from './orgFixtures';

function resolve(value: string): unknown {
    const org = newProjectOrg();
    return resolveSymbol(value, { org, refs: new Map(), timeZone: 'America/New_York' });
}

describe('$anyActive', () => {
    it('is the first active value of the org’s picklist', () => {
        const org = newProjectOrg();
        const reasons = org.schema.field('Case', 'Reason').picklistValues ?? [];
        const types = org.schema.field('Case', 'Type').picklistValues ?? [];
        expect(reasons.length).toBeGreaterThan(0);
        expect(types.length).toBeGreaterThan(0);
        expect(resolve('$anyActive:Case.Reason')).toBe(reasons[0]);
        expect(resolve('$anyActive:Case.Type')).toBe(types[0]);
        expect(resolve('$anyActive:case.reason')).toBe(reasons[0]);
    });

    it('fails loudly for a picklist the in-memory org has no value list for', () => {
        expect(() => resolve('$anyActive:Account.Type')).toThrow(/^unsupported: \$anyActive:Account\.Type: the in-memory org has no value list/);
    });

    it('refuses a field that is not a picklist, and a malformed name', () => {
        expect(() => resolve('$anyActive:Case.Subject')).toThrow(/Case\.Subject is not a picklist/);
        expect(() => resolve('$anyActive:Reason')).toThrow(/write \$anyActive:<Object>\.<Field>/);
        expect(() => resolve('$anyActive:Case.Reason.Label')).toThrow(/write \$anyActive:<Object>\.<Field>/);
    });
});

describe('$username and {@ref.Field}', () => {
    function context() {
        const org = newProjectOrg();
        const managerId = org.createUser({ FirstName: 'Eric', LastName: 'Manager' });
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, Subject: 'Inverter offline', Status: 'New' }, 'SYSTEM_MODE') as [string];
        return { org, refs: new Map([['manager', managerId], ['support', caseId]]), timeZone: 'America/New_York' };
    }

    it('$username:@ref is the Username of that user, and a reference that is not a user is refused', () => {
        const symbols = context();
        const manager = symbols.org.db.get(symbols.refs.get('manager') as string);
        expect(resolveSymbol('$username:@manager', symbols)).toBe(manager?.Username);
        expect(() => resolveSymbol('$username:@support', symbols)).toThrow(/write \$username:@<a vector user>/);
        expect(() => resolveSymbol('$username:manager', symbols)).toThrow(/write \$username:@<a vector user>/);
    });

    it('{@ref.Field} inside text is that field of the record, as the org assigned it', () => {
        const symbols = context();
        const caseNumber = symbols.org.db.get(symbols.refs.get('support') as string)?.CaseNumber;
        expect(caseNumber).toEqual(expect.any(String));
        expect(resolveSymbol('Callback: {@support.CaseNumber} closed', symbols)).toBe(`Callback: ${String(caseNumber)} closed`);
        expect(resolveSymbol('{@support.subject} / {@support.Status}', symbols)).toBe('Inverter offline / New');
        expect(() => resolveSymbol('Callback: {@nothing.CaseNumber} closed', symbols)).toThrow(/Unknown reference @nothing/);
    });
});
