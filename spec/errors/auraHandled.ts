// PlaybookErrors in TypeScript: every exception leaving a controller becomes an
// AuraHandledException whose message is the JSON {"code","message","reference"}; the reference
// is logged at ERROR level with the technical detail, so support can find it from a screenshot.
import type { ApexCallError, PlaybookErrorCode, PlaybookFault } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { DmlError, NoAccessError, QueryError } from '../org/errors';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { PlaybookError } from './PlaybookError';

export const NO_ACCESS_MESSAGE =
    'You do not have access to do this. Ask your Salesforce admin to assign you the Playbooks Agent permission set.';
export const UNEXPECTED_MESSAGE = 'Something went wrong and nothing was saved. Try again, and if it happens again, tell support the reference.';

/** System.AuraHandledException carrying a PlaybookFault as its message. */
export class AuraHandledError extends Error {
    readonly exceptionType = 'System.AuraHandledException';
    readonly fault: PlaybookFault;

    constructor(fault: PlaybookFault) {
        super(JSON.stringify(fault));
        this.name = 'AuraHandledError';
        this.fault = fault;
    }
}

/** Every DML status code starting with this is an access refusal (..._OR_READONLY, ..._ON_CROSS_REFERENCE_ENTITY, ...). */
const INSUFFICIENT_ACCESS_PREFIX = 'INSUFFICIENT_ACCESS';
/** User-mode DML setting a field the user may not edit: "Unable to create/update fields: ... check the security settings". */
const FIELD_NOT_WRITABLE = 'INVALID_FIELD_FOR_INSERT_UPDATE';

function exceptionTypeOf(error: unknown): string | undefined {
    return typeof error === 'object' && error !== null && 'exceptionType' in error ? String(error.exceptionType) : undefined;
}

/** As PlaybookErrors.isAccessFailure in Apex: object, field or record access refused for the running user. */
function isAccessFailure(error: unknown): boolean {
    if (error instanceof NoAccessError || exceptionTypeOf(error) === 'System.SecurityException') return true;
    if (error instanceof QueryError) return error.inaccessibleFields.length > 0 || /inaccessible/i.test(error.message);
    if (error instanceof DmlError) return error.statusCode.startsWith(INSUFFICIENT_ACCESS_PREFIX) || error.statusCode === FIELD_NOT_WRITABLE;
    return false;
}

function faultOf(error: unknown): { code: PlaybookErrorCode; message: string } {
    if (error instanceof PlaybookError) return { code: error.code, message: error.message };
    if (isAccessFailure(error)) return { code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE };
    if (error instanceof DmlError) return { code: 'SAVE_FAILED', message: `Nothing was saved: ${error.dmlMessage}` };
    return { code: 'UNEXPECTED', message: UNEXPECTED_MESSAGE };
}

/** A short id for one error: 8 upper-case hexadecimal characters. */
export function newErrorReference(): string {
    return Math.floor(Math.random() * 0x100000000)
        .toString(16)
        .toUpperCase()
        .padStart(8, '0');
}

export function toAuraHandledError(error: unknown, org: InMemoryOrg): AuraHandledError {
    if (error instanceof AuraHandledError) return error;
    const { code, message } = faultOf(error);
    const reference = newErrorReference();
    const exceptionType = exceptionTypeOf(error) ?? 'System.Exception';
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    org.logError({ reference, code, exceptionType, detail });
    return new AuraHandledError({ code, message, reference });
}

/** The fault inside an AuraHandledException message, or undefined when the message is not one. */
export function parseFault(message: string): PlaybookFault | undefined {
    try {
        const parsed = JSON.parse(message) as Partial<PlaybookFault>;
        if (typeof parsed.code === 'string' && typeof parsed.message === 'string' && typeof parsed.reference === 'string') {
            return parsed as PlaybookFault;
        }
    } catch {
        return undefined;
    }
    return undefined;
}

/** What a component's rejected Apex promise holds for an error thrown by a controller. */
export function toApexCallError(error: unknown): ApexCallError {
    if (error instanceof AuraHandledError) {
        return { status: 500, body: { message: error.message, exceptionType: error.exceptionType, isUserDefinedException: false } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: { message, exceptionType: 'System.UnexpectedException', isUserDefinedException: false } };
}
