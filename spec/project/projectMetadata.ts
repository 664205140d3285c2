// Everything the in-memory org takes from the project's metadata: custom fields and objects,
// record types, permission sets, queues, Case and Task status values, and the settings
// defaults from the Playbook_Setting Default record. Read once per project root.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import type { ObjectAccess, PermissionSetDefinition } from '../org/access';
import type { NotificationTypeSetup, QueueSetup, RecordTypeSetup } from '../org/InMemoryOrg';
import type { FieldDefinition, ObjectDefinition } from '../org/schema';
import type { OrgWideDefault } from '../org/sharing';
import type { SettingValue } from '../org/settings';
import { customObjectStandardFields, DEFAULT_PICKLIST_VALUE_SETS, standardObjects } from '../org/standardObjects';
import { customFieldDefinition } from './customFields';
import { child, children, flag, readMetadataXml, text, type XmlNode } from './metadataXml';

export interface ProjectMetadata {
    root: string;
    objects: ObjectDefinition[];
    permissionSets: PermissionSetDefinition[];
    recordTypes: RecordTypeSetup[];
    queues: QueueSetup[];
    notificationTypes: NotificationTypeSetup[];
    closedCaseStatuses: string[];
    closedTaskStatuses: string[];
    settingsDefaults: Record<string, SettingValue> | undefined;
    settingsSource: string;
}

const SETTINGS_RECORD = join('customMetadata', 'Playbook_Setting.Default.md-meta.xml');

/** The `default` folders of every package directory in sfdx-project.json. */
export function packageDefaultFolders(root: string): string[] {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories: { path: string }[];
    };
    return project.packageDirectories.map((directory) => join(root, directory.path, 'default')).filter(existsSync);
}

/** Walks up from `start` to the folder holding sfdx-project.json. */
export function findProjectRoot(start: string = process.cwd()): string {
    let current = start;
    for (;;) {
        if (existsSync(join(current, 'sfdx-project.json'))) return current;
        const parent = join(current, '..');
        if (parent === current) throw new Error(`No sfdx-project.json above ${start}`);
        current = parent;
    }
}

function filesIn(folder: string, suffix: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
        .filter((name) => name.endsWith(suffix))
        .sort()
        .map((name) => join(folder, name));
}

function subfolders(folder: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
}

interface ValueSet {
    values: string[];
    closed: string[];
}

function readValueSet(folders: readonly string[], name: string): ValueSet | undefined {
    for (const folder of folders) {
        const file = join(folder, 'standardValueSets', `${name}.standardValueSet-meta.xml`);
        if (!existsSync(file)) continue;
        const entries = children(readMetadataXml(file, 'StandardValueSet'), 'standardValue');
        return {
            values: entries.map((entry) => text(entry, 'fullName') ?? ''),
            closed: entries.filter((entry) => flag(entry, 'closed')).map((entry) => text(entry, 'fullName') ?? '')
        };
    }
    return undefined;
}

