/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Classes: Apex Developer Guide "Classes, Objects, and Interfaces" (inheritance, virtual, abstract
// and override, interfaces, inner classes, constructors and this(...)/super(...)), "Using
// Constructors", "Apex Properties" (a property's accessors refer to its own backing value), "Static
// and Instance Methods, Variables, and Initialization Code" (static variables per transaction,
// initialisation in source order), "Enums" (values(), valueOf, name(), ordinal()).
import { call, run, runtimeWith } from './helpers';

describe('inheritance', () => {
    const shapes = {
        'Shape.cls': 'public abstract class Shape { public abstract Decimal area(); public virtual String describe() { return name() + \' of \' + area(); } protected virtual String name() { return \'shape\'; } }',
        'Square.cls': 'public virtual class Square extends Shape { Decimal side; public Square(Decimal side) { this.side = side; } public override Decimal area() { return side * side; } protected override String name() { return \'square\'; } }',
        'Cube.cls': 'public class Cube extends Square { public Cube(Decimal side) { super(side); } public override String describe() { return \'cube: \' + super.describe(); } }'
    };

    it('dispatches virtual methods on the runtime class and super calls on the parent', () => {
        const runtime = runtimeWith({ ...shapes, 'T.cls': 'public class T { public static Object run() { Shape s = new Cube(2); return s.describe(); } }' });
        expect(call(runtime, 'T').value).toBe('cube: square of 4');
    });

    it('refuses new on an abstract class', () => {
        const runtime = runtimeWith({ ...shapes, 'T.cls': 'public class T { public static Object run() { return new Shape(); } }' });
        expect(call(runtime, 'T').error).toMatch(/^unsupported: new on abstract class Shape/);
    });

    it('calls interface methods on the implementing class', () => {
        const outcome = run(
            "Greeter g = new Polite(); return g.greet('Ada') + (g instanceof Greeter);",
            "interface Greeter { String greet(String name); } class Polite implements Greeter { public String greet(String name) { return 'Hello ' + name; } }"
        );
        expect(outcome.value).toBe('Hello Adatrue');
    });
});

describe('constructors and initialisation', () => {
    it('chains this(...), runs field initialisers before the constructor body', () => {
        const members = "class P { public String log = 'init'; public P() { this('default'); log += '|noarg'; } public P(String s) { log += '|' + s; } }";
        expect(run('return new P().log;', members).value).toBe('init|default|noarg');
    });

    it('initialises statics once per transaction, in source order', () => {
        const members = "static Integer calls = 0; static String first = 'a' + next(); static String second = 'b' + next(); static Integer next() { calls = calls == null ? 1 : calls + 1; return calls; }";
        expect(run("return first + second;", members).value).toBe('a1b2');
    });

    it('gives each transaction fresh static variables', () => {
        const runtime = runtimeWith({ 'Counter.cls': 'public class Counter { static Integer count = 0; public static Object run() { count++; return count; } }' });
        expect(call(runtime, 'Counter').value).toBe(1);
        expect(call(runtime, 'Counter').value).toBe(2);
        runtime.interpreter.resetTransaction();
        expect(call(runtime, 'Counter').value).toBe(1);
    });
});

describe('properties', () => {
    it('run get and set accessors, whose own name means the backing value', () => {
        const members = 'public static Integer doubled { get { return doubled == null ? 0 : doubled * 2; } set { doubled = value + 1; } }';
        expect(run('doubled = 4; return doubled;', members).value).toBe(10);
    });

    it('keeps automatic properties and private setters', () => {
        const members = 'class Box { public String label { get; private set; } public Box(String l) { label = l; } }';
        expect(run("return new Box('x').label;", members).value).toBe('x');
    });
});

describe('inner classes and enums', () => {
    it('resolves inner classes from the outer class and by qualified name', () => {
        const runtime = runtimeWith({
            'Outer.cls': 'public class Outer { public class Inner { public String name() { return \'inner\'; } } public static Inner make() { return new Inner(); } }',
            'T.cls': 'public class T { public static Object run() { Outer.Inner i = Outer.make(); return i.name() + (i instanceof Outer.Inner); } }'
        });
        expect(call(runtime, 'T').value).toBe('innertrue');
    });

    it('gives enums values(), valueOf, name() and ordinal()', () => {
        const members = 'public enum Level { LOW, MEDIUM, HIGH }';
        expect(run("return Level.valueOf('HIGH').ordinal() + ':' + Level.values().size() + ':' + Level.MEDIUM.name();", members).value).toBe('2:3:MEDIUM');
        expect(run("return String.valueOf(Level.LOW);", members).value).toBe('LOW');
    });
});

describe('overloads', () => {
    it('pick the method whose parameter types fit the arguments', () => {
        const members = "static String f(String s) { return 'string'; } static String f(Integer i) { return 'integer'; } static String f(Object o) { return 'object'; }";
        expect(run("return f('a') + f(1) + f(new List<String>());", members).value).toBe('stringintegerobject');
    });
});
