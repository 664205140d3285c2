/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Statements: Apex Developer Guide "Control Flow Statements" (if, loops, break and continue),
// "Switch Statements" (string clauses are case-sensitive; sObject types with a variable; when null,
// when else), "Exceptions in Apex" (try, catch, finally; custom exceptions; exception methods),
// "Expression Operators" (?. and ??), "Classes, Objects, and Interfaces" (instanceof, casts).
import { run } from './helpers';

describe('loops', () => {
    it('run for, for-each, while and do-while with break and continue', () => {
        expect(run('Integer s = 0; for (Integer i = 0; i < 10; i++) { if (i == 5) break; if (Math.mod(i, 2) == 0) continue; s += i; } return s;').value).toBe(4);
        expect(run("String s = ''; for (String x : new List<String>{'a', 'b'}) { s += x; } return s;").value).toBe('ab');
        expect(run('Integer i = 0; while (i < 3) { i++; } return i;').value).toBe(3);
        expect(run('Integer i = 10; do { i++; } while (i < 3); return i;').value).toBe(11);
    });

    it('refuse to change a collection while iterating over it (System.FinalException)', () => {
        expect(run("List<Integer> l = new List<Integer>{1, 2}; for (Integer x : l) { l.add(3); } return l;").error).toBe(
            'System.FinalException: Cannot modify a collection while it is being iterated.'
        );
    });
});

describe('switch on', () => {
    it('matches String values case-sensitively', () => {
        const body = (value: string) => `String v = '${value}'; switch on v { when 'a' { return 1; } when 'b', 'c' { return 2; } when else { return 0; } }`;
        expect(run(body('a')).value).toBe(1);
        expect(run(body('c')).value).toBe(2);
        expect(run(body('A')).value).toBe(0);
    });

    it('matches enum values, null and SObject types with a variable', () => {
        expect(run('System.TriggerOperation op = System.TriggerOperation.AFTER_UPDATE; switch on op { when BEFORE_INSERT { return 1; } when AFTER_UPDATE { return 2; } when else { return 3; } }').value).toBe(2);
        expect(run('String v; switch on v { when null { return 1; } when else { return 2; } }').value).toBe(1);
        expect(run("SObject r = new Contact(LastName = 'X'); switch on r { when Account a { return 'account'; } when Contact c { return c.LastName; } when else { return 'other'; } }").value).toBe('X');
    });
});

