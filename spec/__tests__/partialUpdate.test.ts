// Database.update(records, false): partial success as the Apex Developer Guide's "Bulk DML Exception
// Handling" describes it, in the in-memory org.
import { DmlError } from '../org/errors';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { newProjectOrg } from './orgFixtures';

function contacts(org: InMemoryOrg, count: number): string[] {
    return org.db.insert(
        Array.from({ length: count }, (_unused, index) => ({ attributes: { type: 'Contact' }, LastName: `Person ${index}`, Employment_Status__c: 'Active' })),
        'SYSTEM_MODE'
    );
}

describe('Database.update(records, false)', () => {
    it('saves the rows that can be saved and reports each row that cannot, in one DML statement', () => {
        const org = newProjectOrg();
        const [first, refused, third] = contacts(org, 3) as [string, string, string];

        const results = org.transaction(() =>
            org.db.updatePartial(
                [
                    { Id: first, Employment_Status__c: 'Former Employee' },
                    { Id: refused, Employment_Status__c: 'Retired' },
                    { Id: third, Employment_Status__c: 'Former Employee' }
                ],
                'SYSTEM_MODE'
            )
        );

        expect(results.map((result) => result.success)).toEqual([true, false, true]);
        expect(results[1]).toMatchObject({ id: refused, errors: [{ statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['Employment_Status__c'] }] });
        expect(org.db.get(first)?.Employment_Status__c).toBe('Former Employee');
        expect(org.db.get(refused)?.Employment_Status__c).toBe('Active');
        expect(org.db.get(third)?.Employment_Status__c).toBe('Former Employee');
        expect(org.lastCallLimits).toMatchObject({ dmlStatements: 1, dmlRows: 3 });
    });

    it('changes nothing when every row fails, and does not throw', () => {
        const org = newProjectOrg();
        const ids = contacts(org, 2);

        const results = org.transaction(() => org.db.updatePartial(ids.map((Id) => ({ Id, Employment_Status__c: 'Retired' })), 'SYSTEM_MODE'));

        expect(results.every((result) => !result.success)).toBe(true);
        expect(ids.map((id) => org.db.get(id)?.Employment_Status__c)).toEqual(['Active', 'Active']);
    });

    it('runs the triggers again for the rows it retries, so only saved rows reach the after triggers', () => {
        const org = newProjectOrg();
        const [saved, refused] = contacts(org, 2) as [string, string];
        const seen: string[] = [];
        org.triggers.register({
            name: 'ContactProbe',
            objectName: 'Contact',
            events: ['beforeUpdate', 'afterUpdate'],
            handle: ({ event, newRecords }) => seen.push(`${event}: ${newRecords.map((record) => (record.Id === saved ? 'saved' : 'refused')).join(', ')}`)
        });

        org.transaction(() =>
            org.db.updatePartial(
                [
                    { Id: saved, Employment_Status__c: 'Former Employee' },
                    // Checked after the before triggers: a required field left empty.
                    { Id: refused, LastName: null }
                ],
                'SYSTEM_MODE'
            )
        );

        expect(seen).toEqual(['beforeUpdate: saved, refused', 'beforeUpdate: saved', 'afterUpdate: saved']);
    });

    it('fails every row when an exception escapes a trigger ("all records are marked with an error")', () => {
        const org = newProjectOrg();
        const ids = contacts(org, 2);
        org.triggers.register({
            name: 'ContactGuard',
            objectName: 'Contact',
            events: ['beforeUpdate'],
            handle: () => {
                throw new DmlError('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Contacts are read-only during the migration');
            }
        });

        const results = org.transaction(() => org.db.updatePartial(ids.map((Id) => ({ Id, Employment_Status__c: 'Former Employee' })), 'SYSTEM_MODE'));

        expect(results.map((result) => result.errors[0]?.statusCode)).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION', 'FIELD_CUSTOM_VALIDATION_EXCEPTION']);
        expect(ids.map((id) => org.db.get(id)?.Employment_Status__c)).toEqual(['Active', 'Active']);
    });
});
