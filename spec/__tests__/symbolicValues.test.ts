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
