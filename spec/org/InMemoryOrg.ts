// An org in memory: schema, users with their profile and permission sets, record types, queues,
// the clock, settings, triggers, and one transaction per controller call with failure injection
// and Limits counters.
import { AccessPolicy, type AccessGrants, type PermissionSetDefinition, type ProfileDefinition } from './access';
import { Clock, type ClockSetting } from './clock';
import { Database } from './database';
import type { DerivationRules } from './derivedFields';
import { InjectedCallFailure } from './errors';
import { FailureInjector } from './failures';
import { isValidId, to18 } from './ids';
import { emptyUsage, LimitCounters, type LimitUsage } from './limits';
import { Schema, type ObjectDefinition } from './schema';
import { SharingRules, type ActivitySharing } from './sharing';
import { resolveSettings, normalizeOverrides, type PlaybookSettingsValues, type SettingValue } from './settings';
import { standardObjects } from './standardObjects';
import { MINIMUM_ACCESS, STANDARD_USER, SYSTEM_ADMINISTRATOR, standardProfiles } from './standardProfiles';
import type { ProfileAdditions } from './teamOrg';
import { TriggerRegistry, type TriggerEvent, type TriggerHandler } from './triggers';
import type { SObjectRecord } from './values';

export interface RecordTypeSetup {
    sobjectType: string;
    developerName: string;
    name?: string;
    active?: boolean;
}

export interface RoleSetup {
    developerName: string;
    name?: string;
    /** The DeveloperName of the role above this one; none for a top role. */
    parentRole?: string;
}

export interface QueueSetup {
    developerName: string;
    name?: string;
    /** The objects the queue may own (QueueSobject rows). */
    sobjectTypes?: readonly string[];
}

export interface UserSetup {
    FirstName?: string;
    LastName: string;
    Username?: string;
    Alias?: string;
    Email?: string;
    Title?: string;
    /** IANA zone; defaults to the clock's zone. */
    TimeZoneSidKey?: string;
    /** 'Standard User' (default), 'System Administrator' or 'Minimum Access - Salesforce'. */
    profile?: string;
    permissionSets?: readonly string[];
    /** The DeveloperName of the user's role (createRole); none by default, as for users created in Apex tests. */
    role?: string;
}

export interface InMemoryOrgOptions {
    /** Object definitions; defaults to the standard objects without custom fields. */
    objects?: readonly ObjectDefinition[];
    permissionSets?: readonly PermissionSetDefinition[];
    recordTypes?: readonly RecordTypeSetup[];
    queues?: readonly QueueSetup[];
    /** Playbook_Setting__mdt Default values by field API name. */
    settingsDefaults?: Readonly<Record<string, SettingValue>>;
    /** Where the defaults came from, for messages. */
    settingsSource?: string;
    clock?: ClockSetting;
    triggerHandlers?: readonly TriggerHandler[];
    closedCaseStatuses?: readonly string[];
    closedTaskStatuses?: readonly string[];
    /** The organization-wide default of activities: 'Private' in a new org (sharing.ts). */
    activitySharing?: ActivitySharing;
    /** The Standard Contact Duplicate Rule is active, as in a new org (duplicateRules.ts); false switches it off. */
    standardContactDuplicateRule?: boolean;
    /** Field access and record types an org's admin gave the standard profiles (teamOrg.ts). */
    profileAdditions?: ProfileAdditions;
}

/** One line of the server log: what System.debug(LoggingLevel.ERROR, ...) writes in Apex. */
export interface ErrorLogEntry {
    level: 'ERROR';
    at: string;
    userId: string;
    reference: string;
    code: string;
    exceptionType: string;
    detail: string;
}

/** Schema.DescribeFieldResult for the running user. */
export interface FieldDescribe {
    name: string;
    isAccessible(): boolean;
    isCreateable(): boolean;
    isUpdateable(): boolean;
}

/** Schema.RecordTypeInfo for the running user (Apex Reference, "RecordTypeInfo Class"). */
export interface RecordTypeInfo {
    developerName: string;
    recordTypeId: string;
    isActive(): boolean;
    /** The running user's profile or a permission set makes the record type available to them. */
    isAvailable(): boolean;
}

