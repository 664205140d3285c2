// Exception objects (Apex Reference "Exception Class and Built-In Exceptions"): the message, the
// cause, the line and stack where the exception was created, and the DML failure details of a
// DmlException. System exceptions carry the platform's messages; custom exceptions extend
// Exception and get its four constructors: (), (String message), (Exception cause) and
// (String message, Exception cause).
import { SystemClasses } from '../binder/systemClasses';
import type { ClassInfo } from '../binder/classInfo';
import { PlatformError } from './errors';
import { ApexList, ApexMap, ApexObject, ApexSet, EnumValue, type Value } from './values';

/** One failed row of a DML statement, for getDmlType/getDmlMessage/getDmlFieldNames/getDmlIndex. */
export interface DmlFailure {
    statusCode: string;
    message: string;
    fields: string[];
    index: number;
    id: string | null;
}

export interface ExceptionData {
    message: string | null;
    cause: ApexObject | null;
    line: number;
    stack: string;
    dml?: DmlFailure[];
    /** QueryException.getInaccessibleFields(): object name -> field names. */
    inaccessible?: Record<string, string[]>;
}

export function exceptionData(object: ApexObject): ExceptionData {
    return object.native as unknown as ExceptionData;
}

export function initException(object: ApexObject, message: string | null, cause: ApexObject | null, line: number, stack: string): void {
    const data: ExceptionData = { message, cause, line, stack };
    object.native = data as unknown as Record<string, unknown>;
}

/** The message of AuraHandledException until setMessage is called (Apex Reference "AuraHandledException"). */
export const SCRIPT_THROWN_MESSAGE = 'Script-thrown exception';

export interface ExceptionMethodHost {
    system: SystemClasses;
    statusCode(name: string): EnumValue;
    /** Element types for the collections some methods return. */
    stringType(): import('./values').ApexType;
}

/** Built-in Exception methods; undefined when `lower` is not one of them. */
export function callExceptionMethod(object: ApexObject, lower: string, args: Value[], host: ExceptionMethodHost): { value: Value } | undefined {
    const data = exceptionData(object);
    const failure = (index: Value): DmlFailure => {
        const list = data.dml ?? [];
        const found = typeof index === 'number' ? list[index] : undefined;
        if (!found) throw new PlatformError('ListException', `List index out of bounds: ${String(index)}`);
        return found;
    };
    switch (lower) {
        case 'getmessage':
            return { value: data.message };
        case 'setmessage':
            data.message = args[0] === null || args[0] === undefined ? null : String(args[0]);
            return { value: null };
        case 'getcause':
            return { value: data.cause };
        case 'initcause':
            data.cause = (args[0] as ApexObject | null) ?? null;
            return { value: null };
        case 'gettypename':
            return { value: typeNameOf(object.cls) };
        case 'getlinenumber':
            return { value: data.line };
        case 'getstacktracestring':
            return { value: data.stack };
        case 'getnumdml':
            return { value: data.dml ? data.dml.length : 0 };
        case 'getdmltype':
            return { value: host.statusCode(failure(args[0] as Value).statusCode) };
        case 'getdmlmessage':
            return { value: failure(args[0] as Value).message };
        case 'getdmlfieldnames':
            return { value: new ApexList(host.stringType(), [...failure(args[0] as Value).fields]) };
        case 'getdmlid':
            return { value: failure(args[0] as Value).id };
        case 'getdmlindex':
            return { value: failure(args[0] as Value).index };
        case 'getinaccessiblefields': {
            const result = new ApexMap(host.stringType(), { k: 'set', of: host.stringType() });
            for (const [objectName, fields] of Object.entries(data.inaccessible ?? {})) {
                const set = new ApexSet(host.stringType());
                for (const field of fields) set.entries.set(`s:${field}`, field);
                result.entries.set(`s:${objectName}`, { key: objectName, value: set });
            }
            return { value: result };
        }
        default:
            return undefined;
    }
}

export function typeNameOf(cls: ClassInfo): string {
    return SystemClasses.qualifiedName(cls);
}
