// WHERE conditions compiled into row predicates, with SOQL's typing rules for literals and binds (SOQL and SOSL
// Reference, "fieldExpression Syntax", "Comparison Operators", "Date Formats and Date Literals in WHERE").
// Null is a value in SOQL: `= null` finds empty fields and `!= 'x'` includes them.
import { isValidId } from '../../spec/org/ids';
import type { SObjectRecord } from '../../spec/org/values';
import type { Condition, Operator, Value } from './ast';
import {
    apiTypeName,
    classOf,
    compareComparables,
    storedComparable,
    type Comparable,
    type ValueClass
} from './compare';
import type { RunContext, Scalar } from './context';
import { dateLiteralRange, startOfDay } from './dateLiterals';
import { queryError, UnsupportedSoqlError } from './errors';
import { resolvePath, type ResolvedPath } from './paths';
import { readPath } from './read';
import { addDays } from '../../spec/org/values';

export type RowPredicate = (record: SObjectRecord) => boolean;

/** A condition's right-hand side in comparable form. */
type Operand =
    | { kind: 'scalar'; value: Comparable | null }
    | { kind: 'list'; values: (Comparable | null)[] }
    | { kind: 'range'; first: Comparable; last: Comparable; endExclusive: boolean }
    | { kind: 'pattern'; regex: RegExp }
    | { kind: 'sets'; sets: string[][] };

export interface CompiledCondition {
    test: RowPredicate;
    /** The paths the condition reads, for user-mode access checks. */
    paths: ResolvedPath[];
}

export function compileCondition(
    context: RunContext,
    objectName: string,
    condition: Condition | undefined
): CompiledCondition {
    const paths: ResolvedPath[] = [];
    const test = condition ? compile(context, objectName, condition, paths) : () => true;
    return { test, paths };
}

function compile(context: RunContext, objectName: string, condition: Condition, paths: ResolvedPath[]): RowPredicate {
    if (condition.kind === 'not') {
        const inner = compile(context, objectName, condition.item, paths);
        return (record) => !inner(record);
    }
    if (condition.kind !== 'compare') {
        const parts = condition.items.map((item) => compile(context, objectName, item, paths));
        return condition.kind === 'and'
            ? (record) => parts.every((part) => part(record))
            : (record) => parts.some((part) => part(record));
    }
    const path = resolvePath(context.schema, objectName, condition.path, context.source);
    paths.push(path);
    if (path.leaf.longText) throw queryError(`field '${path.text}' can not be filtered in a query call`);
    const valueClass = classOf(path.leaf.type);
    const operand = toOperand(context, path, valueClass, condition.operator, condition.value);
    return (record) =>
        matches(valueClass, storedComparable(valueClass, readPath(context, record, path)), condition.operator, operand);
}

function matches(valueClass: ValueClass, actual: Comparable | null, operator: Operator, operand: Operand): boolean {
    switch (operand.kind) {
        case 'pattern':
            return actual !== null && operand.regex.test(String(actual));
        case 'sets': {
            const held = new Set(
                actual === null
                    ? []
                    : String(actual)
                          .split(';')
                          .map((item) => item.toUpperCase())
            );
            const any = operand.sets.some((set) => set.every((item) => held.has(item)));
            return operator === 'INCLUDES' ? any : !any;
        }
        case 'list': {
            const found = operand.values.some((value) => equal(valueClass, actual, value));
            return operator === 'IN' ? found : !found;
        }
        case 'range': {
            if (actual === null) return operator === '!=';
            const afterStart = compareComparables(valueClass, actual, operand.first) >= 0;
            const toEnd = compareComparables(valueClass, actual, operand.last);
            const beforeEnd = operand.endExclusive ? toEnd < 0 : toEnd <= 0;
            switch (operator) {
                case '=':
                    return afterStart && beforeEnd;
                case '!=':
                    return !(afterStart && beforeEnd);
                case '<':
                    return !afterStart;
                case '<=':
                    return beforeEnd;
                case '>':
                    return !beforeEnd;
                default:
                    return afterStart;
            }
        }
        default: {
            const expected = operand.value;
            if (operator === '=') return equal(valueClass, actual, expected);
            if (operator === '!=') return !equal(valueClass, actual, expected);
            if (actual === null || expected === null) return false;
            const order = compareComparables(valueClass, actual, expected);
            return operator === '<'
                ? order < 0
                : operator === '<='
                  ? order <= 0
                  : operator === '>'
                    ? order > 0
                    : order >= 0;
        }
    }
}

