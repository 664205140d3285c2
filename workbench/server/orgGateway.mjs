// The workbench's view of the in-memory org from spec/: the project's metadata, the sample data
// in data/, the workbench users, and the reads the server needs (records, schema, access). Every
// controller call is one transaction as the running user, on a clock that follows the wall clock
// moved forward by however much the clock control advanced it.
import { specModule } from './specModules.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { apexClassRoot, projectRoot } from '../build/paths.mjs';
import { WORKBENCH_USERS } from './workbenchUsers.mjs';

export const WORKBENCH_TIME_ZONE = 'America/New_York';
/** The sample files whose records the workbench agent created (procedure 004: the creator follows the case). */
export const CREATED_BY_AGENT = new Set(['Case-Integration.json', 'CaseComment-Integration.json']);
/** The Integrations queue's member in the workbench: the other agent works the integration cases. */
export const INTEGRATIONS_QUEUE = 'Integrations';
/**
 * The business calendar an admin sets up in Setup (docs/admin-setup.md; Apex and the API cannot insert
 * business hours in a real org): the "Integrations" business hours the settings name, Monday to Friday
 * 8 AM to 5 PM New York time, and two yearly holidays the settings list.
 */
const WEEKDAY_HOURS = Object.fromEntries(
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].flatMap((day) => [
        [`${day}StartTime`, '08:00:00.000Z'],
        [`${day}EndTime`, '17:00:00.000Z']
    ])
);
export const WORKBENCH_CALENDAR = {
    businessHours: { Name: 'Integrations', IsActive: true, TimeZoneSidKey: WORKBENCH_TIME_ZONE, ...WEEKDAY_HOURS },
    holidays: [
        { Name: 'Christmas Day', IsAllDay: true, IsRecurrence: true, RecurrenceType: 'RecursYearly', RecurrenceMonthOfYear: 'December', RecurrenceDayOfMonth: 25, RecurrenceStartDate: '2020-12-25' },
        { Name: "New Year's Day", IsAllDay: true, IsRecurrence: true, RecurrenceType: 'RecursYearly', RecurrenceMonthOfYear: 'January', RecurrenceDayOfMonth: 1, RecurrenceStartDate: '2021-01-01' }
    ]
};

/** What Lightning answers when the running user's profile and permission sets do not grant the class. */
export class ApexClassAccessError extends Error {
    constructor(className) {
        super(`You do not have access to the Apex class named '${className}'.`);
        this.exceptionType = 'System.NoAccessException';
    }
}

function withoutAttributes(record) {
    const fields = { ...record };
    delete fields.attributes;
    return fields;
}

