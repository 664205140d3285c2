// How failures travel through the evaluator. An Apex exception is an ApexThrow carrying the
// exception object (catchable by Apex code, unless the platform says it cannot be caught). An
// UnsupportedError is the runtime admitting it does not model something: Apex code can never catch
// it, so it always fails the test ("never a silent pass").
import type { ApexObject } from './values';

export class ApexThrow {
    constructor(
        readonly exception: ApexObject,
        /** LimitException and AssertException cannot be caught by Apex code. */
        readonly uncatchable = false
    ) {}
}

export class UnsupportedError extends Error {
    constructor(message: string) {
        super(/^(unsupported|compile):/.test(message) ? message : `unsupported: ${message}`);
        this.name = 'UnsupportedError';
    }
}

/**
 * Code an org would not compile: a name, method or field the package's own classes do not declare. In an org the
 * class fails to save and the deploy fails ("Variable does not exist: x", "Method does not exist or incorrect
 * signature: ..."); here the test that reaches it fails with `compile:` and the platform's text. Like an
 * UnsupportedError, Apex code cannot catch it. Names of platform classes the runtime does not model stay
 * `unsupported:`: the runtime cannot tell them from misspellings.
 */
export class CompileError extends UnsupportedError {
    constructor(message: string) {
        super(message.startsWith('compile:') ? message : `compile: ${message}`);
        this.name = 'CompileError';
    }
}

/** A defect or misuse inside the runtime itself (not an Apex exception). */
export class RuntimeFault extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'RuntimeFault';
    }
}

/**
 * A platform failure raised by library code: becomes the Apex exception `exceptionType`
 * (e.g. 'ListException', 'System.StringException') at the line being run. Errors of the in-memory
 * org (DmlError, QueryError, ...) carry `exceptionType` the same way and are converted alike.
 */
export class PlatformError extends Error {
    constructor(
        readonly exceptionType: string,
        message: string
    ) {
        super(message);
        this.name = 'PlatformError';
    }
}
