// The platform library's entry points: static members by type name ('String', 'System',
// 'Database', ...), instance methods by value kind ('String', 'List', 'SObject', ...), and
// constructors of platform types (`new Database.DMLOptions()`). Library files register here;
// the evaluator looks members up here and fails with `unsupported:` when one is missing.
import type { Interpreter } from '../evaluator/interpreter';
import type { Value } from '../evaluator/values';

export type StaticMethod = (rt: Interpreter, args: Value[]) => Value;
export type InstanceMethod<Self = never> = (rt: Interpreter, self: Self, args: Value[]) => Value;
export type StaticProperty = (rt: Interpreter) => Value;
export type Constructor = (rt: Interpreter, args: Value[]) => Value;

export interface StaticHolder {
    /** How the type is written, for messages: 'String', 'Database'. */
    name: string;
    methods?: Record<string, StaticMethod>;
    props?: Record<string, StaticProperty>;
    /** Properties whose names are data, e.g. `Schema.SObjectType.<object>`; undefined for an unknown name. */
    dynamicProp?: (rt: Interpreter, lower: string) => Value | undefined;
}

export class Natives {
    private readonly holders = new Map<string, StaticHolder>();
    private readonly instance = new Map<string, Record<string, InstanceMethod<unknown>>>();
    private readonly constructors = new Map<string, Constructor>();

    /** Static members of a type; method and property names are registered in lower case. */
    registerStatic(holder: StaticHolder): void {
        const key = holder.name.toLowerCase();
        const existing = this.holders.get(key);
        if (existing) {
            existing.methods = { ...existing.methods, ...holder.methods };
            existing.props = { ...existing.props, ...holder.props };
            existing.dynamicProp = holder.dynamicProp ?? existing.dynamicProp;
        } else {
            this.holders.set(key, { ...holder });
        }
    }

    registerInstance<Self>(kind: string, methods: Record<string, InstanceMethod<Self>>): void {
        const existing = this.instance.get(kind) ?? {};
        this.instance.set(kind, { ...existing, ...(methods as unknown as Record<string, InstanceMethod<unknown>>) });
    }

    registerConstructor(typeName: string, constructor: Constructor): void {
        this.constructors.set(typeName.toLowerCase(), constructor);
    }

    holder(typeName: string): StaticHolder | undefined {
        return this.holders.get(typeName.toLowerCase());
    }

    hasHolder(typeName: string): boolean {
        return this.holders.has(typeName.toLowerCase());
    }

    holderName(typeName: string): string | undefined {
        return this.holders.get(typeName.toLowerCase())?.name;
    }

    instanceMethod(kind: string, lower: string): InstanceMethod<unknown> | undefined {
        return this.instance.get(kind)?.[lower];
    }

    constructorOf(typeName: string): Constructor | undefined {
        return this.constructors.get(typeName.toLowerCase());
    }
}

/** A platform object whose methods and properties are TypeScript functions. */
export interface NativeBehaviour {
    invoke(rt: Interpreter, lower: string, args: Value[]): Value;
    getProperty?(rt: Interpreter, lower: string): Value;
    setProperty?(rt: Interpreter, lower: string, value: Value): void;
}
