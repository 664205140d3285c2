// DuplicateContactRule: the one rule for "duplicates of contacts under the same dealership".
import { duplicateReasons, editDistance, normalizePhone, type ContactIdentity } from '../services/DuplicateContactRule';

function person(firstName: string | null, lastName: string | null, phone: string | null = null, email: string | null = null): ContactIdentity {
    return { firstName, lastName, phones: [phone], email };
}

describe('DuplicateContactRule', () => {
    it('matches the same normalised full name', () => {
        expect(duplicateReasons(person('Samuel', 'Okafor'), person(' samuel ', 'OKAFOR'))).toEqual(['NAME']);
    });

    it.each([
        ['Sam', 'Samuel'],
        ['Jon', 'John'],
        ['Priya', 'Pria']
    ])('matches similar first names with the same last name: %s / %s', (first, other) => {
        expect(duplicateReasons(person(first, 'Okafor'), person(other, 'Okafor'))).toEqual(['SIMILAR_NAME']);
    });

    it('does not match different first names or different last names', () => {
        expect(duplicateReasons(person('Samuel', 'Okafor'), person('Priya', 'Okafor'))).toEqual([]);
        expect(duplicateReasons(person('Samuel', 'Okafor'), person('Samuel', 'Raman'))).toEqual([]);
        expect(duplicateReasons(person(null, 'Okafor'), person('Samuel', 'Okafor'))).toEqual([]);
    });

    it('matches phones on their last ten digits and emails without regard to case', () => {
        expect(duplicateReasons(person('A', 'B', '(555) 010-3000'), person('C', 'D', '+1 555 010 3000'))).toEqual(['PHONE']);
        expect(duplicateReasons(person('A', 'B', null, 'Sam@Dealer.example '), person('C', 'D', null, 'sam@dealer.example'))).toEqual(['EMAIL']);
        expect(duplicateReasons(person('A', 'B', '12'), person('C', 'D', '12'))).toEqual([]);
    });

    it('normalises phones and measures edits as Apex does', () => {
        expect(normalizePhone('+44 (0) 20 7946 0958')).toBe('2079460958');
        expect(normalizePhone('123')).toBe('');
        expect(editDistance('kitten', 'sitting')).toBe(3);
    });
});
