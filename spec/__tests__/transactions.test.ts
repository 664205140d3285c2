// One transaction per controller call: rollback, savepoints, failure injection, Limits, triggers.
import { DmlError, InjectedCallFailure, LimitError } from '../org/errors';
import type { TriggerHandler } from '../org/triggers';
import { createProjectOrg } from '../project/createProjectOrg';
import { CLOCK, newProjectOrg, projectRoot } from './orgFixtures';

function insertAccount(name: string) {
    return { attributes: { type: 'Account' }, Name: name };
}

describe('transactions', () => {
    it('undoes inserts, updates and deletes when the body throws', () => {
        const org = newProjectOrg();
        const [keptId, deletedId] = org.db.insert([insertAccount('Kept'), insertAccount('Deleted')], 'SYSTEM_MODE');
        const before = JSON.stringify(org.db.all('Account'));
        expect(() =>
            org.transaction(() => {
                org.db.insert(insertAccount('New'), 'SYSTEM_MODE');
                org.db.update({ Id: keptId, Name: 'Renamed' }, 'SYSTEM_MODE');
                org.db.delete(deletedId as string, 'SYSTEM_MODE');
                throw new Error('boom');
            })
        ).toThrow('boom');
        expect(JSON.stringify(org.db.all('Account'))).toBe(before);
    });

    it('keeps what the body wrote when it returns', () => {
        const org = newProjectOrg();
        org.transaction(() => org.db.insert(insertAccount('New'), 'SYSTEM_MODE'));
        expect(org.db.all('Account').map((record) => record.Name)).toEqual(['New']);
    });

    it('rolls back to a savepoint, counting the savepoint and the rollback as DML statements', () => {
        const org = newProjectOrg();
        org.transaction(() => {
            org.db.insert(insertAccount('Before savepoint'), 'SYSTEM_MODE');
            const savepoint = org.db.setSavepoint();
            org.db.insert(insertAccount('After savepoint'), 'SYSTEM_MODE');
            org.db.rollback(savepoint);
        });
        expect(org.db.all('Account').map((record) => record.Name)).toEqual(['Before savepoint']);
        expect(org.lastCallLimits).toEqual({ queries: 0, queryRows: 0, dmlStatements: 4, dmlRows: 2 });
    });

    it('allows one transaction at a time, and savepoints only inside one', () => {
        const org = newProjectOrg();
        expect(() => org.transaction(() => org.transaction(() => 1))).toThrow(/already running/);
        expect(() => org.db.setSavepoint()).toThrow(/inside a transaction/);
    });

    it('fails the armed write of the next call only', () => {
        const org = newProjectOrg();
        org.failures.failAtWrite(2);
        let failure: unknown;
        try {
            org.transaction(() => {
                org.db.insert(insertAccount('First'), 'SYSTEM_MODE');
                org.db.insert(insertAccount('Second'), 'SYSTEM_MODE');
            });
        } catch (error) {
            failure = error;
        }
        expect(failure).toBeInstanceOf(DmlError);
        expect((failure as DmlError).statusCode).toBe('INJECTED_FAILURE');
        expect(org.db.all('Account')).toEqual([]);
        org.transaction(() => {
            org.db.insert(insertAccount('First'), 'SYSTEM_MODE');
            org.db.insert(insertAccount('Second'), 'SYSTEM_MODE');
        });
        expect(org.db.all('Account')).toHaveLength(2);
    });

    it('fails the next call before it does anything', () => {
        const org = newProjectOrg();
        org.failures.failNextCall();
        expect(() => org.transaction(() => org.db.insert(insertAccount('Never'), 'SYSTEM_MODE'))).toThrow(InjectedCallFailure);
        expect(org.db.all('Account')).toEqual([]);
    });

    it('counts queries and rows per call and enforces the governor limits inside a call only', () => {
        const org = newProjectOrg();
        org.db.insert([insertAccount('A'), insertAccount('B')], 'SYSTEM_MODE');
        org.transaction(() => {
            org.db.query({ select: ['Id'], from: 'Account' }, 'SYSTEM_MODE');
            org.db.query({ select: ['Id'], from: 'Account', limit: 1 }, 'SYSTEM_MODE');
        });
        expect(org.lastCallLimits).toEqual({ queries: 2, queryRows: 3, dmlStatements: 0, dmlRows: 0 });
        expect(() =>
            org.transaction(() => {
                for (let index = 0; index < 101; index++) org.db.query({ select: ['Id'], from: 'Account' }, 'SYSTEM_MODE');
            })
        ).toThrow(LimitError);
        for (let index = 0; index < 160; index++) org.db.insert(insertAccount(`Setup ${index}`), 'SYSTEM_MODE');
        expect(org.db.all('Account')).toHaveLength(162);
    });
});

