// The workbench's view of the in-memory org from spec/: the project's metadata, the sample data
// in data/, the workbench users, and the reads the server needs (records, schema, access). Every
// controller call is one transaction as the running user, on a clock that follows the wall clock.
import { specModule } from './specModules.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { apexClassRoot, projectRoot } from '../build/paths.mjs';
import { WORKBENCH_USERS } from './workbenchUsers.mjs';

export const WORKBENCH_TIME_ZONE = 'America/New_York';

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
    let org;
    let users;

    function build() {
        // The support team's org: besides the package it has the Contact record type "Installer Contact" and the phone
        // system's "Additional Dispositions" Task field that the settings name (spec/org/teamOrg.ts).
        org = createProjectOrg({
            root: projectRoot,
            clock: { instant: new Date(), timeZone: WORKBENCH_TIME_ZONE },
            installerContactRecordType: true,
            additionalDispositions: true,
            // Entitlement Management, as the scratch definition turns it on: Find Caller qualifies callers by entitlements.
            entitlements: true
        });
        loadSampleData(org, projectRoot);
        users = WORKBENCH_USERS.map(({ key, setup, description }) => {
            const id = org.createUser({ ...setup, TimeZoneSidKey: WORKBENCH_TIME_ZONE });
            return { key, id, name: `${setup.FirstName} ${setup.LastName}`, description };
        });
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
        objectNames: () => org.schema.objectNames().sort(),
        records: (sobject) => org.db.all(sobject).map(withoutAttributes),
        recordById(id) {
            const object = org.schema.objectForId(String(id));
            const record = object ? org.db.get(String(id)) : undefined;
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
            org.clock.set({ instant: new Date() });
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
