import { SObjectError } from './errors';
import { customKeyPrefix, keyPrefixOf, STANDARD_KEY_PREFIXES } from './ids';
import type { OrgWideDefault } from './sharing';
import type { FieldValue } from './values';

export type FieldType =
    | 'id'
    | 'reference'
    | 'string'
    | 'textarea'
    | 'picklist'
    | 'multipicklist'
    | 'boolean'
    | 'double'
    | 'int'
    | 'currency'
    | 'percent'
    | 'date'
    | 'datetime'
    | 'email'
    | 'phone'
    | 'url'
    /** Binary content held as base64 text (StaticResource.Body). */
    | 'base64';

export interface FieldDefinition {
    name: string;
    /** The field's label (DescribeFieldResult.getLabel); the API name stands in where the model has none. */
    label?: string;
    type: FieldType;
    custom: boolean;
    createable: boolean;
    updateable: boolean;
    /** False for required fields (REQUIRED_FIELD_MISSING when null on save). */
    nillable: boolean;
    referenceTo?: readonly string[];
    relationshipName?: string;
    length?: number;
    picklistValues?: readonly string[];
    restrictedPicklist?: boolean;
    unique?: boolean;
    externalId?: boolean;
    defaultValue?: FieldValue;
    /** Auto-number display format, e.g. 'PR-{000000}'; the platform fills the field on insert. */
    autoNumberFormat?: string;
}

/** A parent-to-child relationship a SOQL subquery names, e.g. Case.Tasks: the Tasks whose WhatId is the case. */
export interface ChildRelationship {
    name: string;
    childObject: string;
    /** The child's lookup field to the parent. */
    field: string;
}

export interface ObjectDefinition {
    name: string;
    custom: boolean;
    /** Setup objects (User, Group, ...) are not part of a vector's "no other record changed". */
    setup: boolean;
    fields: Record<string, FieldDefinition>;
    keyPrefix?: string;
    /** The child relationships queries may use as subqueries (only those the package needs are modelled). */
    childRelationships?: readonly ChildRelationship[];
    /** A custom object's organization-wide default (CustomObject.sharingModel); standard objects' are in sharing.ts. */
    sharingModel?: OrgWideDefault;
}

/** Object and field definitions with Apex's case-insensitive name lookup. */
export class Schema {
    private readonly objectsByLowerName = new Map<string, ObjectDefinition>();
    /** The same by the name as spelt in the schema: most lookups use it, and skip lower-casing. */
    private readonly objectsByName = new Map<string, ObjectDefinition>();
    private readonly objectsByPrefix = new Map<string, ObjectDefinition>();
    /** Field lookups ignore case; the index is built on first use (object definitions do not change). */
    private readonly fieldsByLowerName = new WeakMap<ObjectDefinition, Map<string, FieldDefinition>>();

    constructor(objects: readonly ObjectDefinition[]) {
        const customNames = objects
            .filter((object) => object.custom)
            .map((object) => object.name)
            .sort();
        for (const object of objects) {
            const keyPrefix =
                object.keyPrefix ??
                (object.custom ? customKeyPrefix(customNames.indexOf(object.name)) : STANDARD_KEY_PREFIXES[object.name]);
            if (!keyPrefix) throw new SObjectError(`No key prefix known for ${object.name}`);
            const defined: ObjectDefinition = { ...object, keyPrefix };
            this.objectsByLowerName.set(object.name.toLowerCase(), defined);
            this.objectsByName.set(object.name, defined);
            this.objectsByPrefix.set(keyPrefix, defined);
        }
    }

    objectNames(): string[] {
        return [...this.objectsByLowerName.values()].map((object) => object.name);
    }

    findObject(name: string): ObjectDefinition | undefined {
        return this.objectsByName.get(name) ?? this.objectsByLowerName.get(name.toLowerCase());
    }

    object(name: string): ObjectDefinition {
        const object = this.findObject(name);
        if (!object) throw new SObjectError(`sObject type '${name}' is not supported.`);
        return object;
    }

    keyPrefix(objectName: string): string {
        return this.object(objectName).keyPrefix as string;
    }

    /** The object an Id belongs to, or undefined when its key prefix is not an object of this org. */
    objectForId(id: string): ObjectDefinition | undefined {
        return this.objectsByPrefix.get(keyPrefixOf(id));
    }

    findField(objectName: string, fieldName: string): FieldDefinition | undefined {
        const object = this.object(objectName);
        const exact = Object.hasOwn(object.fields, fieldName) ? object.fields[fieldName] : undefined;
        if (exact && exact.name === fieldName) return exact;
        let byLowerName = this.fieldsByLowerName.get(object);
        if (!byLowerName) {
            byLowerName = new Map(Object.values(object.fields).map((field) => [field.name.toLowerCase(), field]));
            this.fieldsByLowerName.set(object, byLowerName);
        }
        return byLowerName.get(fieldName.toLowerCase());
    }

    field(objectName: string, fieldName: string): FieldDefinition {
        const field = this.findField(objectName, fieldName);
        if (!field) throw new SObjectError(`Invalid field ${fieldName} for ${this.object(objectName).name}`);
        return field;
    }

    /** A child relationship of an object by name (Case.Tasks), case-insensitively; undefined when it has none such. */
    findChildRelationship(objectName: string, name: string): ChildRelationship | undefined {
        const lower = name.toLowerCase();
        return this.object(objectName).childRelationships?.find((relationship) => relationship.name.toLowerCase() === lower);
    }

    /** The lookup field behind a relationship name (Owner -> OwnerId, Contract__r -> Contract__c). */
    relationship(objectName: string, relationshipName: string): FieldDefinition {
        const lower = relationshipName.toLowerCase();
        const field = Object.values(this.object(objectName).fields).find(
            (candidate) => candidate.relationshipName?.toLowerCase() === lower
        );
        if (!field) {
            throw new SObjectError(`Didn't understand relationship '${relationshipName}' on ${objectName}`);
        }
        return field;
    }
}
