/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Strings and equality: Apex Developer Guide "Expression Operators" (== ignores case for Strings,
// === is reference equality), "Maps" and "Sets" (String keys are case-sensitive), "Variables"
// (names ignore case; a null String is less than any other String); Apex Reference "String Class".
import { run, text } from './helpers';

describe('equality', () => {
    it('== compares Strings ignoring case; equals() does not', () => {
        expect(run("return 'Apex' == 'APEX';").value).toBe(true);
        expect(run("return 'Apex'.equals('APEX');").value).toBe(false);
        expect(run("return 'Apex' != 'apex';").value).toBe(false);
    });

    it('=== is reference equality for objects; == compares collections element by element', () => {
        expect(run("List<String> a = new List<String>{'x'}; List<String> b = new List<String>{'x'}; return a == b;").value).toBe(true);
        expect(run("List<String> a = new List<String>{'x'}; List<String> b = new List<String>{'x'}; return a === b;").value).toBe(false);
        expect(run('T a = new T(); T b = new T(); return a == b;').value).toBe(false);
    });

    it('uses a class\'s own equals for == on user-defined types', () => {
        const members = 'Integer k; T(Integer k) { this.k = k; } public Boolean equals(Object o) { return o instanceof T && ((T) o).k == k; } public Integer hashCode() { return k; }';
        expect(run('return new T(1) == new T(1);', members).value).toBe(true);
        expect(run('Set<T> s = new Set<T>{ new T(1), new T(1), new T(2) }; return s.size();', members).value).toBe(2);
    });

    it('orders a null String before any other String (Variables: "System.assert(s < \'b\')")', () => {
        expect(run("String s; return s < 'b' && !(s > 'b');").value).toBe(true);
        expect(run("return 'apple' < 'Banana';").value).toBe(true);
    });

    it('compares an Id with a String of either length as an Id', () => {
        expect(run("Id i = '500Hs0000000001IAA'; return i == '500Hs0000000001';").value).toBe(true);
    });
});

describe('Map and Set keys', () => {
    it('are case-sensitive for Strings', () => {
        expect(run("Map<String, Integer> m = new Map<String, Integer>{ 'a' => 1 }; return m.containsKey('A');").value).toBe(false);
        expect(run("Set<String> s = new Set<String>{ 'a', 'A' }; return s.size();").value).toBe(2);
        expect(run("return new List<String>{ 'a' }.contains('A');").value).toBe(false);
    });

    it('match Ids in either length', () => {
        expect(run("Set<Id> s = new Set<Id>{ '500Hs0000000001IAA' }; return s.contains('500Hs0000000001');").value).toBe(true);
    });

    it('iterate in insertion order (Summer \'15 release notes: predictable iteration order)', () => {
        expect(text("new Map<String, Integer>{ 'z' => 1, 'a' => 2, 'm' => 3 }.keySet()")).toBe('{z, a, m}');
    });
});

describe('String concatenation and conversion', () => {
    it('writes null as "null"', () => {
        expect(run("String s; return 'x' + s;").value).toBe('xnull');
        expect(run("Integer i; return 'n=' + i;").value).toBe('n=null');
    });

    it('writes a Date as yyyy-MM-dd 00:00:00 when concatenated, and as yyyy-MM-dd by String.valueOf', () => {
        expect(run("return '' + Date.newInstance(2026, 3, 4);").value).toBe('2026-03-04 00:00:00');
        expect(text('Date.newInstance(2026, 3, 4)')).toBe('2026-03-04');
    });

    it('writes collections and objects as the platform does', () => {
        expect(text("new List<Integer>{ 1, 2 }")).toBe('(1, 2)');
        expect(text("new Map<String, Integer>{ 'a' => 1 }")).toBe('{a=1}');
        expect(run("return String.valueOf(new Account(Name = 'Acme'));").value).toBe('Account:{Name=Acme}');
    });
});

describe('String methods', () => {
    it('trim() removes characters up to U+0020; isBlank() uses Java whitespace', () => {
        expect(run("return ' \\t x \\n'.trim();").value).toBe('x');
        expect(run("return String.isBlank(' \\t\\n');").value).toBe(true);
        expect(run("return String.isBlank('\\u00A0');").value).toBe(false);
        expect(run("return '  a   b  '.normalizeSpace();").value).toBe('a b');
    });

    it('split() drops trailing empty strings, as Java does', () => {
        expect(text("'a,b,,'.split(',')")).toBe('(a, b)');
        expect(text("',a'.split(',')")).toBe('(, a)');
    });

    it('substring() fails out of bounds with StringException', () => {
        expect(run("return 'abc'.substring(1, 5);").error).toBe('System.StringException: Ending position out of bounds: 5');
        expect(run("return 'abc'.left(5);").value).toBe('abc');
    });

    it('formats, joins, pads and abbreviates', () => {
        expect(run("return String.format('{0} of {1}', new List<Object>{ 1, 'two' });").value).toBe('1 of two');
        expect(run("return String.join(new List<Integer>{ 1, 2, 3 }, '-');").value).toBe('1-2-3');
        expect(run("return '7'.leftPad(3, '0');").value).toBe('007');
        expect(run("return 'abcdefgh'.abbreviate(6);").value).toBe('abc...');
        expect(run("return 'kitten'.getLevenshteinDistance('sitting');").value).toBe(3);
    });

    it('replaceAll() uses Java regular expressions and $n references', () => {
        expect(run("return 'a1b22'.replaceAll('[0-9]+', '#');").value).toBe('a#b#');
        expect(run("return 'John Smith'.replaceAll('(\\\\w+) (\\\\w+)', '$2, $1');").value).toBe('Smith, John');
    });
});
