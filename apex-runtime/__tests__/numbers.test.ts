/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Apex numbers: Apex Developer Guide "Primitive Data Types" (Integer 32-bit, Long 64-bit, Double,
// Decimal), "Understanding Rules of Conversion" (Integer < Long < Double < Decimal), "Expression
// Operators"; Apex Reference "Decimal Class", "Math Class".
import { run, text } from './helpers';

describe('Integer and Long', () => {
    it('wrap around on overflow as 32-bit and 64-bit two\'s complement (Primitive Data Types)', () => {
        expect(text('2147483647 + 1')).toBe('-2147483648');
        expect(text('-2147483648 - 1')).toBe('2147483647');
        expect(text('2147483647 * 2')).toBe('-2');
        expect(text('9223372036854775807L + 1')).toBe('-9223372036854775808');
    });

    it('divide truncating toward zero (Expression Operators: Integer division)', () => {
        expect(text('7 / 2')).toBe('3');
        expect(text('-7 / 2')).toBe('-3');
        expect(text('7L / -2')).toBe('-3');
    });

    it('fail division by zero with MathException "Divide by 0"', () => {
        expect(run('Integer zero = 0; return 1 / zero;').error).toBe('System.MathException: Divide by 0');
    });

    it('take the highest type of a mixed expression: Integer < Long < Double < Decimal', () => {
        expect(run('Object o = 1 + 2L; return o instanceof Long;').value).toBe(true);
        expect(run('Object o = 1 + 1.5; return o instanceof Decimal;').value).toBe(true);
        expect(run('Object o = 1 + 1.5d; return o instanceof Double;').value).toBe(true);
        expect(run('Object o = 1.5d + 1.5; return o instanceof Decimal;').value).toBe(true);
    });

    it('widen on assignment: an Integer assigned to a Decimal divides as a Decimal', () => {
        expect(text('d / 4', 'static Decimal d = 10;')).toBe('2.5');
        expect(run('Long l = 5; Object o = l; return o instanceof Long;').value).toBe(true);
    });

    it('keep Integer.valueOf and Math.mod as documented', () => {
        expect(text("Integer.valueOf('42') + 1")).toBe('43');
        expect(run("return Integer.valueOf('4x2');").error).toBe('System.TypeException: Invalid integer: 4x2');
        expect(text('Math.mod(-7, 3)')).toBe('-1');
        expect(text('Math.abs(-5)')).toBe('5');
        expect(text('Math.max(3, 7L)')).toBe('7');
    });
});

describe('Decimal', () => {
    it('keeps the scale of its literal and of String values (Decimal: "the scale is the number of characters after the decimal point")', () => {
        expect(text('1.10')).toBe('1.10');
        expect(text("Decimal.valueOf('3.140')")).toBe('3.140');
        expect(text('1.10 + 2')).toBe('3.10');
        expect(text('1.5 * 2')).toBe('3.0');
        expect(text('0.1 + 0.2')).toBe('0.3');
    });

    // Apex Reference "Decimal Class", setScale(scale): "using half-even rounding, if necessary".
    it('rounds with setScale (half even by default) and divide(divisor, scale[, roundingMode])', () => {
        expect(text('(2.345).setScale(2)')).toBe('2.34');
        expect(text('(2.355).setScale(2)')).toBe('2.36');
        expect(text('(2.3451).setScale(2)')).toBe('2.35');
        expect(text('(2.345).setScale(2, System.RoundingMode.DOWN)')).toBe('2.34');
        expect(text('d.divide(100, 3)', 'static Decimal d = 19;')).toBe('0.190');
        expect(text('d.divide(7, 2, System.RoundingMode.UP)', 'static Decimal d = 12.4567;')).toBe('1.78');
        expect(text('(1.602176565).intValue()')).toBe('1');
    });

    it('compares by value whatever the scale', () => {
        expect(run('return 1.0 == 1.00;').value).toBe(true);
        expect(run('Decimal d = 2; return d == 2;').value).toBe(true);
    });

    it('fails loudly on a division whose quotient does not terminate, rather than guessing its precision', () => {
        expect(run('Decimal one = 1; return one / 3;').error).toMatch(/^unsupported: Decimal division 1 \/ 3 does not terminate/);
        expect(text('d / 4', 'static Decimal d = 1;')).toBe('0.25');
    });
});

describe('Double', () => {
    it('prints as Java does (Double.toString)', () => {
        expect(text('1.0d')).toBe('1.0');
        expect(text('Double.valueOf(\'2\')')).toBe('2.0');
        expect(text("Double.valueOf('1.0E10')")).toBe('1.0E10');
    });
});
