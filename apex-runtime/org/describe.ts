// Schema describe (Apex Developer Guide "Understanding Apex Describe Information"; Apex Reference
// "DescribeSObjectResult Class", "DescribeFieldResult Class", "RecordTypeInfo Class",
// "PicklistEntry Class") over the org's schema. Access questions (isAccessible, isCreateable, ...)
// answer for the running user from the profile and permission sets, as the platform does.
// Tokens are interned per object and field, so they work as Map keys and compare with ==.
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { FieldDefinition, ObjectDefinition } from '../../spec/org/schema';
import { PlatformError } from '../evaluator/errors';
import type { Interpreter } from '../evaluator/interpreter';
import { ApexList, ApexMap, IdValue, NativeObject, prim, type Value } from '../evaluator/values';
import { SObjectValue } from './sobject';

/** The Master record type's Id, the same in every org (RecordTypeInfo.isMaster()). */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

const DISPLAY_TYPES: Record<string, string> = {
    id: 'ID',
    reference: 'REFERENCE',
    string: 'STRING',
    textarea: 'TEXTAREA',
    picklist: 'PICKLIST',
    multipicklist: 'MULTIPICKLIST',
    boolean: 'BOOLEAN',
    double: 'DOUBLE',
    int: 'INTEGER',
    currency: 'CURRENCY',
    percent: 'PERCENT',
    date: 'DATE',
    datetime: 'DATETIME',
    email: 'EMAIL',
    phone: 'PHONE',
    url: 'URL',
    base64: 'BASE64'
};

function labelOf(name: string): string {
    return name.replace(/__(c|mdt)$/i, '').replace(/Id$/, '').replace(/_/g, ' ');
}

export class Describer {
    private readonly objectTokens = new Map<string, SObjectTypeToken>();
    private readonly fieldTokens = new Map<string, SObjectFieldToken>();

    constructor(readonly org: InMemoryOrg) {}

    objectToken(name: string): SObjectTypeToken {
        const definition = this.org.schema.object(name);
        let token = this.objectTokens.get(definition.name);
        if (!token) {
            token = new SObjectTypeToken(this, definition);
            this.objectTokens.set(definition.name, token);
        }
        return token;
    }

    fieldToken(objectName: string, fieldName: string): SObjectFieldToken {
        const definition = this.org.schema.object(objectName);
        const field = this.org.schema.field(definition.name, fieldName);
        const key = `${definition.name}.${field.name}`;
        let token = this.fieldTokens.get(key);
        if (!token) {
            token = new SObjectFieldToken(this, definition, field);
            this.fieldTokens.set(key, token);
        }
        return token;
    }

    grants() {
        return this.org.grantsOf(this.org.runningUserId());
    }
}

/** Schema.SObjectType: the token of an object (Case.SObjectType). */
export class SObjectTypeToken extends NativeObject {
    readonly typeName = 'Schema.SObjectType';

    constructor(
        readonly describer: Describer,
        readonly definition: ObjectDefinition
    ) {
        super();
    }

    override toText(): string {
        return this.definition.name;
    }

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'getdescribe':
                return new DescribeSObjectResult(this.describer, this.definition);
            case 'newsobject': {
                const record = rt.org.newSObject(this.definition.name);
                if (args.length && args[0] !== null) rt.org.writeField(record, 'Id', args[0] as Value);
                return record;
            }
            case 'equals':
                return args[0] === this;
            case 'hashcode':
                return hashOf(this.definition.name);
            case 'tostring':
                return this.definition.name;
            default:
                return rt.unsupported(`Schema.SObjectType.${lower}()`);
        }
    }
}

/** Schema.SObjectField: the token of a field (Case.Subject). */
export class SObjectFieldToken extends NativeObject {
    readonly typeName = 'Schema.SObjectField';

    constructor(
        readonly describer: Describer,
        readonly object: ObjectDefinition,
        readonly field: FieldDefinition
    ) {
        super();
    }

    override toText(): string {
        return this.field.name;
    }

    invoke(rt: Interpreter, lower: string, args: Value[]): Value {
        switch (lower) {
            case 'getdescribe':
                return new DescribeFieldResult(this.describer, this.object, this.field);
            case 'equals':
                return args[0] === this;
            case 'hashcode':
                return hashOf(`${this.object.name}.${this.field.name}`);
            case 'tostring':
                return this.field.name;
            default:
                return rt.unsupported(`Schema.SObjectField.${lower}()`);
        }
    }
}

function hashOf(text: string): number {
    let hash = 0;
    for (let index = 0; index < text.length; index++) hash = (Math.imul(31, hash) + text.charCodeAt(index)) | 0;
    return hash;
}

export class DescribeSObjectResult extends NativeObject {
    readonly typeName = 'Schema.DescribeSObjectResult';

    constructor(
        readonly describer: Describer,
        readonly definition: ObjectDefinition
    ) {
        super();
    }

