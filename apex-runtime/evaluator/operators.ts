// Arithmetic and bitwise operators (Apex Developer Guide "Expression Operators", "Primitive Data
// Types"): Integer arithmetic wraps at 32 bits and Long at 64 bits; Integer and Long division
// truncate toward zero and fail with MathException "Divide by 0"; a mixed expression takes the
// highest type of Integer < Long < Double < Decimal; `+` with a String operand concatenates, null
// written as "null"; Date + Integer adds days and Datetime + number adds days.
import { PlatformError, UnsupportedError } from './errors';
import {
    decimalAdd,
    decimalMultiply,
    exactDecimalQuotient,
    isNumberValue,
    promote,
    rankOf,
    toDouble,
    toLong,
    wrapInteger,
    wrapLong,
    DECIMAL_RANK,
    DOUBLE_RANK,
    INTEGER_RANK,
    LONG_RANK,
    type NumberValue
} from './numbers';
import { runtimeTypeName } from './types';
import { ApexDate, ApexDatetime, ApexDecimal, ApexDouble, ApexTime, IdValue, type Value } from './values';

export function nullPointer(): PlatformError {
    return new PlatformError('NullPointerException', 'Attempt to de-reference a null object');
}

function divideByZero(): PlatformError {
    return new PlatformError('MathException', 'Divide by 0');
}

export function arithmetic(op: string, left: Value, right: Value, concat: (value: Value) => string): Value {
    if (op === '+' && (typeof left === 'string' || typeof right === 'string' || left instanceof IdValue || right instanceof IdValue)) {
        return concat(left) + concat(right);
    }
    if (left === null || right === null) throw nullPointer();
    if (left instanceof ApexDate && isNumberValue(right) && (op === '+' || op === '-')) {
        const days = Number(toLong(right));
        return ApexDate.fromEpochDay(left.epochDay() + (op === '+' ? days : -days));
    }
    if (left instanceof ApexDatetime && isNumberValue(right) && (op === '+' || op === '-')) {
        const millis = Math.round(toDouble(right) * 86400000);
        return new ApexDatetime(left.millis + (op === '+' ? millis : -millis));
    }
    if (left instanceof ApexTime && isNumberValue(right) && (op === '+' || op === '-')) {
        const millis = Number(toLong(right));
        return new ApexTime((((left.millis + (op === '+' ? millis : -millis)) % 86400000) + 86400000) % 86400000);
    }
    if (!isNumberValue(left) || !isNumberValue(right)) {
        throw new UnsupportedError(`operator ${op} on ${runtimeTypeName(left)} and ${runtimeTypeName(right)}`);
    }
    return numeric(op, left, right);
}

function numeric(op: string, left: NumberValue, right: NumberValue): Value {
    const rank = Math.max(rankOf(left), rankOf(right));
    const a = promote(left, rank);
    const b = promote(right, rank);
    switch (rank) {
        case INTEGER_RANK:
            return integerOp(op, a as number, b as number);
        case LONG_RANK:
            return longOp(op, a as bigint, b as bigint);
        case DOUBLE_RANK:
            return doubleOp(op, (a as ApexDouble).value, (b as ApexDouble).value);
        default:
            return decimalOp(op, a as ApexDecimal, b as ApexDecimal);
    }
}

function integerOp(op: string, a: number, b: number): number {
    switch (op) {
        case '+':
            return wrapInteger(a + b);
        case '-':
            return wrapInteger(a - b);
        case '*':
            return Math.imul(a, b);
        case '/':
            if (b === 0) throw divideByZero();
            return wrapInteger(Math.trunc(a / b));
        default:
            throw new UnsupportedError(`Integer operator ${op}`);
    }
}

function longOp(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
        case '+':
            return wrapLong(a + b);
        case '-':
            return wrapLong(a - b);
        case '*':
            return wrapLong(a * b);
        case '/':
            if (b === 0n) throw divideByZero();
            return wrapLong(a / b);
        default:
            throw new UnsupportedError(`Long operator ${op}`);
    }
}