/** Schema.DescribeSObjectResult for the running user. */
export interface ObjectDescribe {
    name: string;
    isAccessible(): boolean;
    isCreateable(): boolean;
    isUpdateable(): boolean;
    isDeletable(): boolean;
    field(fieldName: string): FieldDescribe;
    /** getRecordTypeInfosByDeveloperName().get(developerName); undefined when the object has no such record type. */
    recordTypeInfo(developerName: string): RecordTypeInfo | undefined;
}

export class InMemoryOrg {
    readonly schema: Schema;
    readonly access: AccessPolicy;
    readonly clock: Clock;
    readonly limits = new LimitCounters();
    readonly triggers = new TriggerRegistry();
    readonly failures = new FailureInjector();
    readonly derivation: DerivationRules;
    readonly sharing: SharingRules;
    readonly db: Database;
    readonly errorLog: ErrorLogEntry[] = [];
    readonly adminUserId: string;

    private readonly profiles = new Map<string, ProfileDefinition>();
    private readonly permissionSets = new Map<string, PermissionSetDefinition>();
    private readonly grantsByUser = new Map<string, AccessGrants>();
    private readonly queueObjects = new Map<string, readonly string[]>();
    private readonly settingsDefaults: Readonly<Record<string, SettingValue>> | undefined;
    private readonly settingsSource: string;
    private settingsOverrides: Record<string, SettingValue> = {};
    private currentUserId = '';
    private inTransaction = false;
    private lastUsage: LimitUsage = emptyUsage();
    private userCount = 0;

    constructor(options: InMemoryOrgOptions = {}) {
        this.schema = new Schema(options.objects ?? standardObjects());
        this.access = new AccessPolicy(this.schema);
        this.clock = new Clock(options.clock ?? { instant: new Date(), timeZone: 'UTC' });
        this.derivation = {
            closedCaseStatuses: new Set(options.closedCaseStatuses ?? ['Closed']),
            closedTaskStatuses: new Set(options.closedTaskStatuses ?? ['Completed'])
        };
        this.settingsDefaults = options.settingsDefaults;
        this.settingsSource = options.settingsSource ?? 'Playbook_Setting.Default';
        for (const profile of standardProfiles(this.schema.objectNames())) {
            this.profiles.set(profile.name, withAdditions(profile, options.profileAdditions));
        }
        for (const permissionSet of options.permissionSets ?? []) this.permissionSets.set(permissionSet.name, permissionSet);
        this.sharing = new SharingRules(
            {
                schema: this.schema,
                access: this.access,
                record: (id) => this.db.stored(id),
                records: (objectName) => this.db.storedOf(objectName),
                grantsOf: (userId) => this.grantsOf(userId)
            },
            options.activitySharing
        );
        this.db = new Database({
            schema: this.schema,
            access: this.access,
            limits: this.limits,
            triggers: this.triggers,
            derivation: this.derivation,
            sharing: this.sharing,
            standardContactDuplicateRule: options.standardContactDuplicateRule ?? true,
            nowIso: () => this.clock.nowIso(),
            runningUserId: () => this.runningUserId(),
            runningGrants: () => this.grantsOf(this.runningUserId()),
            runTriggerHandler: (handler, objectName, event, newRecords, oldRecords) =>
                this.runTriggerHandler(handler, objectName, event, newRecords, oldRecords)
        });
        this.adminUserId = this.bootstrapAdmin();
        for (const recordType of options.recordTypes ?? []) this.createRecordType(recordType);
        for (const queue of options.queues ?? []) this.createQueue(queue);
        for (const handler of options.triggerHandlers ?? []) this.triggers.register(handler);
    }

    // ---- users and what they hold ------------------------------------------------------------

    runningUserId(): string {
        return this.currentUserId;
    }

    runningUser(): SObjectRecord {
        return this.db.get(this.currentUserId) as SObjectRecord;
    }

    /** Makes `userId` the running user from now on. */
    setRunningUser(userId: string): void {
        this.currentUserId = this.requireUser(userId);
    }

