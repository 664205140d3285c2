// Field paths checked against the org's schema as the platform checks a query: unknown objects, fields and
// relationships fail with the API's messages, polymorphic relationships reach only the fields of the Name object,
// and every 'Object.Field' a path reads is listed for user-mode access checks.
import type { FieldDefinition, FieldType, Schema } from '../../spec/org/schema';
import type { SObjectRecord } from '../../spec/org/values';
import type { FieldPath } from './ast';
import { queryError, UnsupportedSoqlError, type SourceRef } from './errors';

/**
 * Objects a real org has that the in-memory org does not model. A query of one fails as unsupported rather than
 * with "not supported", which a test could catch and pass on.
 */
const PLATFORM_OBJECTS_NOT_MODELLED = new Set(
    [
        'AccountContactRelation',
        'ApexClass',
        'AsyncApexJob',
        'Attachment',
        'BusinessHours',
        'CaseComment',
        'ContentDocument',
        'ContentDocumentLink',
        'ContentVersion',
        'CronJobDetail',
        'CronTrigger',
        'CustomNotificationType',
        'DuplicateRule',
        'EmailMessage',
        'EmailTemplate',
        'Entitlement',
        'Event',
        'FeedItem',
        'GroupMember',
        'Holiday',
        'Lead',
        'Note',
        'Opportunity',
        'Organization',
        'OrgWideEmailAddress',
        'PermissionSet',
        'PermissionSetAssignment',
        'Profile',
        'QueueSobject',
        'StaticResource',
        'UserRole'
    ].map((name) => name.toLowerCase())
);

/** Custom metadata types, platform events and the like: records the in-memory org does not hold. */
const NOT_MODELLED_SUFFIXES = ['__mdt', '__e', '__x', '__b', '__share', '__history', '__feed'];

const API_HINT = 'Please reference your WSDL or the describe call for the appropriate names.';

/** The object a query names, by its canonical name; unknown objects fail as the API does. */
export function resolveObject(schema: Schema, name: string, source: SourceRef): string {
    const object = schema.findObject(name);
    if (object) return object.name;
    const lower = name.toLowerCase();
    if (PLATFORM_OBJECTS_NOT_MODELLED.has(lower) || NOT_MODELLED_SUFFIXES.some((suffix) => lower.endsWith(suffix))) {
        throw new UnsupportedSoqlError(`SOQL on ${name}, an object the in-memory org does not model`, source);
    }
    throw queryError(
        `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${API_HINT}`
    );
}

export function noSuchColumn(field: string, objectName: string): Error {
    return queryError(
        `No such column '${field}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${API_HINT}`
    );
}

function unknownRelationship(name: string): Error {
    return queryError(
        `Didn't understand relationship '${name}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${API_HINT}`
    );
}

/**
 * The fields of the Name object, which a polymorphic relationship (Owner on Case, What and Who on activities)
 * reaches: "Name" in the Object Reference for Salesforce. The value of Name on a record whose object has no Name
 * field is its name field (CaseNumber, ContractNumber, Subject); Type is the record's object.
 */
const NAME_OBJECT_FIELDS: ReadonlyMap<string, { name: string; type: FieldType }> = new Map(
    (
        [
            ['Id', 'id'],
            ['Name', 'string'],
            ['FirstName', 'string'],
            ['LastName', 'string'],
            ['Alias', 'string'],
            ['Email', 'email'],
            ['IsActive', 'boolean'],
            ['Phone', 'phone'],
            ['Title', 'string'],
            ['Type', 'picklist'],
            ['Username', 'string'],
            ['UserRoleId', 'reference'],
            ['ProfileId', 'reference'],
            ['RecordTypeId', 'reference']
        ] as const
    ).map(([name, type]) => [name.toLowerCase(), { name, type }])
);

const NAME_FIELD_OF: Readonly<Record<string, string>> = {
    Case: 'CaseNumber',
    Contract: 'ContractNumber',
    Task: 'Subject',
    Event: 'Subject'
};

/** Lookups the platform defines as polymorphic even where the in-memory schema lists one target (Who can be a Lead). */
const PLATFORM_POLYMORPHIC = new Set(['task.whoid', 'task.whatid', 'event.whoid', 'event.whatid']);

/** One lookup followed by a path. */
export interface Hop {
    /** The lookup field on the object the hop starts from. */
    field: FieldDefinition;
    /** Its relationship name as the schema spells it, the key of the nested record in results. */
    relationshipName: string;
    polymorphic: boolean;
}

