// Field paths checked against the org's schema as the platform checks a query: unknown objects, fields and
// relationships fail with the API's messages, polymorphic relationships reach only the fields of the Name object,
// and every 'Object.Field' a path reads is listed for user-mode access checks.
import type { FieldDefinition, FieldType, Schema } from '../../spec/org/schema';
import type { SObjectRecord } from '../../spec/org/values';
import type { FieldPath } from './ast';
import { queryError, UnsupportedSoqlError, type SourceRef } from './errors';

/**
 * Which unknown names are errors. The project's metadata defines every custom object, field and relationship
 * (a `__c` / `__r` name), so an unknown one does not exist and fails as the API fails. The in-memory schema holds
 * only the standard objects and fields the package uses, so an unknown standard name may well exist in a real
 * org: it fails as unsupported, never as a QueryException a test could catch and pass on. TaskRelation is the one
 * standard object whose absence is real: it exists only in orgs with Shared Activities (spec/org/sharedActivities.ts).
 */
const CUSTOM_NAME = /__(c|r)$/i;
const OBJECTS_ABSENT_WITHOUT_FEATURE = new Set(['taskrelation']);

const API_HINT = 'Please reference your WSDL or the describe call for the appropriate names.';

/** The object a query names, by its canonical name; unknown objects fail as the API does. */
export function resolveObject(schema: Schema, name: string, source: SourceRef): string {
    const object = schema.findObject(name);
    if (object) return object.name;
    if (!/__c$/i.test(name) && !OBJECTS_ABSENT_WITHOUT_FEATURE.has(name.toLowerCase())) {
        throw new UnsupportedSoqlError(`SOQL on ${name}, an object the in-memory org does not model`, source);
    }
    throw queryError(
        `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${API_HINT}`
    );
}

/** An unknown field: an error for a custom name, unsupported for a standard one the schema may just not hold. */
export function unknownField(field: string, objectName: string, source: SourceRef): Error {
    if (CUSTOM_NAME.test(field)) return noSuchColumn(field, objectName);
    return new UnsupportedSoqlError(
        `SOQL field ${objectName}.${field}, which the in-memory org does not model`,
        source
    );
}

/** An unknown parent-to-child relationship of a subquery, by the same rule as fields. */
export function unknownChildRelationship(name: string, objectName: string, source: SourceRef): Error {
    if (!CUSTOM_NAME.test(name)) {
        return new UnsupportedSoqlError(
            `SOQL subquery on ${objectName}.${name}, a child relationship the in-memory org does not model`,
            source
        );
    }
    return queryError(
        `Didn't understand relationship '${name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${API_HINT}`
    );
}

export function noSuchColumn(field: string, objectName: string): Error {
    return queryError(
        `No such column '${field}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${API_HINT}`
    );
}

function unknownRelationship(name: string, objectName: string, source: SourceRef): Error {
    if (!/__[a-z]+$/i.test(name)) {
        return new UnsupportedSoqlError(
            `SOQL relationship ${objectName}.${name}, which the in-memory org does not model`,
            source
        );
    }
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

/** Name object fields the Object Reference lists that the model leaves out. */
const NAME_OBJECT_NOT_MODELLED = new Set(
    [
        'CommunityNickname',
        'Extension',
        'LastReferencedDate',
        'LastViewedDate',
        'MediumPhotoUrl',
        'MiddleName',
        'NameOrAlias',
        'Profile',
        'RecordType',
        'SmallPhotoUrl',
        'Suffix',
        'UserRole'
    ].map((name) => name.toLowerCase())
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
            if (!definition) throw unknownField(segment, current, source);
            readable.push(`${current}.${definition.name}`);
            canonical.push(definition.name);
            return { text: path.text, hops, leaf: leafOf(definition), readable, canonical: canonical.join('.') };
        }
        const lookup = relationshipField(schema, current, segment);
        if (!lookup) throw unknownRelationship(segment, current, source);
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
            if (!nameField && NAME_OBJECT_NOT_MODELLED.has(fieldName.toLowerCase())) {
                throw new UnsupportedSoqlError(`SOQL Name object field ${fieldName} (${path.text})`, source);
            }
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
