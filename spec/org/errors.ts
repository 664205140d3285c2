// Exceptions the in-memory org throws, named after the Apex exceptions they stand for so that
// error conversion can treat both sides alike.

export type DmlStatusCode =
    | 'REQUIRED_FIELD_MISSING'
    | 'STRING_TOO_LONG'
    | 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
    | 'INVALID_TYPE_ON_FIELD_IN_RECORD'
    | 'INVALID_FIELD_FOR_INSERT_UPDATE'
    | 'INVALID_CROSS_REFERENCE_KEY'
    | 'FIELD_INTEGRITY_EXCEPTION'
    | 'DUPLICATE_VALUE'
    | 'MISSING_ARGUMENT'
    | 'INVALID_ID_FIELD'
    | 'ENTITY_IS_DELETED'
    | 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
    | 'INACTIVE_OWNER_OR_USER'
    | 'INSUFFICIENT_ACCESS_OR_READONLY'
    | 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY'
    | 'MIXED_DML_OPERATION'
    | 'DUPLICATES_DETECTED'
    | 'INJECTED_FAILURE';

/** System.DmlException: the whole statement failed (all or none). */
export class DmlError extends Error {
    readonly exceptionType = 'System.DmlException';
    readonly statusCode: DmlStatusCode;
    readonly fields: readonly string[];
    readonly rowIndex: number;
    /** The error's own text, without status code and fields: what DmlException.getDmlMessage(i) and Database.Error.getMessage() return. */
    readonly detail: string;

    constructor(statusCode: DmlStatusCode, message: string, fields: readonly string[] = [], rowIndex = 0) {
        super(`${statusCode}, ${message}${fields.length ? `: [${fields.join(', ')}]` : ''}`);
        this.name = 'DmlError';
        this.statusCode = statusCode;
        this.fields = fields;
        this.rowIndex = rowIndex;
        this.detail = message;
    }

    /** The text Apex returns from DmlException.getDmlMessage(0) (the fields are apart: getDmlFieldNames). */
    get dmlMessage(): string {
        return this.detail;
    }
}

/** System.QueryException: a malformed query, or (user mode) fields the running user cannot read. */
export class QueryError extends Error {
    readonly exceptionType = 'System.QueryException';
    readonly inaccessibleFields: readonly string[];

    constructor(message: string, inaccessibleFields: readonly string[] = []) {
        super(message);
        this.name = 'QueryError';
        this.inaccessibleFields = inaccessibleFields;
    }
}

/** System.NoAccessException: user-mode DML on an object or field the running user cannot write. */
export class NoAccessError extends Error {
    readonly exceptionType = 'System.NoAccessException';

    constructor(message: string) {
        super(message);
        this.name = 'NoAccessError';
    }
}

/** System.SObjectException: an unknown object or field name. */
export class SObjectError extends Error {
    readonly exceptionType = 'System.SObjectException';

    constructor(message: string) {
        super(message);
        this.name = 'SObjectError';
    }
}

/** The failure armed with FailureInjector.failNextCall(): the server fails before any work. */
export class InjectedCallFailure extends Error {
    readonly exceptionType = 'System.UnexpectedException';

    constructor() {
        super('Injected failure of the call');
        this.name = 'InjectedCallFailure';
    }
}

/** System.LimitException: a governor limit of the transaction was exceeded. */
export class LimitError extends Error {
    readonly exceptionType = 'System.LimitException';

    constructor(message: string) {
        super(message);
        this.name = 'LimitError';
    }
}
