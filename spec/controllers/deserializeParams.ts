// What the platform does with a component's params before an @AuraEnabled method runs: it deserializes them into
// the method's Apex parameter types (requestShapes.ts), so the method sees only the declared properties, each of
// its declared type. A value of another type is refused there, before the package's code runs; Lightning answers
// "Value provided is invalid for action parameter ..." and the components turn that into the package's message
// (playbookClient reduceError). The TypeScript twin refuses it here with INVALID_INPUT and a message that names
// the field but never quotes the value. Unknown properties are left out, as the typed Apex request has no place
// for them.
import { PlaybookError } from '../errors/PlaybookError';
import { METHOD_PARAMETERS, type FieldType, type RequestShape } from './requestShapes';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EXPECTED: Record<Exclude<FieldType, RequestShape>, string> = {
    String: 'text',
    Boolean: 'true or false',
    Decimal: 'a number',
    'List<String>': 'a list of texts'
};

function kindOf(value: unknown): string {
    if (Array.isArray(value)) return 'a list';
    if (typeof value === 'string') return 'text';
    if (typeof value === 'boolean') return 'true or false';
    if (typeof value === 'number') return 'a number';
    if (typeof value === 'object') return 'an object';
    return `a ${typeof value}`;
}

function refuse(path: string, value: unknown, expected: string): PlaybookError {
    return new PlaybookError(
        'INVALID_INPUT',
        `The page sent ${path} as ${kindOf(value)}, where the server expects ${expected}; nothing was saved. Reload the page and try again, and if it happens again, tell your Salesforce admin.`
    );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);

function read(path: string, value: unknown, type: FieldType): Json {
    if (value === null || value === undefined) return null;
    if (typeof type === 'object') return readShape(path, value, type);
    switch (type) {
        case 'String':
            if (typeof value !== 'string') throw refuse(path, value, EXPECTED.String);
            return value;
        case 'Boolean':
            if (typeof value !== 'boolean') throw refuse(path, value, EXPECTED.Boolean);
            return value;
        case 'Decimal':
            if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse(path, value, EXPECTED.Decimal);
            return value;
        case 'List<String>':
            if (!Array.isArray(value) || value.some((item) => item !== null && typeof item !== 'string')) {
                throw refuse(path, value, EXPECTED['List<String>']);
            }
            return value as Json[];
    }
}

function readShape(path: string, value: unknown, shape: RequestShape): Json {
    if (!isObject(value)) throw refuse(path, value, 'an object');
    const typed: { [key: string]: Json } = {};
    for (const [name, type] of Object.entries(shape.fields)) {
        if (Object.hasOwn(value, name) && value[name] !== undefined) typed[name] = read(`${path}.${name}`, value[name], type);
    }
    return typed;
}

/**
 * The params of `Class.method` as the Apex method receives them: every declared parameter that was sent, read
 * into its type; INVALID_INPUT when a value has another type. Throws for a method without a shape.
 */
export function deserializeParams(method: string, params: unknown): Record<string, unknown> {
    const parameters = METHOD_PARAMETERS[method];
    if (!parameters) throw new Error(`No parameter shapes for ${method} in spec/controllers/requestShapes.ts`);
    if (params !== null && params !== undefined && !isObject(params)) throw refuse('its parameters', params, 'an object');
    const given = (params ?? {}) as Record<string, unknown>;
    const typed: Record<string, unknown> = {};
    for (const [name, type] of Object.entries(parameters)) {
        if (Object.hasOwn(given, name) && given[name] !== undefined) typed[name] = read(name, given[name], type);
    }
    return typed;
}