describe('exceptions', () => {
    it('give system exceptions the platform messages', () => {
        expect(run('String s; return s.length();').error).toBe('System.NullPointerException: Attempt to de-reference a null object');
        expect(run('return new List<Integer>()[2];').error).toBe('System.ListException: List index out of bounds: 2');
        expect(run('List<Integer> l; return l[0];').error).toBe('System.NullPointerException: Attempt to de-reference a null object');
        expect(run("Object o = 'x'; return (Integer) o;").error).toBe('System.TypeException: Invalid conversion from runtime type String to Integer');
        expect(run("return Id.valueOf('nope');").error).toBe('System.StringException: Invalid id: nope');
    });

    it('catch by type, run finally, and let a return in finally win', () => {
        expect(run("try { Integer[] a = new Integer[1]; return a[3]; } catch (ListException e) { return 'caught ' + e.getTypeName(); }").value).toBe('caught System.ListException');
        expect(run("String log = ''; try { log += 't'; } finally { log += 'f'; } return log;").value).toBe('tf');
        expect(run("try { return 'try'; } finally { System.debug('finally runs'); }").value).toBe('try');
        expect(run("Integer i = 0; try { i = 1; throw new MyException('x'); } catch (Exception e) { i = 2; } finally { i = i * 10; } return i;", 'class MyException extends Exception {}').value).toBe(20);
    });

    it('give custom exceptions the four constructors and the Exception methods', () => {
        const members = 'public class CustomException extends Exception {}';
        expect(run("return new CustomException('boom').getMessage();", members).value).toBe('boom');
        expect(run("Exception cause = new CustomException('inner'); return new CustomException('outer', cause).getCause().getMessage();", members).value).toBe('inner');
        expect(run("return new CustomException(new CustomException('c')).getCause().getMessage();", members).value).toBe('c');
        expect(run('return new CustomException().getMessage();', members).value).toBeNull();
        expect(run("return new CustomException('x').getTypeName();", members).value).toBe('T.CustomException');
        expect(run("CustomException e = new CustomException('x');\nreturn e.getLineNumber();", members).value).toBe(4);
    });

    it('runs a custom exception\'s own constructor, which may call setMessage', () => {
        const members = "public class CodedException extends Exception { public String code; public CodedException(String code, String message) { setMessage(message); this.code = code; } }";
        expect(run("CodedException e = new CodedException('C1', 'msg'); return e.code + ':' + e.getMessage();", members).value).toBe('C1:msg');
    });

    it('cannot catch an assertion failure, nor an unsupported construct', () => {
        expect(run("try { Assert.areEqual(1, 2, 'numbers'); } catch (Exception e) { return 'caught'; } return 'no';").error).toBe(
            'System.AssertException: Assertion Failed: numbers: Expected: 1, Actual: 2'
        );
        expect(run("try { Test.loadData(Account.SObjectType, 'accounts'); return 'loaded'; } catch (Exception e) { return 'caught'; }").error).toMatch(/^unsupported: Test.loadData/);
    });

    // An unknown name, method or field of the package's own code fails to compile in an org (the deploy fails);
    // the runtime reports it with the compiler's words (Apex Developer Guide "Variables"; the compiler's
    // "Variable does not exist" and "Method does not exist or incorrect signature" errors), never as a catchable
    // exception. A platform class the runtime does not model stays unsupported.
    it('reports an unknown variable, method or field of the package\'s code as a compile error, uncatchable', () => {
        expect(run('try { return request; } catch (Exception e) { return \'caught\'; }').error).toBe('compile: Variable does not exist: request (T.cls:4)');
        expect(run('request = 1;\nreturn null;').error).toBe('compile: Variable does not exist: request (T.cls:4)');
        expect(run('return helper(1);').error).toBe('compile: Method does not exist or incorrect signature: void helper(Integer) from the type T (T.cls:4)');
        expect(run("return T.missing('a');").error).toBe('compile: Method does not exist or incorrect signature: void missing(String) from the type T (T.cls:4)');
        const members = 'public class Box { public Integer size; public void fill() {} }';
        expect(run('Box b = new Box();\nreturn b.colour;', members).error).toBe('compile: Variable does not exist: colour (T.cls:5)');
        expect(run('Box b = new Box();\nb.colour = 1;\nreturn null;', members).error).toBe('compile: Variable does not exist: colour (T.cls:5)');
        expect(run('Box b = new Box();\nb.empty();\nreturn null;', members).error).toBe('compile: Method does not exist or incorrect signature: void empty() from the type T.Box (T.cls:5)');
        expect(run('return T.NOT_THERE;').error).toBe('compile: Variable does not exist: NOT_THERE (T.cls:4)');
        expect(run('return BusinessHoursLike.isWithin(null, null);').error).toMatch(/^unsupported: /);
    });

    it('hides the message of an AuraHandledException until setMessage', () => {
        expect(run("return new AuraHandledException('secret').getMessage();").value).toBe('Script-thrown exception');
        expect(run("AuraHandledException e = new AuraHandledException('x'); e.setMessage('shown'); return e.getMessage();").value).toBe('shown');
    });
});

describe('operators', () => {
    it('?. returns null for a null target and ?? picks the first non-null', () => {
        expect(run('Account a; return a?.Name;').value).toBeNull();
        expect(run("String s; return s ?? 'fallback';").value).toBe('fallback');
        expect(run("return 'set' ?? 'fallback';").value).toBe('set');
    });

    it('instanceof is false for null and follows the class tree', () => {
        expect(run('Object o; return o instanceof String;').value).toBe(false);
        expect(run("Object o = new DmlException('x'); return o instanceof Exception;").value).toBe(true);
        expect(run("Object o = new List<String>(); return o instanceof List<Object>;").value).toBe(true);
    });

    it('&& and || short-circuit; a null Boolean in a condition is a NullPointerException', () => {
        expect(run('String s; return s != null && s.length() > 0;').value).toBe(false);
        expect(run('Boolean b; if (b) { return 1; } return 0;').error).toBe('System.NullPointerException: Attempt to de-reference a null object');
    });
});
