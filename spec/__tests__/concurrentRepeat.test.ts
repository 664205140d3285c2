// A concurrent repeat of a save (a double click, a retry while the first save is still running): both
// find no stored request; the first commits, and the second one's request record then fails on the
// unique Key__c. The second save must roll back and return the first one's stored response as a
// replay. The seam stores the concurrent request between the lookup and the save, as the Apex test
// seam CaseActionRequests.concurrentSaveForTest does.
import { concurrentSaveSeam } from '../services/CaseActionRequests';
import { saveReview } from '../services/LogReviewService';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { SObjectRecord } from '../org/values';
import { createProjectOrg } from '../project/createProjectOrg';
import { loadVectors } from '../vectors/loadVectors';
import { runVector, type VectorRun } from '../vectors/runVector';
import type { ControllerCall, Vector } from '../vectors/vectorTypes';
import { newProjectOrg, projectRoot } from './orgFixtures';

const vectors = new Map(loadVectors(projectRoot).map((named) => [named.name, named.vector]));

/** A success vector of every save that stores a request key, with the action it stores. */
const SAVES: readonly (readonly [string, string])[] = [
    ['LogReviewController/saveReview-success', 'LogReview.saveReview'],
    ['ContractWarningController/acknowledge-success', 'ContractWarning.acknowledge'],
    ['ContractWarningController/moveToContract-success', 'ContractWarning.moveToContract'],
    ['ContractWarningController/assignToBackOffice-success', 'ContractWarning.assignToBackOffice'],
    ['NewCaseController/createHomeownerCase-activeContract', 'NewCase.createHomeownerCase'],
    ['NewCaseController/createInstallerCase-underContact', 'NewCase.createInstallerCase'],
    ['LogACallController/saveCall-logCompletedOnCase', 'LogACall.saveCall'],
    ['CallWizardController/saveCallOutcome-scored', 'CallWizard.saveCallOutcome']
];

function run(vector: Vector): VectorRun {
    return runVector(vector, (clock, features) => createProjectOrg({ root: projectRoot, clock, ...features }));
}

/** Every record of the org by Id, setup objects and the request records left out. */
function business(org: InMemoryOrg): Map<string, SObjectRecord> {
    const records = new Map<string, SObjectRecord>();
    for (const objectName of org.schema.objectNames()) {
        if (org.schema.object(objectName).setup || objectName === 'Playbook_Request__c') continue;
        for (const record of org.db.all(objectName)) records.set(record.Id, record);
    }
    return records;
}

function vectorNamed(name: string): Vector {
    const vector = vectors.get(name);
    if (!vector) throw new Error(`No vector ${name}`);
    return vector;
}

afterEach(() => {
    concurrentSaveSeam.next = null;
});

describe('a concurrent repeat of a save returns the stored response', () => {
    it.each(SAVES)('%s', (name, action) => {
        const vector = vectorNamed(name);
        const first = run(vector);
        expect(first.failures).toEqual([]);
        const storedResponse = JSON.parse(JSON.stringify(first.response)) as Record<string, unknown>;
        // The concurrent save is the same request by the same user: its record has the same fingerprint (the
        // in-memory org gives the same Ids to the same setup, so the first run's stored hash is the second's).
        const [firstRequest] = first.org.db.all('Playbook_Request__c');
        const sameRequest = { Request_Hash__c: String(firstRequest?.Request_Hash__c) };
        // Nothing is called: the same records, untouched, to compare with.
        const untouched = run({ ...vector, call: { ...(vector.call as ControllerCall), params: { request: null } }, expect: { error: { code: 'INVALID_INPUT' }, noOtherChanges: true } });

        concurrentSaveSeam.next = { attributes: { type: 'Playbook_Request__c' }, Action__c: action, Response__c: JSON.stringify(storedResponse), ...sameRequest };
        const second = run(vector);

        expect(concurrentSaveSeam.next).toBeNull();
        expect(second.fault).toBeUndefined();
        expect(second.response).toEqual({ ...storedResponse, replayed: true });
        // The save's own writes were rolled back: every record is as it was, and only the concurrent request is stored.
        expect(business(second.org)).toEqual(business(untouched.org));
        const requests = second.org.db.all('Playbook_Request__c');
        expect(requests).toHaveLength(1);
        expect(requests[0]).toMatchObject({ Action__c: action, Response__c: JSON.stringify(storedResponse) });
    });

    it('a duplicate key stored for another action is refused as a reused key', () => {
        const vector = vectorNamed('LogReviewController/saveReview-success');
        const hash = String(run(vector).org.db.all('Playbook_Request__c')[0]?.Request_Hash__c);
        concurrentSaveSeam.next = { attributes: { type: 'Playbook_Request__c' }, Action__c: 'LogACall.saveCall', Response__c: '{}', Request_Hash__c: hash };

        const second = run(vector);

        expect(second.fault?.code).toBe('REQUEST_KEY_REUSED');
        expect(second.org.db.all('Task')).toEqual([]);
    });

    it('a duplicate key stored for another request is refused as a reused key', () => {
        const vector = vectorNamed('LogReviewController/saveReview-success');
        concurrentSaveSeam.next = { attributes: { type: 'Playbook_Request__c' }, Action__c: 'LogReview.saveReview', Response__c: '{}', Request_Hash__c: '0'.repeat(64) };

        const second = run(vector);

        expect(second.fault?.code).toBe('REQUEST_KEY_REUSED');
        expect(second.org.db.all('Task')).toEqual([]);
    });

    it('a save that fails for another reason still fails, with its own error', () => {
        const org: InMemoryOrg = newProjectOrg();
        const agentId = org.createUser({ LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, Subject: 'Inverter offline', OwnerId: agentId }, 'SYSTEM_MODE') as [string];
        org.failures.failAtWrite(2);

        let thrown: unknown;
        try {
            org.runAs(agentId, () =>
                // The review's second write (the task and the request record) fails: no duplicate key involved.
                org.transaction(() => saveReview(org, 'key-1', caseId, 'Current Status: waiting for parts', 'a'.repeat(64)))
            );
        } catch (error) {
            thrown = error;
        }

        expect(thrown).toMatchObject({ statusCode: 'INJECTED_FAILURE' });
        expect(org.db.all('Playbook_Request__c')).toEqual([]);
        expect(org.db.get(caseId)?.Last_Review_Comments__c).toBeNull();
    });
});