/** The field a path ends on. For a polymorphic hop, `name` is the Name object's field. */
export interface Leaf {
    name: string;
    type: FieldType;
    /** The definition on the path's last object (absent for Name object fields). */
    definition?: FieldDefinition;
    /** Long text areas can be neither filtered nor sorted ("Understanding Relationship Query Limitations"). */
    longText: boolean;
    multiPicklist: boolean;
}

export interface ResolvedPath {
    text: string;
    hops: Hop[];
    leaf: Leaf;
    /** 'Object.Field' pairs a user-mode query must be able to read. */
    readable: string[];
    /** The canonical path, e.g. 'Account.Name', for duplicate detection and aggregate result keys. */
    canonical: string;
}

function isPolymorphic(objectName: string, field: FieldDefinition): boolean {
    return (
        (field.referenceTo?.length ?? 0) > 1 || PLATFORM_POLYMORPHIC.has(`${objectName}.${field.name}`.toLowerCase())
    );
}

function relationshipField(schema: Schema, objectName: string, segment: string): FieldDefinition | undefined {
    const lower = segment.toLowerCase();
    return Object.values(schema.object(objectName).fields).find(
        (field) => field.relationshipName?.toLowerCase() === lower
    );
}

function leafOf(definition: FieldDefinition): Leaf {
    return {
        name: definition.name,
        type: definition.type,
        definition,
        longText: definition.type === 'textarea' && (definition.length ?? 0) > 255,
        multiPicklist: definition.type === 'multipicklist'
    };
}

/** Resolves a path written against `objectName` (the FROM object). */
export function resolvePath(schema: Schema, objectName: string, path: FieldPath, source: SourceRef): ResolvedPath {
    let segments = path.segments;
    // "SELECT Contact.Name FROM Contact": the FROM object may qualify a path.
    if (
        segments.length > 1 &&
        segments[0]?.toLowerCase() === objectName.toLowerCase() &&
        !relationshipField(schema, objectName, segments[0])
    ) {
        segments = segments.slice(1);
    }
    const hops: Hop[] = [];
    const readable: string[] = [];
    const canonical: string[] = [];
    let current = objectName;
    for (let index = 0; index < segments.length; index++) {
        const segment = segments[index] as string;
        if (index === segments.length - 1) {
            const definition = schema.findField(current, segment);
            if (!definition) throw noSuchColumn(segment, current);
            readable.push(`${current}.${definition.name}`);
            canonical.push(definition.name);
            return { text: path.text, hops, leaf: leafOf(definition), readable, canonical: canonical.join('.') };
        }
        const lookup = relationshipField(schema, current, segment);
        if (!lookup) throw unknownRelationship(segment);
        readable.push(`${current}.${lookup.name}`);
        canonical.push(lookup.relationshipName as string);
        if (isPolymorphic(current, lookup)) {
            hops.push({ field: lookup, relationshipName: lookup.relationshipName as string, polymorphic: true });
            if (index !== segments.length - 2) {
                throw new UnsupportedSoqlError(
                    `SOQL path ${path.text} beyond the polymorphic relationship ${segment} (use TYPEOF)`,
                    source
                );
            }
            const fieldName = segments[index + 1] as string;
            const nameField = NAME_OBJECT_FIELDS.get(fieldName.toLowerCase());
            if (!nameField) throw noSuchColumn(fieldName, 'Name');
            const { name, type } = nameField;
            for (const target of lookup.referenceTo ?? []) {
                const actual = nameObjectSource(schema, target, name);
                if (actual) readable.push(`${target}.${actual}`);
            }
            canonical.push(name);
            return {
                text: path.text,
                hops,
                leaf: { name, type, longText: false, multiPicklist: false },
                readable,
                canonical: canonical.join('.')
            };
        }
        hops.push({ field: lookup, relationshipName: lookup.relationshipName as string, polymorphic: false });
        current = schema.object((lookup.referenceTo ?? [])[0] as string).name;
    }
    throw queryError('A field path in the query is empty');
}

/** The field of `objectName` behind a Name object field, or undefined when the object has none (Type has no field). */
function nameObjectSource(schema: Schema, objectName: string, nameField: string): string | undefined {
    if (nameField === 'Type') return undefined;
    if (nameField === 'Name' && !schema.findField(objectName, 'Name')) return NAME_FIELD_OF[objectName];
    return schema.findField(objectName, nameField)?.name;
}

/** The value of a Name object field for a record reached through a polymorphic relationship. */
export function nameObjectValue(schema: Schema, record: SObjectRecord, nameField: string): unknown {
    const objectName = record.attributes.type;
    if (nameField === 'Type') return objectName;
    const source = nameObjectSource(schema, objectName, nameField);
    return source === undefined ? null : (record[source] ?? null);
}
