// Formula fields in the in-memory org (spec/org/formulas.ts): calculated when read, for the running user and
// the org's time; what the model does not evaluate fails when the org is built, never as a silent value.
import { parseFormula } from '../org/formulas';
import { integrationCase, integrationFixture } from './integrationFixtures';

function read(org: ReturnType<typeof integrationFixture>['org'], caseId: string, fields: string[]) {
    return org.db.query({ select: fields, from: 'Case', where: [{ field: 'Id', value: caseId }] }, 'SYSTEM_MODE')[0];
}

describe('formula fields', () => {
    it('Created_By_Me__c (CreatedById = $User.Id) is true for the creator only, so "My Open Created Cases" can filter on it', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        expect(org.runAs(fixture.creatorId, () => read(org, caseId, ['Created_By_Me__c'])?.Created_By_Me__c)).toBe(true);
        expect(org.runAs(fixture.workerId, () => read(org, caseId, ['Created_By_Me__c'])?.Created_By_Me__c)).toBe(false);
    });

    it('the overdue formulas follow the clock: NOW() is the org\'s time when the record is read', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { First_Comment_Due__c: '2026-11-17T16:00:00.000Z' });
        const fields = ['First_Comment_Overdue__c', 'Integration_Overdue__c'];
        expect(read(org, caseId, fields)).toMatchObject({ First_Comment_Overdue__c: false, Integration_Overdue__c: false });
        org.clock.advance({ hours: 2 });
        expect(read(org, caseId, fields)).toMatchObject({ First_Comment_Overdue__c: true, Integration_Overdue__c: true });
        org.db.update({ Id: caseId, First_Comment_At__c: org.nowIso() }, 'SYSTEM_MODE');
        expect(read(org, caseId, fields)).toMatchObject({ First_Comment_Overdue__c: false, Integration_Overdue__c: false });
    });

    it('a closed case is never overdue', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture, { Close_Due__c: '2026-11-16T15:00:00.000Z' });
        expect(read(org, caseId, ['Close_Overdue__c'])?.Close_Overdue__c).toBe(true);
        org.db.update({ Id: caseId, Status: 'Closed' }, 'SYSTEM_MODE');
        expect(read(org, caseId, ['Close_Overdue__c'])?.Close_Overdue__c).toBe(false);
    });

    it('CL_Claimable__c (ISBLANK(Owner:User.Id) || NOT(Owner:User.IsActive)) reads the owner: a queue or a user who left', () => {
        const fixture = integrationFixture();
        const { org } = fixture;
        const caseId = integrationCase(fixture);
        const claimable = () => read(org, caseId, ['OwnerId', 'CL_Claimable__c']);
        org.db.update({ Id: caseId, OwnerId: fixture.queueId }, 'SYSTEM_MODE');
        expect(claimable()?.CL_Claimable__c).toBe(true);
        org.db.update({ Id: caseId, OwnerId: fixture.workerId }, 'SYSTEM_MODE');
        expect(claimable()?.CL_Claimable__c).toBe(false);
        org.db.update({ attributes: { type: 'User' }, Id: fixture.workerId, IsActive: false }, 'SYSTEM_MODE');
        expect(claimable()).toMatchObject({ OwnerId: fixture.workerId, CL_Claimable__c: true });
    });

    it('is not stored: a formula field cannot be written', () => {
        const fixture = integrationFixture();
        const caseId = integrationCase(fixture);
        expect(() => fixture.org.db.update({ Id: caseId, Created_By_Me__c: true }, 'SYSTEM_MODE')).toThrow('Unable to update field: Case.Created_By_Me__c');
    });

    it.each([
        ['TODAY() > DATE(2026, 1, 1)', 'Checkbox', 'the function TODAY()'],
        ['Account.Name = "x"', 'Checkbox', 'the cross-object field Account.Name'],
        ['ISBLANK(What:Account.Name)', 'Checkbox', 'the polymorphic path What:Account.Name'],
        ['$Profile.Name = "x"', 'Checkbox', 'cannot read "$Profile.Name = "x""'],
        ['NOW()', 'DateTime', 'return type DateTime']
    ])('fails loudly on what it does not evaluate: %s', (source, returnType, what) => {
        expect(() => parseFormula(source, returnType)).toThrow(`unsupported: formula "${source}": ${what}`);
    });
});