    /**
     * System.runAs: runs `body` as `userId`, then restores the previous running user. Inside a transaction the block is a
     * mixed-DML context of its own, as in an Apex test (mixedDml.ts); createUser, createQueue and the other setup
     * helpers run this way, so test setup may create users next to records, while package code may not.
     */
    runAs<T>(userId: string, body: () => T): T {
        const previous = this.currentUserId;
        this.setRunningUser(userId);
        try {
            return this.db.isolateMixedDml(body);
        } finally {
            this.currentUserId = previous;
        }
    }

    createUser(setup: UserSetup): string {
        const profile = this.profiles.get(setup.profile ?? STANDARD_USER);
        if (!profile) throw new Error(`Unknown profile: ${setup.profile}`);
        const permissionSets = (setup.permissionSets ?? []).map((name) => this.permissionSet(name));
        const roleId = setup.role === undefined ? null : this.roleId(setup.role);
        this.userCount += 1;
        const alias = (setup.Alias ?? `${(setup.FirstName ?? '').charAt(0)}${setup.LastName}`).slice(0, 8).toLowerCase();
        const username = setup.Username ?? `${alias}.${this.userCount}@playbooks.example`;
        const [userId] = this.asAdmin(() =>
            this.db.insert(
                {
                    attributes: { type: 'User' },
                    FirstName: setup.FirstName ?? null,
                    LastName: setup.LastName,
                    Username: username,
                    Alias: alias,
                    Email: setup.Email ?? username,
                    Title: setup.Title ?? null,
                    TimeZoneSidKey: setup.TimeZoneSidKey ?? this.clock.timeZone,
                    LocaleSidKey: 'en_US',
                    LanguageLocaleKey: 'en_US',
                    EmailEncodingKey: 'UTF-8',
                    UserRoleId: roleId
                },
                'SYSTEM_MODE'
            )
        ) as [string];
        this.grantsByUser.set(userId, { profile, permissionSets });
        return userId;
    }

    /** A UserRole under `parentRole`: users above others in the role hierarchy see and edit their records (sharing.ts). */
    createRole(setup: RoleSetup): string {
        const parentRoleId = setup.parentRole === undefined ? null : this.roleId(setup.parentRole);
        const [id] = this.asAdmin(() =>
            this.db.insert(
                {
                    attributes: { type: 'UserRole' },
                    DeveloperName: setup.developerName,
                    Name: setup.name ?? setup.developerName.replace(/_/g, ' '),
                    ParentRoleId: parentRoleId
                },
                'SYSTEM_MODE'
            )
        ) as [string];
        return id;
    }

    roleId(developerName: string): string {
        const found = this.db.all('UserRole').find((role) => role.DeveloperName === developerName);
        if (!found) throw new Error(`No role ${developerName}: create it with org.createRole first`);
        return found.Id;
    }

    /**
     * Gives a User record inserted by DML (an Apex test's `insert user`) the access of its profile,
     * as createUser does for the users it creates.
     */
    registerUserProfile(userId: string, profileName: string): void {
        const profile = this.profiles.get(profileName);
        if (!profile) throw new Error(`Unknown profile: ${profileName}`);
        if (!this.db.get(userId)) throw new Error(`No such user: ${userId}`);
        this.grantsByUser.set(to18(userId), { profile, permissionSets: [] });
    }

    /** The names of the profiles users can have. */
    profileNames(): string[] {
        return [...this.profiles.keys()];
    }

    /** PermissionSetAssignment rows for an existing user. */
    assignPermissionSets(userId: string, names: readonly string[]): void {
        const grants = this.grantsOf(userId);
        const added = names.map((name) => this.permissionSet(name)).filter((set) => !grants.permissionSets.includes(set));
        this.grantsByUser.set(to18(userId), { ...grants, permissionSets: [...grants.permissionSets, ...added] });
    }

    grantsOf(userId: string): AccessGrants {
        const grants = isValidId(userId) ? this.grantsByUser.get(to18(userId)) : undefined;
        if (!grants) throw new Error(`No such user: ${userId}`);
        return grants;
    }

    permissionSetNames(): string[] {
        return [...this.permissionSets.keys()];
    }

