// Integer, Long, Double, Decimal, Boolean and Math (Apex Reference "Integer Class", "Long Class",
// "Double Class", "Decimal Class", "Boolean Class", "Math Class"). Locale-dependent formatting
// uses en_US, the locale the runtime's users have.
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import { decimalSetScale, isNumberValue, promote, toDecimal, toDouble, toLong, type NumberValue } from '../evaluator/numbers';
import { runtimeTypeName } from '../evaluator/types';
import { ApexDecimal, ApexDouble, EnumValue, type Value } from '../evaluator/values';
import { arg, int, nullArgument } from './args';
import type { Natives } from './registry';

function numberArg(args: readonly Value[], index: number): NumberValue {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (!isNumberValue(value)) throw new UnsupportedError(`unsupported: number argument of type ${runtimeTypeName(value)}`);
    return value;
}

function parseInteger(text: string, kind: 'integer' | 'long'): bigint {
    const trimmed = text;
    if (!/^[+-]?\d+$/.test(trimmed)) throw new PlatformError('TypeException', `Invalid ${kind}: ${text}`);
    const value = BigInt(trimmed);
    const [min, max] = kind === 'integer' ? [-2147483648n, 2147483647n] : [-(2n ** 63n), 2n ** 63n - 1n];
    if (value < min || value > max) throw new PlatformError('TypeException', `Invalid ${kind}: ${text}`);
    return value;
}

function parseDecimal(text: string): ApexDecimal {
    const trimmed = text.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) throw new PlatformError('TypeException', `Invalid decimal: ${text}`);
    return ApexDecimal.of(trimmed);
}

function roundingModeOf(value: Value): string {
    if (!(value instanceof EnumValue)) throw nullArgument();
    return value.name;
}

/** en_US number text: grouping separators, at most `fractionDigits` decimals (half-even, as java.text.NumberFormat). */
function formatNumber(value: number | string, minimumFractionDigits: number, maximumFractionDigits: number): string {
    return new Intl.NumberFormat('en-US', {
        minimumFractionDigits,
        maximumFractionDigits,
        roundingMode: 'halfEven'
    } as Intl.NumberFormatOptions).format(value as number);
}