describe('triggers', () => {
    const stampNotes: TriggerHandler = {
        name: 'CaseNotesStamp',
        objectName: 'Case',
        events: ['beforeInsert'],
        handle: ({ newRecords }) => {
            for (const record of newRecords) record.CL_Satisfaction_Notes__c = 'stamped';
        }
    };
    const touchAccount: TriggerHandler = {
        name: 'CaseTouchesAccount',
        objectName: 'Case',
        events: ['afterUpdate'],
        handle: ({ org, newRecords }) => {
            const accountIds = newRecords.map((record) => record.AccountId).filter((id): id is string => typeof id === 'string');
            org.db.update(accountIds.map((id) => ({ Id: id, Description: 'case changed' })), 'SYSTEM_MODE');
        }
    };
    const refuseClosing: TriggerHandler = {
        name: 'RefuseClosing',
        objectName: 'Case',
        events: ['afterUpdate'],
        handle: ({ newRecords }) => {
            if (newRecords.some((record) => record.IsClosed)) throw new DmlError('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Not yet');
        }
    };

    function orgWith(handlers: TriggerHandler[]) {
        return createProjectOrg({ root: projectRoot, clock: CLOCK, triggerHandlers: handlers });
    }

    it('lets before-insert handlers change the records being saved', () => {
        const org = orgWith([stampNotes]);
        const [caseId] = org.db.insert({ attributes: { type: 'Case' } }, 'SYSTEM_MODE');
        expect(org.db.get(caseId as string)?.CL_Satisfaction_Notes__c).toBe('stamped');
    });

    it('counts handler DML in the call, but not as a write for failure injection', () => {
        const org = orgWith([touchAccount]);
        const [accountId] = org.db.insert(insertAccount('Dealer'), 'SYSTEM_MODE');
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, AccountId: accountId }, 'SYSTEM_MODE');
        org.failures.failAtWrite(2);
        org.transaction(() => org.db.update({ Id: caseId, Subject: 'changed' }, 'SYSTEM_MODE'));
        expect(org.lastCallLimits.dmlStatements).toBe(2);
        expect(org.db.get(accountId as string)?.Description).toBe('case changed');
    });

    it('undoes the whole statement, handler writes included, when a handler throws', () => {
        const org = orgWith([touchAccount, refuseClosing]);
        const [accountId] = org.db.insert(insertAccount('Dealer'), 'SYSTEM_MODE');
        const [caseId] = org.db.insert({ attributes: { type: 'Case' }, AccountId: accountId }, 'SYSTEM_MODE');
        expect(() => org.db.update({ Id: caseId, Status: 'Closed' }, 'SYSTEM_MODE')).toThrow(/Not yet/);
        expect(org.db.get(caseId as string)?.Status).toBe('New');
        expect(org.db.get(accountId as string)?.Description).toBeNull();
    });

    it('refuses two handlers with one name', () => {
        const org = orgWith([stampNotes]);
        expect(() => org.triggers.register(stampNotes)).toThrow(/already registered/);
    });
});

describe('clock', () => {
    it('is fixed until moved, and gives today in the running user\'s time zone', () => {
        const org = createProjectOrg({ root: projectRoot, clock: { instant: '2026-11-21T03:30:00Z', timeZone: 'UTC' } });
        const newYorker = org.createUser({ LastName: 'East', TimeZoneSidKey: 'America/New_York' });
        expect(org.today()).toBe('2026-11-21');
        expect(org.runAs(newYorker, () => org.today())).toBe('2026-11-20');
        org.clock.advance({ hours: 1 });
        expect(org.nowIso()).toBe('2026-11-21T04:30:00.000Z');
        expect(() => org.clock.set({ timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone/);
    });
});
