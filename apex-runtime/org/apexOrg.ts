// The org Apex runs on: the project org of spec/ (one platform model for both twins), created
// without the TypeScript trigger handlers (the Apex trigger runs instead), plus what Apex tests
// read and write that the TypeScript twin never needs: Profile, PermissionSet,
// PermissionSetAssignment, QueueSobject and StaticResource records, User.ProfileId, the custom
// metadata types with their records, and the custom labels. Users inserted by Apex get their
// profile's access, and permission set assignments grant their sets, as on the platform.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import type { ClockSetting } from '../../spec/org/clock';
import { DmlError } from '../../spec/org/errors';
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { FieldDefinition, FieldType, ObjectDefinition } from '../../spec/org/schema';
import type { SObjectInput, SObjectRecord } from '../../spec/org/values';
import { createProjectOrg } from '../../spec/project/createProjectOrg';
import type { TeamOrgOptions } from '../../spec/org/teamOrg';
import { customFieldDefinition } from '../../spec/project/customFields';
import { children, readMetadataXml, text, texts } from '../../spec/project/metadataXml';
import { customMetadataValues, findProjectRoot, packageDefaultFolders } from '../../spec/project/projectMetadata';
import { UnsupportedError } from '../evaluator/errors';

function field(name: string, type: FieldType, options: Partial<FieldDefinition> = {}): FieldDefinition {
    return { name, type, custom: false, createable: true, updateable: true, nillable: true, ...options };
}

function readOnly(name: string, type: FieldType, options: Partial<FieldDefinition> = {}): FieldDefinition {
    return field(name, type, { createable: false, updateable: false, ...options });
}

function setupObject(name: string, keyPrefix: string, fields: FieldDefinition[], custom = false): ObjectDefinition {
    const all = [readOnly('Id', 'id', { nillable: false }), ...fields];
    return { name, custom, setup: true, keyPrefix, fields: Object.fromEntries(all.map((definition) => [definition.name, definition])) };
}

/** Setup objects Apex tests use (Object Reference: Profile, PermissionSet, PermissionSetAssignment, QueueSobject, StaticResource). */
function apexSetupObjects(): ObjectDefinition[] {
    return [
        setupObject('Profile', '00e', [field('Name', 'string', { length: 255, nillable: false }), field('UserType', 'picklist')]),
        setupObject('PermissionSet', '0PS', [
            field('Name', 'string', { length: 80, nillable: false }),
            field('Label', 'string', { length: 80 }),
            field('IsOwnedByProfile', 'boolean', { nillable: false, defaultValue: false })
        ]),
        setupObject('PermissionSetAssignment', '0Pa', [
            field('AssigneeId', 'reference', { referenceTo: ['User'], relationshipName: 'Assignee', nillable: false }),
            field('PermissionSetId', 'reference', { referenceTo: ['PermissionSet'], relationshipName: 'PermissionSet', nillable: false })
        ]),
        setupObject('QueueSobject', '03g', [
            field('QueueId', 'reference', { referenceTo: ['Group'], relationshipName: 'Queue', nillable: false }),
            field('SobjectType', 'string', { length: 40, nillable: false })
        ]),
        // Apex Developer Guide "Apex Scheduler" (CronTrigger, CronJobDetail) and "Using Batch Apex" (AsyncApexJob).
        setupObject('CronJobDetail', '08a', [field('Name', 'string', { length: 255, nillable: false }), field('JobType', 'picklist')]),
        setupObject('CronTrigger', '08e', [
            field('CronJobDetailId', 'reference', { referenceTo: ['CronJobDetail'], relationshipName: 'CronJobDetail', nillable: false }),
            field('CronExpression', 'string', { length: 255 }),
            field('State', 'picklist'),
            field('TimesTriggered', 'int'),
            field('NextFireTime', 'datetime'),
            field('OwnerId', 'reference', { referenceTo: ['User'], relationshipName: 'Owner' })
        ]),
        setupObject('AsyncApexJob', '707', [
            field('JobType', 'picklist'),
            field('Status', 'picklist'),
            field('MethodName', 'string', { length: 255 }),
            field('ApexClassName', 'string', { length: 255 }),
            field('JobItemsProcessed', 'int'),
            field('TotalJobItems', 'int'),
            field('NumberOfErrors', 'int'),
            field('CompletedDate', 'datetime'),
            field('CreatedDate', 'datetime')
        ]),
        setupObject('StaticResource', '081', [
            field('Name', 'string', { length: 255, nillable: false }),
            field('NamespacePrefix', 'string', { length: 15 }),
            field('ContentType', 'string', { length: 120 }),
            field('Body', 'base64'),
            field('BodyLength', 'int'),
            field('Description', 'textarea', { length: 255 }),
            field('CacheControl', 'picklist')
        ])
    ];
}

