import type { FindCallerResponse } from 'c/playbookContracts';
import { callerRows, newCaseTarget, qualificationText, searchableTerm } from '../findCallerModel';
import found from './data/riveraFound.json';

const response = found as FindCallerResponse;

describe('findCallerModel', () => {
    it('searches a term of at least two letters or digits, up to 80 characters', () => {
        expect(searchableTerm(' r ')).toBeNull();
        expect(searchableTerm('r-')).toBeNull();
        expect(searchableTerm(' ri ')).toBe('ri');
        expect(searchableTerm('555')).toBe('555');
        expect(searchableTerm('x'.repeat(81))).toBeNull();
    });

    it("shows the entitlement's type, end date and process, or the warning", () => {
        const [maria, roofing] = response.callers;
        expect(qualificationText(maria!)).toBe('Entitled: Rivera Phone Support (Phone Support) until 2027-06-08, Premium Support');
        expect(qualificationText(roofing!)).toBe("Rivera Roofing has no active entitlement. Check the customer's support agreement before opening a case.");
    });

    it('shows the active contract where contracts decide', () => {
        const byContract = {
            ...response.callers[0]!,
            qualification: { basis: 'CONTRACT' as const, entitled: true, entitlements: [], contract: { contractId: '800000000000001AAA', contractNumber: '00000123', endDate: null }, warning: null }
        };
        expect(qualificationText(byContract)).toBe('Entitled: active contract 00000123 until no end date');
    });

    it('rows: account, role and phone, the open cases, and the warning announced', () => {
        const [maria, roofing] = callerRows(response);
        expect(maria).toMatchObject({ kindLabel: 'Contact', detail: 'Rivera Household · Homeowner · (555) 010-0177', casesText: '1 open case', entitled: true, qualificationRole: null });
        expect(maria!.cases).toEqual([{ key: '500000000000001AAA', text: '00001001 · New · Inverter fault' }]);
        expect(roofing).toMatchObject({ kindLabel: 'Account', detail: 'Installer', casesText: 'No open cases', entitled: false, qualificationRole: 'note' });
        expect(callerRows(null)).toEqual([]);
    });

    it('New Case starts from the caller with their soonest-ending active entitlement, and none when not entitled', () => {
        expect(newCaseTarget(response, '003000000000001AAA')).toEqual({ recordId: '003000000000001AAA', entitlementId: '550000000000001AAA', name: 'Maria Rivera' });
        expect(newCaseTarget(response, '001000000000002AAA')).toEqual({ recordId: '001000000000002AAA', entitlementId: null, name: 'Rivera Roofing' });
        expect(newCaseTarget(response, '003000000000009AAA')).toBeNull();
    });
});