    private access() {
        return this.describer.org.access.objectAccess(this.describer.grants(), this.definition.name);
    }

    override getProperty(rt: Interpreter, lower: string): Value {
        if (lower === 'fields') return new FieldsOfObject(this.describer, this.definition);
        return rt.unsupported(`Schema.DescribeSObjectResult.${lower}`);
    }

    private recordTypeInfos(): RecordTypeInfo[] {
        const org = this.describer.org;
        const infos = org.db
            .all('RecordType')
            .filter((recordType) => String(recordType.SobjectType).toLowerCase() === this.definition.name.toLowerCase())
            .map((recordType) => {
                const developerName = String(recordType.DeveloperName);
                const available = org.access.hasRecordType(this.describer.grants(), this.definition.name, developerName);
                return new RecordTypeInfo(String(recordType.Id), String(recordType.Name), developerName, recordType.IsActive === true, false, available);
            });
        // Every object has the Master record type (Apex Reference "RecordTypeInfo Class", isMaster()).
        infos.push(new RecordTypeInfo(MASTER_RECORD_TYPE_ID, 'Master', 'Master', true, true));
        return infos;
    }

    invoke(rt: Interpreter, lower: string, _args: Value[]): Value {
        const definition = this.definition;
        const recordTypeMap = (key: (info: RecordTypeInfo) => Value) => {
            const map = new ApexMap(key === byId ? prim('Id') : prim('String'), { k: 'native', name: 'Schema.RecordTypeInfo' });
            for (const info of this.recordTypeInfos()) rt.collections.mapPut(map, key(info), info);
            return map;
        };
        const byId = (info: RecordTypeInfo): Value => new IdValue(info.id);
        switch (lower) {
            case 'getname':
            case 'getlocalname':
                return definition.name;
            case 'getlabel':
                return labelOf(definition.name);
            case 'getlabelplural':
                return `${labelOf(definition.name)}s`;
            case 'getkeyprefix':
                return definition.keyPrefix ?? null;
            case 'isaccessible':
            case 'isqueryable':
                return this.access().read;
            case 'iscreateable':
                return this.access().create;
            case 'isupdateable':
                return this.access().edit;
            case 'isdeletable':
                return this.access().delete;
            case 'iscustom':
                return definition.custom;
            case 'iscustomsetting':
                return false;
            case 'getsobjecttype':
                return this.describer.objectToken(definition.name);
            case 'getrecordtypeinfos':
                return new ApexList({ k: 'native', name: 'Schema.RecordTypeInfo' }, this.recordTypeInfos());
            case 'getrecordtypeinfosbydevelopername':
                return recordTypeMap((info) => info.developerName);
            case 'getrecordtypeinfosbyname':
                return recordTypeMap((info) => info.name);
            case 'getrecordtypeinfosbyid':
                return recordTypeMap(byId);
            case 'getchildrelationships':
                return new ApexList(
                    { k: 'native', name: 'Schema.ChildRelationship' },
                    (definition.childRelationships ?? []).map((relationship) => new ChildRelationshipInfo(this.describer, relationship.childObject, relationship.field, relationship.name))
                );
            default:
                return rt.unsupported(`Schema.DescribeSObjectResult.${lower}()`);
        }
    }
}

/** `Schema.SObjectType.Case.fields`: a field describe by name, or getMap() of tokens (keys ignore case). */
export class FieldsOfObject extends NativeObject {
    readonly typeName = 'Schema.SObjectTypeFields';

    constructor(
        readonly describer: Describer,
        readonly definition: ObjectDefinition
    ) {
        super();
    }

    override getProperty(rt: Interpreter, lower: string): Value {
        const field = this.describer.org.schema.findField(this.definition.name, lower);
        if (!field) return rt.unsupported(`field ${lower} of ${this.definition.name} in describe`);
        return new DescribeFieldResult(this.describer, this.definition, field);
    }

    invoke(rt: Interpreter, lower: string, _args: Value[]): Value {
        if (lower !== 'getmap') return rt.unsupported(`fields.${lower}()`);
        // Apex Developer Guide "Accessing All Field Describe Results for an sObject": keys are lower
        // case and the map ignores case.
        const map = new ApexMap(prim('String'), { k: 'native', name: 'Schema.SObjectField' });
        map.caseInsensitive = true;
        for (const field of Object.values(this.definition.fields)) {
            rt.collections.mapPut(map, field.name.toLowerCase(), this.describer.fieldToken(this.definition.name, field.name));
        }
        return map;
    }
}

export class DescribeFieldResult extends NativeObject {
    readonly typeName = 'Schema.DescribeFieldResult';

    constructor(
        readonly describer: Describer,
        readonly object: ObjectDefinition,
        readonly field: FieldDefinition
    ) {
        super();
    }

    private access() {
        return this.describer.org.access.fieldAccess(this.describer.grants(), this.object.name, this.field.name);
    }

