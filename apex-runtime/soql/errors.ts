// The exceptions SOQL and SOSL raise in Apex, and the loud failure for what this evaluator does not model.

export type SoqlExceptionType = 'QueryException' | 'SearchException' | 'SObjectException';

/** Where a query is written, for messages: the Apex file and the line of the query's first token. */
export interface SourceRef {
    file: string;
    line: number;
}

/**
 * System.QueryException (and SearchException, SObjectException) as an Apex catch block sees it. In user mode,
 * `inaccessibleFields` is what QueryException.getInaccessibleFields() returns: the fields the running user cannot
 * read, by object name (Apex Developer Guide, "Enforce User Mode for Database Operations").
 */
export class SoqlError extends Error {
    readonly exceptionType: SoqlExceptionType;
    readonly inaccessibleFields: Readonly<Record<string, readonly string[]>>;

    constructor(
        exceptionType: SoqlExceptionType,
        message: string,
        inaccessibleFields: Record<string, readonly string[]> = {}
    ) {
        super(message);
        this.name = 'SoqlError';
        this.exceptionType = exceptionType;
        this.inaccessibleFields = inaccessibleFields;
    }
}

/**
 * A construct this evaluator does not model. It is not an Apex exception (Apex code cannot catch it): the test that
 * reaches it fails, naming the construct, file and line, instead of passing on a guessed answer.
 */
export class UnsupportedSoqlError extends Error {
    constructor(construct: string, source: SourceRef) {
        super(`unsupported: ${construct} (${source.file} line ${source.line})`);
        this.name = 'UnsupportedSoqlError';
    }
}

export function queryError(message: string): SoqlError {
    return new SoqlError('QueryException', message);
}