/**
 * User fields Apex tests set when they insert users (Object Reference "User"), besides those the
 * TypeScript twin defines. ProfileId is required on insert (checked by the setup handler below).
 */
function userFieldsForApex(): Record<string, FieldDefinition> {
    const fields = [
        field('ProfileId', 'reference', { referenceTo: ['Profile'], relationshipName: 'Profile' }),
        field('CommunityNickname', 'string', { length: 40, unique: true }),
        field('Department', 'string', { length: 80 }),
        field('Division', 'string', { length: 80 }),
        field('CompanyName', 'string', { length: 80 }),
        field('EmployeeNumber', 'string', { length: 20 }),
        field('Phone', 'phone', { length: 40 }),
        field('MobilePhone', 'phone', { length: 40 }),
        field('FederationIdentifier', 'string', { length: 512 })
    ];
    return Object.fromEntries(fields.map((definition) => [definition.name, definition]));
}

interface CustomMetadataType {
    definition: ObjectDefinition;
    records: Record<string, unknown>[];
}

/** Custom metadata types (objects/*__mdt) and their records (customMetadata/<Type>.<Record>.md-meta.xml). */
function customMetadataTypes(folders: readonly string[]): CustomMetadataType[] {
    const types = new Map<string, CustomMetadataType>();
    for (const folder of folders) {
        const objectsFolder = join(folder, 'objects');
        if (!existsSync(objectsFolder)) continue;
        for (const objectName of readdirSync(objectsFolder).filter((name) => name.endsWith('__mdt')).sort()) {
            const fieldsFolder = join(objectsFolder, objectName, 'fields');
            const custom = existsSync(fieldsFolder)
                ? readdirSync(fieldsFolder)
                      .filter((name) => name.endsWith('.field-meta.xml'))
                      .sort()
                      .map((name) => customFieldDefinition(objectName, readMetadataXml(join(fieldsFolder, name), 'CustomField'), join(fieldsFolder, name)))
                : [];
            const standard = [
                readOnly('Id', 'id', { nillable: false }),
                field('DeveloperName', 'string', { length: 40, nillable: false }),
                field('MasterLabel', 'string', { length: 40, nillable: false }),
                field('Label', 'string', { length: 40 }),
                field('QualifiedApiName', 'string', { length: 70 }),
                field('NamespacePrefix', 'string', { length: 15 }),
                field('Language', 'string', { length: 40 })
            ];
            const definition: ObjectDefinition = {
                name: objectName,
                custom: true,
                setup: true,
                keyPrefix: `m0${types.size}`,
                fields: Object.fromEntries([...standard, ...custom].map((definition) => [definition.name, definition]))
            };
            types.set(objectName.toLowerCase(), { definition, records: [] });
        }
    }
    for (const folder of folders) {
        const recordsFolder = join(folder, 'customMetadata');
        if (!existsSync(recordsFolder)) continue;
        for (const file of readdirSync(recordsFolder).filter((name) => name.endsWith('.md-meta.xml')).sort()) {
            const [typeName, developerName] = basename(file, '.md-meta.xml').split('.') as [string, string];
            const type = types.get(`${typeName}__mdt`.toLowerCase());
            if (!type) throw new Error(`${file}: a record of ${typeName}__mdt, which has no object definition`);
            const label = text(readMetadataXml(join(recordsFolder, file), 'CustomMetadata'), 'label') ?? developerName;
            type.records.push({
                DeveloperName: developerName,
                MasterLabel: label,
                Label: label,
                QualifiedApiName: developerName,
                Language: 'en_US',
                ...customMetadataValues(join(recordsFolder, file))
            });
        }
    }
    return [...types.values()];
}