    /** Schema describe for the running user, as Apex's Schema.SObjectType.X.isUpdateable() etc. */
    describe(objectName: string): ObjectDescribe {
        const object = this.schema.object(objectName);
        const grants = this.grantsOf(this.currentUserId);
        const objectAccess = this.access.objectAccess(grants, object.name);
        return {
            name: object.name,
            isAccessible: () => objectAccess.read,
            isCreateable: () => objectAccess.create,
            isUpdateable: () => objectAccess.edit,
            isDeletable: () => objectAccess.delete,
            field: (fieldName: string) => {
                const field = this.schema.field(object.name, fieldName);
                const fieldAccess = this.access.fieldAccess(grants, object.name, field.name);
                return {
                    name: field.name,
                    isAccessible: () => fieldAccess.read,
                    isCreateable: () => fieldAccess.edit && field.createable,
                    isUpdateable: () => fieldAccess.edit && field.updateable
                };
            },
            recordTypeInfo: (developerName: string) => {
                const recordType = this.db
                    .all('RecordType')
                    .find((candidate) => candidate.SobjectType === object.name && candidate.DeveloperName === developerName);
                if (!recordType) return undefined;
                const available = this.access.hasRecordType(grants, object.name, developerName);
                return {
                    developerName,
                    recordTypeId: recordType.Id,
                    isActive: () => recordType.IsActive === true,
                    isAvailable: () => available
                };
            }
        };
    }

    // ---- record types and queues ---------------------------------------------------------------

    createRecordType(setup: RecordTypeSetup): string {
        const sobjectType = this.schema.object(setup.sobjectType).name;
        const [id] = this.asAdmin(() =>
            this.db.insert(
                {
                    attributes: { type: 'RecordType' },
                    SobjectType: sobjectType,
                    DeveloperName: setup.developerName,
                    Name: setup.name ?? setup.developerName.replace(/_/g, ' '),
                    IsActive: setup.active ?? true
                },
                'SYSTEM_MODE'
            )
        ) as [string];
        return id;
    }

    recordTypeId(objectName: string, developerName: string): string {
        const sobjectType = this.schema.object(objectName).name;
        const found = this.db
            .all('RecordType')
            .find((recordType) => recordType.SobjectType === sobjectType && recordType.DeveloperName === developerName);
        if (!found) throw new Error(`No record type ${developerName} on ${sobjectType}`);
        return found.Id;
    }

    createQueue(setup: QueueSetup): string {
        const [id] = this.asAdmin(() =>
            this.db.insert(
                {
                    attributes: { type: 'Group' },
                    Type: 'Queue',
                    DeveloperName: setup.developerName,
                    Name: setup.name ?? setup.developerName.replace(/_/g, ' ')
                },
                'SYSTEM_MODE'
            )
        ) as [string];
        this.queueObjects.set(id, (setup.sobjectTypes ?? ['Case']).map((name) => this.schema.object(name).name));
        return id;
    }

    /** GroupMember rows: the users become members of the queue and get an owner's access to what it owns. */
    addQueueMembers(developerName: string, userIds: readonly string[]): void {
        const queueId = this.queueId(developerName);
        for (const userId of userIds) this.requireUser(userId);
        this.asAdmin(() =>
            this.db.insert(
                userIds.map((userId) => ({ attributes: { type: 'GroupMember' }, GroupId: queueId, UserOrGroupId: userId })),
                'SYSTEM_MODE'
            )
        );
    }

    findQueueId(developerName: string): string | undefined {
        return this.db.all('Group').find((group) => group.Type === 'Queue' && group.DeveloperName === developerName)?.Id;
    }

    queueId(developerName: string): string {
        const id = this.findQueueId(developerName);
        if (!id) throw new Error(`No queue ${developerName}`);
        return id;
    }

    // ---- time and settings -----------------------------------------------------------------------

    nowIso(): string {
        return this.clock.nowIso();
    }

    /** Date.today() for the running user: the clock's instant in the user's time zone. */
    today(): string {
        const zone = this.currentUserId ? this.db.get(this.currentUserId)?.TimeZoneSidKey : undefined;
        return this.clock.today(typeof zone === 'string' ? zone : this.clock.timeZone);
    }