function doubleOp(op: string, a: number, b: number): ApexDouble {
    switch (op) {
        case '+':
            return new ApexDouble(a + b);
        case '-':
            return new ApexDouble(a - b);
        case '*':
            return new ApexDouble(a * b);
        case '/':
            // Double division by zero gives Infinity or NaN in Java, which Apex uses for Double.
            return new ApexDouble(a / b);
        default:
            throw new UnsupportedError(`Double operator ${op}`);
    }
}

function decimalOp(op: string, a: ApexDecimal, b: ApexDecimal): ApexDecimal {
    switch (op) {
        case '+':
            return decimalAdd(a, b);
        case '-':
            return decimalAdd(a, b, true);
        case '*':
            return decimalMultiply(a, b);
        case '/': {
            if (b.value.isZero()) throw divideByZero();
            const quotient = exactDecimalQuotient(a, b);
            if (!quotient) {
                throw new UnsupportedError(
                    `Decimal division ${a.toString()} / ${b.toString()} does not terminate, and Apex's precision for it is not documented; use Decimal.divide(divisor, scale)`
                );
            }
            return quotient;
        }
        default:
            throw new UnsupportedError(`Decimal operator ${op}`);
    }
}

export function negate(value: Value): Value {
    if (value === null) throw nullPointer();
    if (typeof value === 'number') return wrapInteger(-value);
    if (typeof value === 'bigint') return wrapLong(-value);
    if (value instanceof ApexDouble) return new ApexDouble(-value.value);
    if (value instanceof ApexDecimal) return new ApexDecimal(value.value.negated(), value.scale);
    throw new UnsupportedError(`unary - on ${runtimeTypeName(value)}`);
}

export function bitwise(op: string, left: Value, right: Value): Value {
    if (left === null || right === null) throw nullPointer();
    if (typeof left === 'boolean' && typeof right === 'boolean') {
        if (op === '&') return left && right;
        if (op === '|') return left || right;
        if (op === '^') return left !== right;
    }
    if (typeof left === 'number' && typeof right === 'number') {
        switch (op) {
            case '&':
                return left & right;
            case '|':
                return left | right;
            case '^':
                return left ^ right;
            case '<<':
                return left << right;
            case '>>':
                return left >> right;
            case '>>>':
                return wrapInteger(left >>> right);
        }
    }
    if ((typeof left === 'number' || typeof left === 'bigint') && (typeof right === 'number' || typeof right === 'bigint')) {
        const a = BigInt(left);
        const b = BigInt(right);
        switch (op) {
            case '&':
                return wrapLong(a & b);
            case '|':
                return wrapLong(a | b);
            case '^':
                return wrapLong(a ^ b);
            case '<<':
                return wrapLong(a << (b & 63n));
            case '>>':
                return wrapLong(a >> (b & 63n));
            case '>>>':
                return wrapLong(BigInt.asUintN(64, a) >> (b & 63n));
        }
    }
    throw new UnsupportedError(`operator ${op} on ${runtimeTypeName(left)} and ${runtimeTypeName(right)}`);
}

export function bitwiseNot(value: Value): Value {
    if (value === null) throw nullPointer();
    if (typeof value === 'number') return ~value;
    if (typeof value === 'bigint') return wrapLong(~value);
    throw new UnsupportedError(`operator ~ on ${runtimeTypeName(value)}`);
}

/** value + 1 or value - 1 in the value's own type (++ and --). */
export function step(value: Value, delta: 1 | -1): Value {
    if (value === null) throw nullPointer();
    if (!isNumberValue(value)) throw new UnsupportedError(`++/-- on ${runtimeTypeName(value)}`);
    const rank = rankOf(value);
    return numeric('+', value, promote(delta, rank === DOUBLE_RANK || rank === DECIMAL_RANK ? rank : rank === LONG_RANK ? LONG_RANK : INTEGER_RANK));
}