function objectsOf(folders: readonly string[]): { objects: ObjectDefinition[]; recordTypes: RecordTypeSetup[] } & ValueSets {
    const caseStatus = readValueSet(folders, 'CaseStatus');
    const taskStatus = readValueSet(folders, 'TaskStatus');
    const caseOrigin = readValueSet(folders, 'CaseOrigin');
    const caseType = readValueSet(folders, 'CaseType');
    const caseReason = readValueSet(folders, 'CaseReason');
    const objects = new Map(
        standardObjects({
            caseStatus: caseStatus?.values ?? DEFAULT_PICKLIST_VALUE_SETS.caseStatus,
            caseOrigin: caseOrigin?.values ?? DEFAULT_PICKLIST_VALUE_SETS.caseOrigin,
            caseType: caseType?.values ?? DEFAULT_PICKLIST_VALUE_SETS.caseType,
            caseReason: caseReason?.values ?? DEFAULT_PICKLIST_VALUE_SETS.caseReason,
            taskStatus: taskStatus?.values ?? DEFAULT_PICKLIST_VALUE_SETS.taskStatus
        }).map((object) => [object.name, object])
    );
    const recordTypes: RecordTypeSetup[] = [];
    for (const folder of folders) {
        const objectsFolder = join(folder, 'objects');
        for (const objectName of subfolders(objectsFolder)) {
            if (objectName.endsWith('__mdt')) continue;
            const objectFolder = join(objectsFolder, objectName);
            const targets = objectName === 'Activity' ? ['Task'] : [objectName];
            if (objectName.endsWith('__c') && !objects.has(objectName)) {
                objects.set(objectName, customObject(objectName, join(objectFolder, `${objectName}.object-meta.xml`)));
            }
            for (const file of filesIn(join(objectFolder, 'fields'), '.field-meta.xml')) {
                const definition = customFieldDefinition(objectName, readMetadataXml(file, 'CustomField'), file);
                for (const target of targets) {
                    const object = objects.get(target);
                    if (!object) throw new Error(`${file}: fields on ${target}, which the in-memory org does not model`);
                    object.fields[definition.name] = definition;
                }
            }
            for (const file of filesIn(join(objectFolder, 'recordTypes'), '.recordType-meta.xml')) {
                const xml = readMetadataXml(file, 'RecordType');
                recordTypes.push({
                    sobjectType: objectName,
                    developerName: text(xml, 'fullName') ?? basename(file, '.recordType-meta.xml'),
                    name: text(xml, 'label'),
                    active: flag(xml, 'active')
                });
            }
        }
    }
    return {
        objects: [...objects.values()],
        recordTypes,
        closedCaseStatuses: caseStatus?.closed ?? ['Closed'],
        closedTaskStatuses: taskStatus?.closed ?? ['Completed']
    };
}

interface ValueSets {
    closedCaseStatuses: string[];
    closedTaskStatuses: string[];
}

function customObject(objectName: string, file: string): ObjectDefinition {
    const xml = existsSync(file) ? readMetadataXml(file, 'CustomObject') : undefined;
    const nameField = child(xml, 'nameField');
    const autoNumber = text(nameField, 'type') === 'AutoNumber';
    const name: FieldDefinition = {
        name: 'Name',
        type: 'string',
        custom: false,
        createable: !autoNumber,
        updateable: !autoNumber,
        nillable: autoNumber,
        length: 80,
        autoNumberFormat: autoNumber ? (text(nameField, 'displayFormat') ?? '{0}') : undefined
    };
    const fields = customObjectStandardFields(name);
    return {
        name: objectName,
        custom: true,
        setup: false,
        fields: Object.fromEntries(fields.map((field) => [field.name, field])),
        sharingModel: sharingModelOf(xml, file)
    };
}

const SHARING_MODELS: readonly OrgWideDefault[] = ['Private', 'Read', 'ReadWrite', 'ReadWriteTransfer', 'FullAccess', 'ControlledByParent'];

/** CustomObject.sharingModel; a new custom object is Public Read/Write (Help "Default Organization-Wide Access Levels"). */
function sharingModelOf(xml: XmlNode | undefined, file: string): OrgWideDefault | undefined {
    const value = text(xml, 'sharingModel');
    if (value === undefined) return undefined;
    if (!SHARING_MODELS.includes(value as OrgWideDefault)) {
        throw new Error(`${file}: sharingModel ${value} is not one the in-memory org models (${SHARING_MODELS.join(', ')})`);
    }
    return value as OrgWideDefault;
}

