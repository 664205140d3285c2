// Assert and System.assert* (Apex Reference "Assert Class", "System Class"). A failure throws
// System.AssertException with "Assertion Failed: <message>: Expected: <e>, Actual: <a>"; the
// System class reference notes that an assertion failure cannot be caught by try/catch, so the
// runtime marks it uncatchable. The equality assertions compare with equals(), so Strings that
// differ only in case are not equal there although `==` calls them equal (String Class, equals;
// salesforce.stackexchange.com/questions/226832: assertEquals fails where `==` holds).
import type { Interpreter } from '../evaluator/interpreter';
import { apexEquals } from '../evaluator/equality';
import { isInstanceOf, runtimeTypeName } from '../evaluator/types';
import { TypeValue, type Value } from '../evaluator/values';
import { arg } from './args';
import type { Natives } from './registry';

function fail(rt: Interpreter, detail: string): never {
    return rt.throwSystem('AssertException', `Assertion Failed${detail ? `: ${detail}` : ''}`);
}

function withMessage(rt: Interpreter, message: Value, detail: string): string {
    const text = message === null || message === undefined ? '' : rt.concat(message);
    return [text, detail].filter((part) => part !== '').join(': ');
}

function same(rt: Interpreter, expected: Value, actual: Value): boolean {
    return apexEquals(expected, actual, rt, true);
}

function show(rt: Interpreter, value: Value): string {
    return value === null ? 'null' : rt.valueOf(value);
}

function typeArg(rt: Interpreter, value: Value): TypeValue {
    if (!(value instanceof TypeValue)) return rt.unsupported('Assert instance check without a Type');
    return value;
}

export function registerAssertions(natives: Natives): void {
    natives.registerStatic({
        name: 'Assert',
        methods: {
            areequal: (rt, args) => {
                const [expected, actual, message] = [arg(args, 0), arg(args, 1), arg(args, 2)];
                if (!same(rt, expected, actual)) fail(rt, withMessage(rt, message, `Expected: ${show(rt, expected)}, Actual: ${show(rt, actual)}`));
                return null;
            },
            arenotequal: (rt, args) => {
                const [unexpected, actual, message] = [arg(args, 0), arg(args, 1), arg(args, 2)];
                if (same(rt, unexpected, actual)) fail(rt, withMessage(rt, message, `Same value: ${show(rt, actual)}`));
                return null;
            },
            istrue: (rt, args) => {
                if (arg(args, 0) !== true) fail(rt, withMessage(rt, arg(args, 1), arg(args, 1) === null ? 'Expected: true, Actual: false' : ''));
                return null;
            },
            isfalse: (rt, args) => {
                if (arg(args, 0) !== false) fail(rt, withMessage(rt, arg(args, 1), arg(args, 1) === null ? 'Expected: false, Actual: true' : ''));
                return null;
            },
            isnull: (rt, args) => {
                if (arg(args, 0) !== null) fail(rt, withMessage(rt, arg(args, 1), `Expected: null, Actual: ${show(rt, arg(args, 0))}`));
                return null;
            },
            isnotnull: (rt, args) => {
                if (arg(args, 0) === null) fail(rt, withMessage(rt, arg(args, 1), 'Expected: not null, Actual: null'));
                return null;
            },
            fail: (rt, args) => fail(rt, withMessage(rt, arg(args, 0), '')),
            isinstanceoftype: (rt, args) => {
                const type = typeArg(rt, arg(args, 1));
                if (!isInstanceOf(arg(args, 0), type.type)) {
                    fail(rt, withMessage(rt, arg(args, 2), `Expected: ${type.name}, Actual: ${runtimeTypeName(arg(args, 0))}`));
                }
                return null;
            },
            isnotinstanceoftype: (rt, args) => {
                const type = typeArg(rt, arg(args, 1));
                if (isInstanceOf(arg(args, 0), type.type)) fail(rt, withMessage(rt, arg(args, 2), `Not expected: ${type.name}`));
                return null;
            }
        }
    });
    natives.registerStatic({
        name: 'System',
        methods: {
            assert: (rt, args) => {
                if (arg(args, 0) !== true) fail(rt, withMessage(rt, arg(args, 1), ''));
                return null;
            },
            assertequals: (rt, args) => {
                const [expected, actual, message] = [arg(args, 0), arg(args, 1), arg(args, 2)];
                if (!same(rt, expected, actual)) fail(rt, withMessage(rt, message, `Expected: ${show(rt, expected)}, Actual: ${show(rt, actual)}`));
                return null;
            },
            assertnotequals: (rt, args) => {
                const [unexpected, actual, message] = [arg(args, 0), arg(args, 1), arg(args, 2)];
                if (same(rt, unexpected, actual)) fail(rt, withMessage(rt, message, `Same value: ${show(rt, actual)}`));
                return null;
            }
        }
    });
}