    /** PlaybookSettings.current(): the Default record with any overrides applied. */
    settings(): PlaybookSettingsValues {
        const reviewField = this.schema.findObject('Case') && this.schema.findField('Case', 'Last_Review_Comments__c');
        return resolveSettings(
            { defaults: this.settingsDefaults, source: this.settingsSource, reviewFieldLength: reviewField ? reviewField.length : undefined },
            this.settingsOverrides
        );
    }

    /** PlaybookSettings.setForTest: overrides by field API name, added to earlier overrides. */
    overrideSettings(overrides: Readonly<Record<string, SettingValue>>): void {
        this.settingsOverrides = { ...this.settingsOverrides, ...normalizeOverrides(overrides) };
    }

    resetSettings(): void {
        this.settingsOverrides = {};
    }

    // ---- transactions ------------------------------------------------------------------------------

    /**
     * One Apex transaction: Limits start from zero, armed failures apply, and if `body` throws,
     * every write it made (including trigger writes) is undone before the error propagates.
     */
    transaction<T>(body: () => T): T {
        if (this.inTransaction) throw new Error('A transaction is already running: one transaction per controller call');
        const armed = this.failures.take();
        this.inTransaction = true;
        this.limits.begin();
        this.db.beginTransaction(armed.failAtWrite);
        try {
            if (armed.failCall) throw new InjectedCallFailure();
            const result = body();
            this.db.commitTransaction();
            return result;
        } catch (error) {
            this.db.rollbackTransaction();
            throw error;
        } finally {
            this.lastUsage = this.limits.usage();
            this.limits.end();
            this.inTransaction = false;
        }
    }

    /** What the last transaction consumed: Limits.getQueries(), getQueryRows(), getDmlStatements(), getDmlRows(). */
    get lastCallLimits(): LimitUsage {
        return { ...this.lastUsage };
    }

    logError(entry: Omit<ErrorLogEntry, 'level' | 'at' | 'userId'>): void {
        this.errorLog.push({ level: 'ERROR', at: this.nowIso(), userId: this.currentUserId, ...entry });
    }

    // ---- internals -----------------------------------------------------------------------------------

    private runTriggerHandler(
        handler: TriggerHandler,
        objectName: string,
        event: TriggerEvent,
        newRecords: SObjectRecord[],
        oldRecords: ReadonlyMap<string, SObjectRecord>
    ): void {
        handler.handle({ org: this, objectName, event, newRecords, oldRecords });
    }

    /** The org's first user, a system administrator, who loads data and owns what the loader creates. */
    private bootstrapAdmin(): string {
        const [id] = this.db.insert(
            {
                attributes: { type: 'User' },
                FirstName: 'Org',
                LastName: 'Admin',
                Username: 'admin@playbooks.example',
                Alias: 'admin',
                Email: 'admin@playbooks.example',
                TimeZoneSidKey: this.clock.timeZone,
                LocaleSidKey: 'en_US',
                LanguageLocaleKey: 'en_US',
                EmailEncodingKey: 'UTF-8'
            },
            'SYSTEM_MODE'
        ) as [string];
        this.grantsByUser.set(id, { profile: this.profiles.get(SYSTEM_ADMINISTRATOR) as ProfileDefinition, permissionSets: [] });
        this.currentUserId = id;
        return id;
    }

    private asAdmin<T>(body: () => T): T {
        return this.runAs(this.adminUserId, body);
    }

    private permissionSet(name: string): PermissionSetDefinition {
        const found = this.permissionSets.get(name);
        if (!found) {
            const known = [...this.permissionSets.keys()].join(', ') || 'none';
            throw new Error(`Unknown permission set ${name} (known: ${known})`);
        }
        return found;
    }

    private requireUser(userId: string): string {
        this.grantsOf(userId);
        return to18(userId);
    }
}

/** A standard profile with what the org's admin added to it (not the Minimum Access profile). */
function withAdditions(profile: ProfileDefinition, additions: ProfileAdditions | undefined): ProfileDefinition {
    if (!additions || profile.name === MINIMUM_ACCESS) return profile;
    return {
        ...profile,
        fields: { ...profile.fields, ...additions.fields },
        recordTypes: [...profile.recordTypes, ...additions.recordTypes]
    };
}

export { MINIMUM_ACCESS, STANDARD_USER, SYSTEM_ADMINISTRATOR };