function equal(valueClass: ValueClass, actual: Comparable | null, expected: Comparable | null): boolean {
    if (actual === null || expected === null) return actual === expected;
    return compareComparables(valueClass, actual, expected) === 0;
}

function toOperand(
    context: RunContext,
    path: ResolvedPath,
    valueClass: ValueClass,
    operator: Operator,
    value: Value
): Operand {
    const field = path.text;
    if (operator === 'INCLUDES' || operator === 'EXCLUDES') {
        if (valueClass !== 'multipicklist')
            throw queryError(`${operator} can only be used with a multi-select picklist field: ${field}`);
        const items = listItems(context, value, field).map((item) =>
            item !== null && typeof item === 'object' ? (item.kind === 'string' ? item.value : null) : item
        );
        if (items.some((item) => typeof item !== 'string')) {
            throw queryError(`${operator} needs a list of text values for ${field}`);
        }
        return {
            kind: 'sets',
            sets: items.map((item) =>
                String(item)
                    .split(';')
                    .map((part) => part.toUpperCase())
            )
        };
    }
    if (valueClass === 'multipicklist')
        throw new UnsupportedSoqlError(`SOQL ${operator} on the multi-select picklist ${field}`, context.source);
    if (operator === 'IN' || operator === 'NOT IN') {
        return {
            kind: 'list',
            values: listItems(context, value, field).map((item) => scalarComparable(context, path, valueClass, item))
        };
    }
    if (operator === 'LIKE') {
        if (valueClass !== 'text')
            throw queryError(
                `LIKE can only be used with a text field, not with ${field} (${apiTypeName(path.leaf.type)})`
            );
        const pattern = value.kind === 'bind' ? context.bind(value) : value.kind === 'string' ? value.value : undefined;
        if (typeof pattern !== 'string')
            throw new UnsupportedSoqlError(
                `SOQL LIKE with a ${value.kind === 'bind' ? 'non-text bind' : value.kind} value on ${field}`,
                context.source
            );
        return { kind: 'pattern', regex: likeMatcher(pattern) };
    }
    if (valueClass === 'boolean' && operator !== '=' && operator !== '!=') {
        throw queryError(`invalid operator ${operator} on boolean field: ${field}`);
    }
    if (value.kind === 'dateLiteral') return dateRange(context, path, valueClass, value);
    if (value.kind === 'list') throw queryError(`${operator} needs a single value, not a list, for ${field}`);
    if (value.kind === 'bind') {
        const bound = context.bind(value);
        if (Array.isArray(bound))
            throw new UnsupportedSoqlError(`SOQL ${operator} with the collection bind :${value.text}`, context.source);
        return { kind: 'scalar', value: bindComparable(context, path, valueClass, bound) };
    }
    return { kind: 'scalar', value: literalComparable(path, valueClass, value) };
}

/** The items of an IN / NOT IN / INCLUDES / EXCLUDES operand: a literal list or a collection bind. */
function listItems(context: RunContext, value: Value, field: string): (Value | Scalar)[] {
    if (value.kind === 'list') return value.items;
    if (value.kind === 'bind') {
        const bound = context.bind(value);
        if (bound === null) throw new UnsupportedSoqlError(`SOQL IN with the null bind :${value.text}`, context.source);
        if (!Array.isArray(bound))
            throw new UnsupportedSoqlError(`SOQL IN with the single-value bind :${value.text}`, context.source);
        return bound;
    }
    throw queryError(`IN needs a list of values for ${field}`);
}

function scalarComparable(
    context: RunContext,
    path: ResolvedPath,
    valueClass: ValueClass,
    item: Value | Scalar
): Comparable | null {
    if (item !== null && typeof item === 'object') {
        if (item.kind === 'bind') {
            // IN (:first, :second): each bind holds one value.
            const bound = context.bind(item);
            if (Array.isArray(bound))
                throw new UnsupportedSoqlError(
                    `SOQL collection bind :${item.text} inside an IN list on ${path.text}`,
                    context.source
                );
            return bindComparable(context, path, valueClass, bound);
        }
        if (item.kind === 'list' || item.kind === 'dateLiteral') {
            throw new UnsupportedSoqlError(`SOQL ${item.kind} inside an IN list on ${path.text}`, context.source);
        }
        return literalComparable(path, valueClass, item);
    }
    return bindComparable(context, path, valueClass, item);
}