/** Custom labels by lower-case name (labels/*.labels-meta.xml). */
function customLabels(folders: readonly string[]): Map<string, string> {
    const labels = new Map<string, string>();
    for (const folder of folders) {
        const labelsFolder = join(folder, 'labels');
        if (!existsSync(labelsFolder)) continue;
        for (const file of readdirSync(labelsFolder).filter((name) => name.endsWith('.labels-meta.xml'))) {
            for (const label of children(readMetadataXml(join(labelsFolder, file), 'CustomLabels'), 'labels')) {
                const name = text(label, 'fullName');
                // <value> is parsed as a repeated element (spec/project/metadataXml.ts), hence texts().
                if (name) labels.set(name.toLowerCase(), texts(label, 'value')[0] ?? '');
            }
        }
    }
    return labels;
}

function staticResources(folders: readonly string[]): Record<string, unknown>[] {
    const resources: Record<string, unknown>[] = [];
    for (const folder of folders) {
        const resourcesFolder = join(folder, 'staticresources');
        if (!existsSync(resourcesFolder)) continue;
        for (const meta of readdirSync(resourcesFolder).filter((name) => name.endsWith('.resource-meta.xml')).sort()) {
            const name = basename(meta, '.resource-meta.xml');
            const body = readdirSync(resourcesFolder).find((candidate) => candidate.startsWith(`${name}.`) && !candidate.endsWith('-meta.xml'));
            if (!body) throw new Error(`${join(resourcesFolder, meta)}: no resource file next to it`);
            const content = readFileSync(join(resourcesFolder, body));
            const xml = readMetadataXml(join(resourcesFolder, meta), 'StaticResource');
            resources.push({
                Name: name,
                ContentType: text(xml, 'contentType') ?? null,
                Body: content.toString('base64'),
                BodyLength: content.length,
                Description: text(xml, 'description') ?? null,
                CacheControl: text(xml, 'cacheControl') ?? null
            });
        }
    }
    return resources;
}

export interface ApexOrgOptions {
    root?: string;
    clock?: ClockSetting;
    /** Shared Activities; defaults to what config/project-scratch-def.json asks for. */
    sharedActivities?: boolean;
    /** Entitlement Management; defaults to what config/project-scratch-def.json asks for (scratchOrgHasEntitlements). */
    entitlements?: boolean;
    /** What the support team's org holds and the package never ships (spec/org/teamOrg.ts); a new org has none. */
    teamOrg?: TeamOrgOptions;
}

export interface ApexOrg {
    org: InMemoryOrg;
    root: string;
    labels: Map<string, string>;
    apiVersion: string;
    /** The custom metadata types by lower-case name. */
    metadataTypes: Set<string>;
    /** Above zero while a DML statement of Apex code runs (the bridge counts), as opposed to the TypeScript API. */
    apexDml: { depth: number };
}

/**
 * The org the Apex tests run in is the scratch org docs/org.md prepares: Shared Activities is turned on in Setup >
 * Activity Settings before `org:test`, because no scratch definition setting can turn it on (the Metadata API cannot
 * enable it; docs/org.md cites the ActivitiesSettings page) and `org:doctor` reports it. `--shared-activities off`
 * runs the tests in an org without it.
 */
export const TEST_ORG_HAS_SHARED_ACTIVITIES = true;

/**
 * Whether the scratch org of config/project-scratch-def.json has Entitlement Management: its "Entitlements" feature
 * (Salesforce DX Developer Guide, "Scratch Org Features": "Entitlements: Enables the Entitlements feature") or its
 * entitlementSettings.enableEntitlements (Metadata API Developer Guide, "EntitlementSettings": "enableEntitlements
 * Indicates whether entitlements are enabled"). A project without the file runs without it.
 */
export function scratchOrgHasEntitlements(root: string): boolean {
    const path = join(root, 'config', 'project-scratch-def.json');
    if (!existsSync(path)) return false;
    const definition = JSON.parse(readFileSync(path, 'utf8')) as {
        features?: unknown;
        settings?: { entitlementSettings?: { enableEntitlements?: unknown } };
    };
    const features = Array.isArray(definition.features) ? definition.features.map((feature) => String(feature).toLowerCase()) : [];
    return features.includes('entitlements') || definition.settings?.entitlementSettings?.enableEntitlements === true;
}