export function registerNumbers(natives: Natives): void {
    natives.registerStatic({
        name: 'Integer',
        methods: {
            valueof: (_rt, args) => {
                const value = arg(args, 0);
                if (value === null) return null;
                if (typeof value === 'string') return Number(parseInteger(value, 'integer'));
                if (isNumberValue(value)) return Number(BigInt.asIntN(32, toLong(value)));
                throw new PlatformError('TypeException', `Invalid conversion from runtime type ${runtimeTypeName(value)} to Integer`);
            }
        }
    });
    natives.registerStatic({
        name: 'Long',
        methods: {
            valueof: (_rt, args) => {
                const value = arg(args, 0);
                if (value === null) return null;
                if (typeof value === 'string') return parseInteger(value, 'long');
                if (isNumberValue(value)) return toLong(value);
                throw new PlatformError('TypeException', `Invalid conversion from runtime type ${runtimeTypeName(value)} to Long`);
            }
        }
    });
    natives.registerStatic({
        name: 'Decimal',
        methods: {
            valueof: (_rt, args) => {
                const value = arg(args, 0);
                if (value === null) return null;
                if (typeof value === 'string') return parseDecimal(value);
                if (isNumberValue(value)) return toDecimal(value);
                throw new PlatformError('TypeException', `Invalid conversion from runtime type ${runtimeTypeName(value)} to Decimal`);
            }
        }
    });
    natives.registerStatic({
        name: 'Double',
        methods: {
            valueof: (_rt, args) => {
                const value = arg(args, 0);
                if (value === null) return null;
                if (typeof value === 'string') {
                    const trimmed = value.trim();
                    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(trimmed)) throw new PlatformError('TypeException', `Invalid double: ${value}`);
                    return new ApexDouble(Number(trimmed.replace(/[dDfF]$/, '')));
                }
                if (isNumberValue(value)) return new ApexDouble(toDouble(value));
                throw new PlatformError('TypeException', `Invalid conversion from runtime type ${runtimeTypeName(value)} to Double`);
            }
        }
    });
    natives.registerStatic({
        name: 'Boolean',
        methods: {
            valueof: (_rt, args) => {
                const value = arg(args, 0);
                if (value === null) return null;
                if (typeof value === 'boolean') return value;
                if (typeof value === 'string') return value.toLowerCase() === 'true';
                throw new PlatformError('TypeException', `Invalid conversion from runtime type ${runtimeTypeName(value)} to Boolean`);
            }
        }
    });

    natives.registerInstance<number>('Integer', {
        format: (_rt, self) => formatNumber(self, 0, 0),
        intvalue: (_rt, self) => self,
        longvalue: (_rt, self) => BigInt(self),
        doublevalue: (_rt, self) => new ApexDouble(self),
        equals: (rt, self, args) => rt.equals(self, arg(args, 0)) && typeof arg(args, 0) === 'number',
        hashcode: (_rt, self) => self
    });
    natives.registerInstance<bigint>('Long', {
        format: (_rt, self) => formatNumber(self.toString() as unknown as number, 0, 0),
        intvalue: (_rt, self) => Number(BigInt.asIntN(32, self)),
        longvalue: (_rt, self) => self,
        doublevalue: (_rt, self) => new ApexDouble(Number(self))
    });
    natives.registerInstance<ApexDouble>('Double', {
        format: (_rt, self) => formatNumber(self.value, 0, 3),
        intvalue: (_rt, self) => Number(BigInt.asIntN(32, toLong(self))),
        longvalue: (_rt, self) => toLong(self),
        doublevalue: (_rt, self) => self,
        // Double.round(): the closest Long (Java Math.round).
        round: (_rt, self) => BigInt(Math.floor(self.value + 0.5))
    });
    natives.registerInstance<ApexDecimal>('Decimal', {
        abs: (_rt, self) => new ApexDecimal(self.value.abs(), self.scale),
        divide: (_rt, self, args) => {
            const divisor = toDecimal(numberArg(args, 0));
            if (divisor.value.isZero()) throw new PlatformError('MathException', 'Divide by 0');
            const scale = int(args, 1);
            const mode = args.length > 2 ? roundingModeOf(arg(args, 2)) : 'HALF_UP';
            return decimalSetScale(new ApexDecimal(self.value.div(divisor.value), scale + 40), scale, mode);
        },
        doublevalue: (_rt, self) => new ApexDouble(self.value.toNumber()),
        format: (_rt, self) => formatNumber(self.value.toString() as unknown as number, 0, 3),
        intvalue: (_rt, self) => Number(BigInt.asIntN(32, toLong(self))),
        longvalue: (_rt, self) => toLong(self),
        pow: (_rt, self, args) => {
            const exponent = int(args, 0);
            return new ApexDecimal(self.value.pow(exponent), self.scale * Math.max(exponent, 0));
        },
        precision: (_rt, self) => {
            const digits = self.value.abs().toFixed(self.scale).replace('.', '').replace(/^0+/, '');
            return Math.max(digits.length, 1);
        },
        // Decimal.round(): zero decimal places, half-even; returns a Long.
        round: (_rt, self, args) => toLong(decimalSetScale(self, 0, args.length ? roundingModeOf(arg(args, 0)) : 'HALF_EVEN')),
        scale: (_rt, self) => self.scale,
        // Decimal Class, setScale(scale): "using half-even rounding, if necessary".
        setscale: (_rt, self, args) => decimalSetScale(self, int(args, 0), args.length > 1 ? roundingModeOf(arg(args, 1)) : 'HALF_EVEN'),
        striptrailingzeros: (_rt, self) => {
            const text = self.value.toFixed();
            const fraction = text.includes('.') ? (text.split('.')[1] as string).replace(/0+$/, '') : '';
            return new ApexDecimal(self.value, fraction.length);
        },
        toplainstring: (_rt, self) => self.toString(),
        tostring: (_rt, self) => self.toString()
    });
    natives.registerInstance<boolean>('Boolean', {
        equals: (_rt, self, args) => self === arg(args, 0)
    });

    const mathMin = (args: Value[], pick: (a: number, b: number) => boolean): Value => {
        const a = numberArg(args, 0);
        const b = numberArg(args, 1);
        const rank = Math.max(rankValue(a), rankValue(b));
        const left = promote(a, rank);
        const right = promote(b, rank);
        return pick(toDouble(left), toDouble(right)) ? left : right;
    };
    natives.registerStatic({
        name: 'Math',
        methods: {
            abs: (_rt, args) => {
                const value = numberArg(args, 0);
                if (typeof value === 'number') return Math.abs(value) | 0;
                if (typeof value === 'bigint') return value < 0n ? BigInt.asIntN(64, -value) : value;
                if (value instanceof ApexDouble) return new ApexDouble(Math.abs(value.value));
                return new ApexDecimal(value.value.abs(), value.scale);
            },
            min: (_rt, args) => mathMin(args, (a, b) => a <= b),
            max: (_rt, args) => mathMin(args, (a, b) => a >= b),
            mod: (_rt, args) => {
                const a = numberArg(args, 0);
                const b = numberArg(args, 1);
                if (typeof a === 'number' && typeof b === 'number') {
                    if (b === 0) throw new PlatformError('MathException', 'Divide by 0');
                    return a % b | 0;
                }
                const left = toLong(a);
                const right = toLong(b);
                if (right === 0n) throw new PlatformError('MathException', 'Divide by 0');
                return left % right;
            },
            floor: (_rt, args) => new ApexDouble(Math.floor(toDouble(numberArg(args, 0)))),
            ceil: (_rt, args) => new ApexDouble(Math.ceil(toDouble(numberArg(args, 0)))),
            // Math.round(Decimal) returns an Integer rounded half-even; Math.round(Double) the closest Integer.
            round: (_rt, args) => {
                const value = numberArg(args, 0);
                if (value instanceof ApexDecimal) return Number(BigInt.asIntN(32, toLong(decimalSetScale(value, 0, 'HALF_EVEN'))));
                return Math.floor(toDouble(value) + 0.5) | 0;
            },
            roundtolong: (_rt, args) => {
                const value = numberArg(args, 0);
                if (value instanceof ApexDecimal) return toLong(decimalSetScale(value, 0, 'HALF_EVEN'));
                return BigInt(Math.floor(toDouble(value) + 0.5));
            },
            pow: (_rt, args) => new ApexDouble(Math.pow(toDouble(numberArg(args, 0)), toDouble(numberArg(args, 1)))),
            sqrt: (_rt, args) => new ApexDouble(Math.sqrt(toDouble(numberArg(args, 0)))),
            random: () => new ApexDouble(Math.random()),
            exp: (_rt, args) => new ApexDouble(Math.exp(toDouble(numberArg(args, 0)))),
            log: (_rt, args) => new ApexDouble(Math.log(toDouble(numberArg(args, 0)))),
            log10: (_rt, args) => new ApexDouble(Math.log10(toDouble(numberArg(args, 0)))),
            signum: (_rt, args) => new ApexDouble(Math.sign(toDouble(numberArg(args, 0))))
        }
    });
}

function rankValue(value: NumberValue): number {
    if (typeof value === 'number') return 0;
    if (typeof value === 'bigint') return 1;
    if (value instanceof ApexDouble) return 2;
    return 3;
}
