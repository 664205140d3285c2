// Apex numbers (Apex Developer Guide "Primitive Data Types", "Understanding Rules of Conversion"):
// Integer is 32-bit and Long 64-bit two's complement, both wrapping on overflow; Double is IEEE
// 754; Decimal is arbitrary precision with a scale. The numeric hierarchy, lowest to highest, is
// Integer, Long, Double, Decimal: an expression mixing types yields the highest type.
import { ApexDecimal, ApexDouble, Decimal } from './values';

type DecimalRounding = Parameters<Decimal['toDecimalPlaces']>[1];

export type NumberValue = number | bigint | ApexDouble | ApexDecimal;

export const INTEGER_RANK = 0;
export const LONG_RANK = 1;
export const DOUBLE_RANK = 2;
export const DECIMAL_RANK = 3;

export function isNumberValue(value: unknown): value is NumberValue {
    return typeof value === 'number' || typeof value === 'bigint' || value instanceof ApexDouble || value instanceof ApexDecimal;
}

export function rankOf(value: NumberValue): number {
    if (typeof value === 'number') return INTEGER_RANK;
    if (typeof value === 'bigint') return LONG_RANK;
    if (value instanceof ApexDouble) return DOUBLE_RANK;
    return DECIMAL_RANK;
}

export function wrapInteger(value: number): number {
    return value | 0;
}

export function wrapLong(value: bigint): bigint {
    return BigInt.asIntN(64, value);
}

export function toLong(value: NumberValue): bigint {
    if (typeof value === 'bigint') return value;
    if (typeof value === 'number') return BigInt(value);
    if (value instanceof ApexDouble) return wrapLong(BigInt(Math.trunc(value.value)));
    return wrapLong(BigInt(value.value.trunc().toFixed(0)));
}

export function toDouble(value: NumberValue): number {
    if (typeof value === 'number') return value;
    if (typeof value === 'bigint') return Number(value);
    if (value instanceof ApexDouble) return value.value;
    return value.value.toNumber();
}

/**
 * Decimal from another number. Apex Developer Guide "Decimal": "If the Decimal is created from a
 * non-decimal number, the number is first converted to a String. Scale is then set using the
 * number of characters after the decimal point."
 */
export function toDecimal(value: NumberValue): ApexDecimal {
    if (value instanceof ApexDecimal) return value;
    if (typeof value === 'number' || typeof value === 'bigint') return ApexDecimal.fromInteger(value);
    const text = javaDoubleString(value.value);
    if (!Number.isFinite(value.value)) throw new RangeError(`Cannot convert ${text} to Decimal`);
    return ApexDecimal.of(text.replace(/E/, 'e'));
}

/** Converts to the given rank (only upwards in arithmetic). */
export function promote(value: NumberValue, rank: number): NumberValue {
    switch (rank) {
        case INTEGER_RANK:
            return value;
        case LONG_RANK:
            return toLong(value);
        case DOUBLE_RANK:
            return new ApexDouble(toDouble(value));
        default:
            return toDecimal(value);
    }
}

/** Java's Double.toString, which Apex uses for Double values: 1.0, 0.001, 1.0E7, 1.234E-5. */
export function javaDoubleString(value: number): string {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e7) {
        const text = String(value);
        return text.includes('.') || text.includes('e') ? text : `${text}.0`;
    }
    const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
    const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    return `${digits}E${Number(exponent)}`;
}

export function compareNumbers(left: NumberValue, right: NumberValue): number {
    const rank = Math.max(rankOf(left), rankOf(right));
    if (rank === INTEGER_RANK) return (left as number) - (right as number);
    if (rank === LONG_RANK) {
        const a = toLong(left);
        const b = toLong(right);
        return a === b ? 0 : a < b ? -1 : 1;
    }
    if (rank === DOUBLE_RANK) return toDouble(left) - toDouble(right);
    return toDecimal(left).value.comparedTo(toDecimal(right).value);
}

export function decimalAdd(a: ApexDecimal, b: ApexDecimal, subtract = false): ApexDecimal {
    return new ApexDecimal(subtract ? a.value.minus(b.value) : a.value.plus(b.value), Math.max(a.scale, b.scale));
}

export function decimalMultiply(a: ApexDecimal, b: ApexDecimal): ApexDecimal {
    return new ApexDecimal(a.value.times(b.value), a.scale + b.scale);
}

/** Rounds to `scale` decimal places with an Apex RoundingMode name. */
export function decimalSetScale(value: ApexDecimal, scale: number, mode: string): ApexDecimal {
    const rounding = ROUNDING[mode];
    if (rounding === undefined) throw new RangeError(`Unknown rounding mode ${mode}`);
    if (rounding === -1) {
        const rounded = value.value.toDecimalPlaces(scale, Decimal.ROUND_DOWN);
        if (!rounded.equals(value.value)) throw new RangeError('Rounding necessary');
        return new ApexDecimal(rounded, scale);
    }
    return new ApexDecimal(value.value.toDecimalPlaces(scale, rounding as DecimalRounding), scale);
}

const ROUNDING: Record<string, number> = {
    UP: Decimal.ROUND_UP,
    DOWN: Decimal.ROUND_DOWN,
    CEILING: Decimal.ROUND_CEIL,
    FLOOR: Decimal.ROUND_FLOOR,
    HALF_UP: Decimal.ROUND_HALF_UP,
    HALF_DOWN: Decimal.ROUND_HALF_DOWN,
    HALF_EVEN: Decimal.ROUND_HALF_EVEN,
    UNNECESSARY: -1
};

/**
 * The quotient of two Decimals when it is exact; null when it does not terminate (Apex's precision
 * for such quotients is not documented, so the caller fails loudly instead of guessing).
 */
export function exactDecimalQuotient(a: ApexDecimal, b: ApexDecimal): ApexDecimal | null {
    const preferred = Math.max(0, a.scale - b.scale);
    for (let scale = preferred; scale <= preferred + 32; scale++) {
        const candidate = a.value.div(b.value).toDecimalPlaces(scale, Decimal.ROUND_DOWN);
        if (candidate.times(b.value).equals(a.value)) return new ApexDecimal(candidate, scale);
    }
    return null;
}
