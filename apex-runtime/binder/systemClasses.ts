// The system classes user code can extend, implement, catch or switch on: the exception hierarchy,
// the system interfaces and the system enums. Their behaviour lives in evaluator/ and platform/;
// here they get their names and places in the type tree.
import { EnumValue } from '../evaluator/values';
import { ClassInfo } from './classInfo';

const NO_MODIFIERS = { words: ['public', 'virtual'], annotations: [] };

/**
 * System exceptions (Apex Reference "Exception Class and Built-In Exceptions"). All extend Exception;
 * each is also reachable as System.<Name>.
 */
const SYSTEM_EXCEPTIONS = [
    'AsyncException',
    'BigObjectException',
    'CalloutException',
    'DmlException',
    'EmailException',
    'ExternalObjectException',
    'FinalException',
    'HandledException',
    'IllegalArgumentException',
    'InvalidHeaderException',
    'InvalidParameterValueException',
    'JSONException',
    'LimitException',
    'ListException',
    'MathException',
    'NoAccessException',
    'NoDataFoundException',
    'NoSuchElementException',
    'NullPointerException',
    'QueryException',
    'RequiredFeatureMissingException',
    'SearchException',
    'SecurityException',
    'SerializationException',
    'SObjectException',
    'StringException',
    'TypeException',
    'UnexpectedException',
    'VisualforceException',
    'XmlException',
    'AssertException',
    'AuraHandledException'
];

const SYSTEM_ENUMS: Record<string, string[]> = {
    // Apex Developer Guide "Trigger Context Variables": Trigger.operationType values.
    TriggerOperation: ['BEFORE_INSERT', 'BEFORE_UPDATE', 'BEFORE_DELETE', 'AFTER_INSERT', 'AFTER_UPDATE', 'AFTER_DELETE', 'AFTER_UNDELETE'],
    LoggingLevel: ['NONE', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'FINE', 'FINER', 'FINEST'],
    RoundingMode: ['CEILING', 'DOWN', 'FLOOR', 'HALF_DOWN', 'HALF_EVEN', 'HALF_UP', 'UNNECESSARY', 'UP'],
    AccessType: ['CREATABLE', 'READABLE', 'UPDATABLE', 'UPSERTABLE'],
    JSONToken: [
        'END_ARRAY',
        'END_OBJECT',
        'FIELD_NAME',
        'NOT_AVAILABLE',
        'START_ARRAY',
        'START_OBJECT',
        'VALUE_EMBEDDED_OBJECT',
        'VALUE_FALSE',
        'VALUE_NULL',
        'VALUE_NUMBER_FLOAT',
        'VALUE_NUMBER_INT',
        'VALUE_STRING',
        'VALUE_TRUE'
    ],
    Quiddity: ['ANONYMOUS', 'AURA', 'BATCH_ACS', 'BATCH_APEX', 'FUTURE', 'QUEUEABLE', 'REST', 'RUNTEST_ASYNC', 'RUNTEST_DEPLOY', 'RUNTEST_SYNC', 'SCHEDULED', 'SYNCHRONOUS'],
    StatusCode: [
        'REQUIRED_FIELD_MISSING',
        'STRING_TOO_LONG',
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        'INVALID_TYPE_ON_FIELD_IN_RECORD',
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        'INVALID_CROSS_REFERENCE_KEY',
        'FIELD_INTEGRITY_EXCEPTION',
        'DUPLICATE_VALUE',
        'DUPLICATES_DETECTED',
        'MISSING_ARGUMENT',
        'INVALID_ID_FIELD',
        'ENTITY_IS_DELETED',
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        'INACTIVE_OWNER_OR_USER',
        'INSUFFICIENT_ACCESS_OR_READONLY',
        'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
        'MIXED_DML_OPERATION',
        'UNABLE_TO_LOCK_ROW',
        'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
        'INJECTED_FAILURE'
    ]
};

/** Schema enums, reachable as Schema.<Name> or by the simple name. */
const SCHEMA_ENUMS: Record<string, string[]> = {
    DisplayType: [
        'ADDRESS',
        'ANYTYPE',
        'BASE64',
        'BOOLEAN',
        'COMBOBOX',
        'CURRENCY',
        'DATACATEGORYGROUPREFERENCE',
        'DATE',
        'DATETIME',
        'DOUBLE',
        'EMAIL',
        'ENCRYPTEDSTRING',
        'ID',
        'INTEGER',
        'JSON',
        'LOCATION',
        'LONG',
        'MULTIPICKLIST',
        'PERCENT',
        'PHONE',
        'PICKLIST',
        'REFERENCE',
        'STRING',
        'TEXTAREA',
        'TIME',
        'URL'
    ],
    SoapType: ['ADDRESS', 'ANYTYPE', 'BASE64BINARY', 'BOOLEAN', 'DATE', 'DATETIME', 'DOUBLE', 'ID', 'INTEGER', 'LOCATION', 'STRING', 'TIME']
};

/** System interfaces a class may implement (their methods are called on the implementing class). */
const SYSTEM_INTERFACES: [string, string][] = [
    ['System', 'Comparable'],
    ['System', 'Schedulable'],
    ['System', 'Queueable'],
    ['System', 'Iterable'],
    ['System', 'Iterator'],
    ['System', 'Callable'],
    ['System', 'Finalizer'],
    ['Database', 'Batchable'],
    ['Database', 'Stateful'],
    ['Database', 'AllowsCallouts'],
    ['Database', 'RaisesPlatformEvents']
];

export class SystemClasses {
    /** By lower-case qualified name ('system.dmlexception', 'database.batchable') and, for System and Schema, simple name. */
    private readonly byName = new Map<string, ClassInfo>();
    readonly exception: ClassInfo;

    constructor() {
        this.exception = this.define('System', 'Exception', 'class');
        for (const name of SYSTEM_EXCEPTIONS) {
            const cls = this.define('System', name, 'class');
            cls.superclass = this.exception;
        }
        for (const [name, values] of Object.entries(SYSTEM_ENUMS)) this.defineEnum('System', name, values);
        for (const [name, values] of Object.entries(SCHEMA_ENUMS)) this.defineEnum('Schema', name, values);
        for (const [namespace, name] of SYSTEM_INTERFACES) this.define(namespace, name, 'interface');
    }

    private define(namespace: string, name: string, kind: 'class' | 'interface' | 'enum'): ClassInfo {
        const cls = new ClassInfo(name, kind, null, `${namespace}.${name}`, null, NO_MODIFIERS);
        cls.systemNamespace = namespace;
        this.byName.set(`${namespace}.${name}`.toLowerCase(), cls);
        if (namespace === 'System' || namespace === 'Schema') this.byName.set(name.toLowerCase(), cls);
        return cls;
    }

    private defineEnum(namespace: string, name: string, values: string[]): void {
        const cls = this.define(namespace, name, 'enum');
        cls.enumValues = values.map((value, ordinal) => new EnumValue(cls, value, ordinal));
    }

    /** A system class by simple or qualified name, any letter case. */
    find(name: string): ClassInfo | undefined {
        return this.byName.get(name.toLowerCase());
    }

    get(name: string): ClassInfo {
        const cls = this.find(name);
        if (!cls) throw new Error(`No system class ${name}`);
        return cls;
    }

    /** The qualified name Exception.getTypeName() reports, e.g. System.DmlException. */
    static qualifiedName(cls: ClassInfo): string {
        return cls.systemNamespace ? `${cls.systemNamespace}.${cls.name}` : cls.name;
    }
}