export function createApexOrg(options: ApexOrgOptions = {}): ApexOrg {
    const root = options.root ?? findProjectRoot();
    const folders = packageDefaultFolders(root);
    const metadataTypes = customMetadataTypes(folders);
    const org = createProjectOrg({
        root,
        clock: options.clock,
        triggerHandlers: [],
        sharedActivities: options.sharedActivities ?? TEST_ORG_HAS_SHARED_ACTIVITIES,
        entitlements: options.entitlements ?? scratchOrgHasEntitlements(root),
        ...options.teamOrg,
        adjustObjects: (objects) => [
            ...objects.map((object) => (object.name === 'User' ? { ...object, fields: { ...userFieldsForApex(), ...object.fields } } : object)),
            ...apexSetupObjects(),
            ...metadataTypes.map((type) => type.definition)
        ]
    });
    const apexDml = { depth: 0 };
    seed(org, folders, metadataTypes, apexDml);
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion?: string };
    return {
        org,
        root,
        labels: customLabels(folders),
        apiVersion: project.sourceApiVersion ?? '63.0',
        metadataTypes: new Set(metadataTypes.map((type) => type.definition.name.toLowerCase())),
        apexDml
    };
}

function seed(org: InMemoryOrg, folders: readonly string[], metadataTypes: readonly CustomMetadataType[], apexDml: { depth: number }): void {
    const insert = (type: string, rows: Record<string, unknown>[]) =>
        rows.length ? org.db.insert(rows.map((row) => ({ attributes: { type }, ...row }) as SObjectInput), 'SYSTEM_MODE') : [];
    const profileIds = insert('Profile', org.profileNames().map((name) => ({ Name: name, UserType: 'Standard' })));
    const profileByName = new Map(org.profileNames().map((name, index) => [name, profileIds[index] as string]));
    const admin = org.db.get(org.adminUserId) as SObjectRecord;
    org.db.update({ Id: admin.Id, ProfileId: profileByName.get('System Administrator') ?? null }, 'SYSTEM_MODE');
    insert('PermissionSet', org.permissionSetNames().map((name) => ({ Name: name, Label: name.replace(/_/g, ' ') })));
    insert('StaticResource', staticResources(folders));
    for (const type of metadataTypes) insert(type.definition.name, type.records);
    registerSetupHandlers(org, apexDml);
}

/**
 * Users inserted by Apex get their profile's access (a profile is required, as on the platform;
 * org.createUser of the TypeScript API gives access its own way); permission set assignments
 * grant their sets.
 */
function registerSetupHandlers(org: InMemoryOrg, apexDml: { depth: number }): void {
    org.triggers.register({
        name: 'ApexRuntime.UserProfile',
        objectName: 'User',
        events: ['beforeInsert', 'afterInsert', 'beforeUpdate'],
        handle({ event, newRecords, oldRecords }) {
            for (const user of newRecords) {
                if (!apexDml.depth) continue;
                if (event === 'beforeInsert' && !user.ProfileId) {
                    throw new DmlError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [ProfileId]', ['ProfileId']);
                }
                if (event === 'afterInsert') {
                    const profile = org.db.get(String(user.ProfileId));
                    org.registerUserProfile(user.Id, String(profile?.Name));
                }
                if (event === 'beforeUpdate' && oldRecords.get(user.Id)?.ProfileId !== user.ProfileId) {
                    throw new UnsupportedError("unsupported: changing a user's profile");
                }
            }
        }
    });
    org.triggers.register({
        name: 'ApexRuntime.PermissionSetAssignment',
        objectName: 'PermissionSetAssignment',
        events: ['afterInsert', 'beforeDelete'],
        handle({ event, newRecords }) {
            if (event === 'beforeDelete') throw new UnsupportedError('unsupported: deleting a PermissionSetAssignment');
            for (const assignment of newRecords) {
                const permissionSet = org.db.get(String(assignment.PermissionSetId));
                org.assignPermissionSets(String(assignment.AssigneeId), [String(permissionSet?.Name)]);
            }
        }
    });
}
