// The workbench's Team Loyalty queue views mirror the package's list views: Team_Loyalty (open CLA
// cases) and Team_Loyalty_Claimable (filtered on Case.CL_Claimable__c). The in-memory org does not
// evaluate formulas, so the queue computes the formula itself; this test fails when the field's
// formula changes without the queue following.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLAIMABLE_FORMULA, QUEUE_VIEWS, queueRows } from '../../workbench/server/queue.mjs';

const root = new URL('../../', import.meta.url);
const field = readFileSync(new URL('force-app/main/default/objects/Case/fields/CL_Claimable__c.field-meta.xml', root), 'utf8');

test('the queue computes exactly the formula of Case.CL_Claimable__c', () => {
    const formula = /<formula>([\s\S]*?)<\/formula>/.exec(field)?.[1];
    assert.equal(formula, CLAIMABLE_FORMULA.replace(/&/g, '&amp;'));
});

test('each queue view is a list view of the package, the claimable one filtered on CL_Claimable__c', () => {
    for (const view of QUEUE_VIEWS) {
        const xml = readFileSync(new URL(`force-app/main/default/objects/Case/listViews/${view}.listView-meta.xml`, root), 'utf8');
        assert.match(xml, new RegExp(`<fullName>${view}</fullName>`));
        assert.match(xml, /<columns>CL_Satisfaction_Notes__c<\/columns>/, 'the notes the procedure wants on the Team Loyalty screen');
        const claimableFilter = /<field>CL_Claimable__c<\/field>\s*<operation>equals<\/operation>\s*<value>1<\/value>/.test(xml);
        assert.equal(claimableFilter, view === 'Team_Loyalty_Claimable', view);
    }
});

/** The few org calls queueRows makes, over plain records. */
function fakeOrg(records) {
    const byId = new Map(records.map((record) => [record.Id, record]));
    const objectOf = (id) => ({ '005': 'User', '00G': 'Group', '500': 'Case', '001': 'Account', '003': 'Contact' })[id.slice(0, 3)];
    return {
        recordTypeId: () => 'CLA',
        queueId: () => '00G000000000001AAA',
        isClosedCase: (record) => record.Status === 'Closed',
        records: (objectName) => records.filter((record) => objectOf(record.Id) === objectName),
        recordById: (id) => (byId.has(id) ? { sobject: objectOf(id), record: byId.get(id) } : undefined)
    };
}

test('the claimable view keeps the unclaimed cases and those of inactive owners, with the satisfaction notes', () => {
    const org = fakeOrg([
        { Id: '005000000000001AAA', Name: 'Ada Agent', IsActive: true },
        { Id: '005000000000002AAA', Name: 'Lee Leaver', IsActive: false },
        { Id: '00G000000000001AAA', Name: 'Team Loyalty' },
        { Id: '500000000000001AAA', CaseNumber: '1', RecordTypeId: 'CLA', OwnerId: '00G000000000001AAA', CL_Satisfaction_Notes__c: 'Try after 10 am' },
        { Id: '500000000000002AAA', CaseNumber: '2', RecordTypeId: 'CLA', OwnerId: '005000000000001AAA' },
        { Id: '500000000000003AAA', CaseNumber: '3', RecordTypeId: 'CLA', OwnerId: '005000000000002AAA' },
        { Id: '500000000000004AAA', CaseNumber: '4', RecordTypeId: 'CLA', OwnerId: '00G000000000001AAA', Status: 'Closed' }
    ]);
    assert.deepEqual(queueRows(org).map((row) => [row.caseNumber, row.claimable]), [['1', true], ['2', false], ['3', true]]);
    const claimable = queueRows(org, 'Team_Loyalty_Claimable');
    assert.deepEqual(claimable.map((row) => row.caseNumber), ['1', '3']);
    assert.equal(claimable[0].satisfactionNotes, 'Try after 10 am');
    assert.throws(() => queueRows(org, 'Everything'), /Unknown queue view Everything/);
});