/** A literal of the wrong type: text and Id values are written in quotes, the others without. */
function wrongType(path: ResolvedPath): Error {
    const type = apiTypeName(path.leaf.type);
    const quoted = type === 'string' || type === 'id';
    return queryError(
        `value of filter criterion for field '${path.text}' must be of type ${type} and should ${quoted ? '' : 'not '}be enclosed in quotes`
    );
}

type LiteralValue = Exclude<Value, { kind: 'bind' | 'list' | 'dateLiteral' }>;

function literalComparable(path: ResolvedPath, valueClass: ValueClass, value: LiteralValue): Comparable | null {
    switch (value.kind) {
        case 'null':
            return null;
        case 'string':
            if (valueClass === 'id') return idComparable(value.value);
            if (valueClass === 'text') return value.value;
            throw wrongType(path);
        case 'number':
            if (valueClass === 'number') return value.value;
            throw wrongType(path);
        case 'boolean':
            if (valueClass === 'boolean') return value.value;
            throw wrongType(path);
        case 'date':
            if (valueClass === 'date') return value.value;
            throw wrongType(path);
        default:
            if (valueClass === 'datetime') return Date.parse(value.value);
            throw wrongType(path);
    }
}

/** Id filters accept 15- and 18-character Ids; anything else fails as the platform does. */
function idComparable(value: string): string {
    if (!isValidId(value)) throw queryError(`invalid ID field: ${value}`);
    return value.slice(0, 15);
}

function bindComparable(
    context: RunContext,
    path: ResolvedPath,
    valueClass: ValueClass,
    value: Scalar
): Comparable | null {
    if (value === null) return null;
    const mismatch = () =>
        new UnsupportedSoqlError(
            `SOQL bind of ${JSON.stringify(value)} to the ${apiTypeName(path.leaf.type)} field ${path.text}`,
            context.source
        );
    switch (valueClass) {
        case 'id':
            if (typeof value !== 'string') throw mismatch();
            return idComparable(value);
        case 'number':
            if (typeof value !== 'number') throw mismatch();
            return value;
        case 'boolean':
            if (typeof value !== 'boolean') throw mismatch();
            return value;
        case 'date':
            if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw mismatch();
            return value;
        case 'datetime':
            if (typeof value !== 'string' || !/T/.test(value) || Number.isNaN(Date.parse(value))) throw mismatch();
            return Date.parse(value);
        default:
            if (typeof value !== 'string') throw mismatch();
            return value;
    }
}

function dateRange(
    context: RunContext,
    path: ResolvedPath,
    valueClass: ValueClass,
    value: Value & { kind: 'dateLiteral' }
): Operand {
    if (valueClass !== 'date' && valueClass !== 'datetime') throw wrongType(path);
    const days = dateLiteralRange(value.name, value.n, context.today, context.locale, context.source);
    if (valueClass === 'date') return { kind: 'range', first: days.first, last: days.last, endExclusive: false };
    return {
        kind: 'range',
        first: startOfDay(days.first, context.timeZone),
        last: startOfDay(addDays(days.last, 1), context.timeZone),
        endExclusive: true
    };
}

/**
 * A LIKE pattern ("Comparison Operators"): % matches any run of characters, _ exactly one, \% and \_ match
 * themselves; the match is case-insensitive and covers the whole value.
 */
export function likeMatcher(pattern: string): RegExp {
    let source = '';
    for (let index = 0; index < pattern.length; index++) {
        const character = pattern.charAt(index);
        if (character === '\\' && index + 1 < pattern.length) {
            index += 1;
            source += escapeRegex(pattern.charAt(index));
        } else if (character === '%') source += '.*';
        else if (character === '_') source += '.';
        else source += escapeRegex(character);
    }
    return new RegExp(`^${source}$`, 'is');
}

function escapeRegex(character: string): string {
    return character.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