/** @typedef {ReturnType<typeof createOrgGateway>} OrgGateway */
export function createOrgGateway() {
    const { createProjectOrg, loadSampleData } = specModule('project/createProjectOrg');
    const { runIntegrationCaseMonitor } = specModule('jobs/IntegrationCaseMonitor');
    let org;
    let users;
    /** How far the clock control moved the org's time ahead of the wall clock. */
    let clockOffsetMillis = 0;
    const now = () => new Date(Date.now() + clockOffsetMillis);

    function build() {
        clockOffsetMillis = 0;
        // The support team's org: besides the package it has the Contact record type "Installer Contact" and the phone
        // system's "Additional Dispositions" Task field that the settings name (spec/org/teamOrg.ts).
        org = createProjectOrg({
            root: projectRoot,
            clock: { instant: now(), timeZone: WORKBENCH_TIME_ZONE },
            installerContactRecordType: true,
            additionalDispositions: true,
            // Entitlement Management, as the scratch definition turns it on: Find Caller qualifies callers by entitlements.
            entitlements: true
        });
        users = WORKBENCH_USERS.map(({ key, setup, description }) => {
            const id = org.createUser({ ...setup, TimeZoneSidKey: WORKBENCH_TIME_ZONE });
            return { key, id, name: `${setup.FirstName} ${setup.LastName}`, description };
        });
        const agentId = users.find((user) => user.key === 'agent').id;
        loadSampleData(org, projectRoot, { insertAs: (file) => (CREATED_BY_AGENT.has(file) ? agentId : undefined) });
        org.addQueueMembers(INTEGRATIONS_QUEUE, [users.find((user) => user.key === 'otherAgent').id]);
        installCalendar();
    }

    function installCalendar() {
        const { businessHours, holidays } = WORKBENCH_CALENDAR;
        org.db.insert({ attributes: { type: 'BusinessHours' }, ...businessHours }, 'SYSTEM_MODE');
        for (const holiday of holidays) org.db.insert({ attributes: { type: 'Holiday' }, ActivityDate: holiday.RecurrenceStartDate, ...holiday }, 'SYSTEM_MODE');
        org.overrideSettings({ Integration_Holidays__c: holidays.map((holiday) => holiday.Name).join(';') });
    }
    build();

    const grants = (userId) => org.grantsOf(userId);

    return {
        /** The spec's InMemoryOrg itself, for controllers and tests. */
        get org() {
            return org;
        },
        users: () => users.map(({ key, id, name, description }) => ({ key, id, name, description })),
        userId: (key) => users.find((user) => user.key === key)?.id,
        defaultUserId: () => users[0].id,
        reset: build,
        failNextCall: () => org.failures.failNextCall(),
        /** The org's time: the wall clock plus what the clock control added. */
        clock: () => ({ now: now().toISOString(), offsetMinutes: Math.round(clockOffsetMillis / 60_000) }),
        /** Moves the org's time forward, so the procedure's clocks can be watched firing. */
        advanceClock(minutes) {
            clockOffsetMillis += minutes * 60_000;
            org.clock.set({ instant: now() });
        },
        resetClock() {
            clockOffsetMillis = 0;
            org.clock.set({ instant: now() });
        },
        /** One run of the scheduled integration case monitor (what the daily job does), as the org's admin. */
        runIntegrationMonitor() {
            org.clock.set({ instant: now() });
            return org.runAs(org.adminUserId, () => runIntegrationCaseMonitor(org));
        },
        /**
         * A new integration case as the standard New Case page creates it (the workbench's stand-in for that
         * platform page): the Integration Case record type, given to the Integrations queue, by `userId` in user
         * mode, so the package's triggers stamp it as they stamp any new integration case.
         */
        createIntegrationCase(userId, { subject, description, accountId, contactId }) {
            org.clock.set({ instant: now() });
            const fields = {
                attributes: { type: 'Case' },
                RecordTypeId: org.recordTypeId('Case', 'Integration_Case'),
                OwnerId: org.queueId(INTEGRATIONS_QUEUE),
                Subject: subject,
                Description: description || null,
                AccountId: accountId || null,
                ContactId: contactId || null,
                Origin: 'Phone',
                Product_Type__c: 'Integrations'
            };
            const [id] = org.runAs(userId, () => org.transaction(() => org.db.insert(fields, 'USER_MODE')));
            return id;
        },
        /** The custom notifications and email the org sent to a user, newest first. */
        messagesFor(userId) {
            return org.messaging.outbox.filter((message) => message.to === userId).reverse();
        },
        /** Records as a query by `userId` reads them: formula fields calculated for that user and the org's time. */
        recordsAsRead(userId, sobject, where = []) {
            org.clock.set({ instant: now() });
            return org.runAs(userId, () => org.db.query({ select: ['Id'], from: sobject, where }, 'SYSTEM_MODE')).map((row) =>
                org.runAs(userId, () => org.db.readWithFormulas(row.Id))
            );
        },
        objectNames: () => org.schema.objectNames().sort(),
        records: (sobject) => org.db.all(sobject).map(withoutAttributes),
        recordById(id, userId) {
            const object = org.schema.objectForId(String(id));
            const read = () => (object ? org.db.readWithFormulas(String(id)) : undefined);
            if (userId) org.clock.set({ instant: now() });
            const record = userId ? org.runAs(userId, read) : read();
            return record ? { sobject: object.name, record: withoutAttributes(record) } : undefined;
        },
        findField: (objectName, fieldName) => org.schema.findField(objectName, fieldName),
        findRelationship(objectName, relationshipName) {
            try {
                return org.schema.relationship(objectName, relationshipName);
            } catch {
                return undefined;
            }
        },
        canReadField: (userId, objectName, fieldName) =>
            org.access.fieldAccess(grants(userId), objectName, fieldName).read,
        canReadRecord: (userId, objectName) => org.access.objectAccess(grants(userId), objectName).read,
        timeZoneOf: (userId) => org.db.get(userId)?.TimeZoneSidKey ?? WORKBENCH_TIME_ZONE,
        recordTypeInfo(recordTypeId) {
            const recordType = recordTypeId ? org.db.get(recordTypeId) : undefined;
            if (!recordType) return null;
            return {
                available: true,
                defaultRecordTypeMapping: false,
                master: false,
                name: recordType.Name,
                recordTypeId: recordType.Id
            };
        },
        recordTypeId(objectName, developerName) {
            try {
                return org.recordTypeId(objectName, developerName);
            } catch {
                return null;
            }
        },
        queueId: (developerName) => org.findQueueId(developerName) ?? null,
        isClosedCase: (record) => record.IsClosed === true,
        /**
         * Runs one controller call as `userId` (the controller opens its own transaction); returns the
         * result and the Limits it used. Like the platform, a user without access to the Apex class is
         * refused before the method runs (checked once the Apex class exists in the project: until
         * then no permission set can grant it).
         */
        invoke(userId, className, body) {
            org.clock.set({ instant: now() });
            const classExists = existsSync(join(apexClassRoot, `${className}.cls`));
            if (classExists && !org.access.hasApexClassAccess(grants(userId), className)) {
                throw new ApexClassAccessError(className);
            }
            try {
                const result = org.runAs(userId, body);
                return { result, limits: org.lastCallLimits };
            } catch (error) {
                if (error && typeof error === 'object') error.workbenchLimits = org.lastCallLimits;
                throw error;
            }
        }
    };
}