function permissionSetOf(file: string): PermissionSetDefinition {
    const xml = readMetadataXml(file, 'PermissionSet');
    const objects: Record<string, ObjectAccess> = {};
    for (const entry of children(xml, 'objectPermissions')) {
        objects[text(entry, 'object') ?? ''] = {
            read: flag(entry, 'allowRead'),
            create: flag(entry, 'allowCreate'),
            edit: flag(entry, 'allowEdit'),
            delete: flag(entry, 'allowDelete'),
            viewAll: flag(entry, 'viewAllRecords'),
            modifyAll: flag(entry, 'modifyAllRecords')
        };
    }
    const fields = Object.fromEntries(
        children(xml, 'fieldPermissions').map((entry) => [
            text(entry, 'field') ?? '',
            { read: flag(entry, 'readable'), edit: flag(entry, 'editable') }
        ])
    );
    const enabled = (name: string, key: string, on: string) =>
        children(xml, name)
            .filter((entry) => flag(entry, on))
            .map((entry) => text(entry, key) ?? '');
    return {
        name: basename(file, '.permissionset-meta.xml'),
        label: text(xml, 'label'),
        objects,
        fields,
        userPermissions: enabled('userPermissions', 'name', 'enabled'),
        apexClasses: enabled('classAccesses', 'apexClass', 'enabled'),
        recordTypes: enabled('recordTypeVisibilities', 'recordType', 'visible')
    };
}

function queueOf(file: string): QueueSetup {
    const xml = readMetadataXml(file, 'Queue');
    return {
        developerName: basename(file, '.queue-meta.xml'),
        name: text(xml, 'name'),
        sobjectTypes: children(xml, 'queueSobject').map((entry) => text(entry, 'sobjectType') ?? '')
    };
}

function notificationTypeOf(file: string): NotificationTypeSetup {
    const xml = readMetadataXml(file, 'CustomNotificationType');
    return { developerName: basename(file, '.notiftype-meta.xml'), label: text(xml, 'masterLabel') ?? basename(file, '.notiftype-meta.xml') };
}

/** Number, text and checkbox values of a custom metadata record, by field API name. */
export function customMetadataValues(file: string): Record<string, SettingValue> {
    const xml = readMetadataXml(file, 'CustomMetadata');
    const values: Record<string, SettingValue> = {};
    for (const entry of children(xml, 'values')) {
        const field = text(entry, 'field');
        const raw0 = Array.isArray(entry.value) ? entry.value[0] : entry.value;
        const value = raw0 as XmlNode | string | undefined;
        if (!field) continue;
        const node: XmlNode = typeof value === 'object' && value !== null ? value : { '#text': value ?? '' };
        const type = node['@_xsi:type'];
        const raw = typeof node['#text'] === 'string' ? node['#text'] : '';
        if (node['@_xsi:nil'] === 'true') values[field] = null;
        else if (type === 'xsd:double' || type === 'xsd:int' || type === 'xsd:long') values[field] = Number(raw);
        else if (type === 'xsd:boolean') values[field] = raw.trim() === 'true';
        else values[field] = raw;
    }
    return values;
}

const cache = new Map<string, ProjectMetadata>();

export function loadProjectMetadata(root: string = findProjectRoot()): ProjectMetadata {
    const cached = cache.get(root);
    if (cached) return cached;
    const folders = packageDefaultFolders(root);
    const { objects, recordTypes, closedCaseStatuses, closedTaskStatuses } = objectsOf(folders);
    const settingsFile = folders.map((folder) => join(folder, SETTINGS_RECORD)).find(existsSync);
    const metadata: ProjectMetadata = {
        root,
        objects,
        recordTypes,
        closedCaseStatuses,
        closedTaskStatuses,
        permissionSets: folders.flatMap((folder) =>
            filesIn(join(folder, 'permissionsets'), '.permissionset-meta.xml').map(permissionSetOf)
        ),
        queues: folders.flatMap((folder) => filesIn(join(folder, 'queues'), '.queue-meta.xml').map(queueOf)),
        notificationTypes: folders.flatMap((folder) =>
            filesIn(join(folder, 'notificationtypes'), '.notiftype-meta.xml').map(notificationTypeOf)
        ),
        settingsDefaults: settingsFile ? customMetadataValues(settingsFile) : undefined,
        settingsSource: settingsFile ?? join(root, 'force-app/main/default', SETTINGS_RECORD)
    };
    cache.set(root, metadata);
    return metadata;
}