    invoke(rt: Interpreter, lower: string, _args: Value[]): Value {
        const field = this.field;
        switch (lower) {
            case 'getname':
            case 'getlocalname':
                return field.name;
            case 'getlabel':
                return labelOf(field.name);
            case 'gettype': {
                const displayType = rt.program.system.get('DisplayType');
                const name = DISPLAY_TYPES[field.type] ?? 'STRING';
                return displayType.enumValues.find((value) => value.name === name) ?? null;
            }
            case 'getlength':
                return field.length ?? 0;
            case 'isaccessible':
                return this.access().read;
            case 'iscreateable':
                return this.access().edit && field.createable;
            case 'isupdateable':
                return this.access().edit && field.updateable;
            case 'isnillable':
                return field.nillable;
            case 'iscustom':
                return field.custom;
            case 'isunique':
                return Boolean(field.unique);
            case 'isexternalid':
                return Boolean(field.externalId);
            case 'isautonumber':
                return Boolean(field.autoNumberFormat);
            case 'iscalculated':
                return !field.createable && !field.updateable && field.custom;
            case 'isrestrictedpicklist':
                return Boolean(field.restrictedPicklist);
            case 'isdefaultedoncreate':
                return field.defaultValue !== undefined && field.defaultValue !== null;
            case 'getdefaultvalue':
                return field.defaultValue === undefined ? null : (field.defaultValue as Value);
            case 'getrelationshipname':
                return field.relationshipName ?? null;
            case 'getreferenceto':
                return new ApexList(
                    { k: 'native', name: 'Schema.SObjectType' },
                    (field.referenceTo ?? []).map((name) => this.describer.objectToken(name))
                );
            case 'getpicklistvalues':
                return new ApexList(
                    { k: 'native', name: 'Schema.PicklistEntry' },
                    (field.picklistValues ?? []).map((value) => new PicklistEntry(value, value === field.defaultValue))
                );
            case 'getsobjectfield':
                return this.describer.fieldToken(this.object.name, field.name);
            default:
                return rt.unsupported(`Schema.DescribeFieldResult.${lower}()`);
        }
    }
}

export class PicklistEntry extends NativeObject {
    readonly typeName = 'Schema.PicklistEntry';

    constructor(
        readonly value: string,
        readonly isDefault: boolean
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'getvalue':
            case 'getlabel':
                return this.value;
            case 'isactive':
                return true;
            case 'isdefaultvalue':
                return this.isDefault;
            default:
                return rt.unsupported(`Schema.PicklistEntry.${lower}()`);
        }
    }
}

export class RecordTypeInfo extends NativeObject {
    readonly typeName = 'Schema.RecordTypeInfo';

    constructor(
        readonly id: string,
        readonly name: string,
        readonly developerName: string,
        readonly active: boolean,
        readonly master: boolean,
        /** The running user's profile or permission sets make it available; not modelled for Master. */
        readonly available?: boolean
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'getrecordtypeid':
                return new IdValue(this.id);
            case 'getname':
                return this.name;
            case 'getdevelopername':
                return this.developerName;
            case 'isactive':
                return this.active;
            case 'ismaster':
                return this.master;
            // Apex Reference "RecordTypeInfo Class", isAvailable(): "true if this record type is available to the
            // current user": the record types the user's profile or permission sets assign (spec/org/access.ts).
            case 'isavailable':
                if (this.available !== undefined) return this.available;
                return rt.unsupported('RecordTypeInfo.isavailable() of the Master record type (its availability is not modelled)');
            case 'isdefaultrecordtypemapping':
                return rt.unsupported(`RecordTypeInfo.${lower}() (record type availability by profile is not modelled)`);
            default:
                return rt.unsupported(`Schema.RecordTypeInfo.${lower}()`);
        }
    }
}

export class ChildRelationshipInfo extends NativeObject {
    readonly typeName = 'Schema.ChildRelationship';

    constructor(
        readonly describer: Describer,
        readonly childObject: string,
        readonly field: string,
        readonly name: string
    ) {
        super();
    }

    invoke(rt: Interpreter, lower: string): Value {
        switch (lower) {
            case 'getchildsobject':
                return this.describer.objectToken(this.childObject);
            case 'getfield':
                return this.describer.fieldToken(this.childObject, this.field);
            case 'getrelationshipname':
                return this.name;
            default:
                return rt.unsupported(`Schema.ChildRelationship.${lower}()`);
        }
    }
}

/** The SObject type token of a record (SObject.getSObjectType()). */
export function tokenOf(describer: Describer, record: SObjectValue): SObjectTypeToken {
    return describer.objectToken(record.objectName);
}

export function requireObject(describer: Describer, name: string): ObjectDefinition {
    const definition = describer.org.schema.findObject(name);
    if (!definition) throw new PlatformError('InvalidParameterValueException', `In describeSObjects(), invalid sObject type: ${name}`);
    return definition;
}
