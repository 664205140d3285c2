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

/** As PlaybookErrors.cls ACCESS_STATUS_CODES: a statement refused by sharing is an access failure. */
const ACCESS_STATUS_CODES: ReadonlySet<string> = new Set(['INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY']);

function faultOf(error: unknown): { code: PlaybookErrorCode; message: string } {
    if (error instanceof PlaybookError) return { code: error.code, message: error.message };
    if (error instanceof NoAccessError) return { code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE };
    if (error instanceof QueryError && error.inaccessibleFields.length) return { code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE };
    if (error instanceof DmlError) {
        if (ACCESS_STATUS_CODES.has(error.statusCode)) return { code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE };
        return { code: 'SAVE_FAILED', message: `Nothing was saved: ${error.dmlMessage}` };
    }
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
    const exceptionType =
        typeof error === 'object' && error !== null && 'exceptionType' in error ? String(error.exceptionType) : 'System.Exception';
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
