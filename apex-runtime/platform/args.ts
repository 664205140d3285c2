// Argument checks shared by the library: a null where the platform dereferences it is a
// NullPointerException; a value of the wrong type means the runtime met a call it does not model.
import { PlatformError, UnsupportedError } from '../evaluator/errors';
import { isNumberValue, toDouble, toLong } from '../evaluator/numbers';
import { runtimeTypeName } from '../evaluator/types';
import { ApexList, ApexSet, IdValue, type Value } from '../evaluator/values';

export function nullArgument(): PlatformError {
    return new PlatformError('NullPointerException', 'Argument cannot be null.');
}

export function arg(args: readonly Value[], index: number): Value {
    return index < args.length ? (args[index] as Value) : null;
}

export function str(args: readonly Value[], index: number, what = 'argument'): string {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (typeof value === 'string') return value;
    if (value instanceof IdValue) return value.id18;
    throw new UnsupportedError(`unsupported: ${what} of type ${runtimeTypeName(value)} where a String is expected`);
}

export function optionalStr(args: readonly Value[], index: number): string | null {
    const value = arg(args, index);
    return value === null ? null : str(args, index);
}

export function int(args: readonly Value[], index: number): number {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (typeof value === 'number') return value;
    if (isNumberValue(value)) return Number(BigInt.asIntN(32, toLong(value)));
    throw new UnsupportedError(`unsupported: argument of type ${runtimeTypeName(value)} where an Integer is expected`);
}

export function num(args: readonly Value[], index: number): number {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (isNumberValue(value)) return toDouble(value);
    throw new UnsupportedError(`unsupported: argument of type ${runtimeTypeName(value)} where a number is expected`);
}

export function bool(args: readonly Value[], index: number): boolean {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (typeof value === 'boolean') return value;
    throw new UnsupportedError(`unsupported: argument of type ${runtimeTypeName(value)} where a Boolean is expected`);
}

/** The elements of a List or Set argument. */
export function items(value: Value): Value[] {
    if (value === null) throw nullArgument();
    if (value instanceof ApexList) return value.items;
    if (value instanceof ApexSet) return [...value.entries.values()];
    throw new UnsupportedError(`unsupported: iterating a ${runtimeTypeName(value)}`);
}

export function arity(args: readonly Value[], allowed: number[], name: string): void {
    if (!allowed.includes(args.length)) throw new UnsupportedError(`unsupported: ${name} with ${args.length} argument(s)`);
}
