// What the binder knows about a class, interface or enum: its members by lower-case name (Apex
// names ignore case), its place in the inheritance tree, and its initialisers in source order.
import type { Accessor, Annotation, Block, Expr, Modifiers, Param, TypeDecl, TypeRef } from '../parser/ast';
import type { ApexType, EnumValue } from '../evaluator/values';

export interface FieldInfo {
    name: string;
    typeRef: TypeRef;
    type?: ApexType;
    init: Expr | null;
    isStatic: boolean;
    isFinal: boolean;
    line: number;
    owner: ClassInfo;
}

export interface ParamInfo {
    name: string;
    typeRef: TypeRef;
    type?: ApexType;
}

export interface MethodInfo {
    kind: 'method' | 'ctor';
    name: string;
    params: ParamInfo[];
    /** null for void methods and constructors. */
    ret: TypeRef | null;
    retType?: ApexType;
    body: Block | null;
    isStatic: boolean;
    isAbstract: boolean;
    annotations: Annotation[];
    words: string[];
    owner: ClassInfo;
    line: number;
}

export interface PropertyInfo {
    name: string;
    typeRef: TypeRef;
    type?: ApexType;
    isStatic: boolean;
    get: Accessor | null;
    set: Accessor | null;
    owner: ClassInfo;
    line: number;
}

/** An initialiser in source order: a field's initial value or an initializer block. */
export type Initializer = { kind: 'field'; field: FieldInfo } | { kind: 'property'; property: PropertyInfo } | { kind: 'block'; body: Block };

export type Sharing = 'with' | 'without' | 'inherited' | null;

export class ClassInfo {
    readonly lower: string;
    superclass: ClassInfo | null = null;
    interfaces: ClassInfo[] = [];
    readonly inners = new Map<string, ClassInfo>();
    readonly fields = new Map<string, FieldInfo>();
    readonly properties = new Map<string, PropertyInfo>();
    readonly methods = new Map<string, MethodInfo[]>();
    readonly ctors: MethodInfo[] = [];
    readonly staticInits: Initializer[] = [];
    readonly instanceInits: Initializer[] = [];
    enumValues: EnumValue[] = [];
    /** The namespace of a system type ('System', 'Database', ...); null for the package's own classes. */
    systemNamespace: string | null = null;

    constructor(
        /** Dotted name from the outermost class, e.g. 'CallWizardContract.ContactSummary'. */
        readonly name: string,
        readonly kind: 'class' | 'interface' | 'enum',
        readonly decl: TypeDecl | null,
        readonly file: string,
        readonly outer: ClassInfo | null,
        readonly modifiers: Modifiers
    ) {
        this.lower = name.toLowerCase();
    }

    get simpleName(): string {
        return this.name.slice(this.name.lastIndexOf('.') + 1);
    }

    has(word: string): boolean {
        return this.modifiers.words.includes(word);
    }

    annotation(name: string): Annotation | undefined {
        const lower = name.toLowerCase();
        return this.modifiers.annotations.find((annotation) => annotation.name.toLowerCase() === lower);
    }

    get isTest(): boolean {
        return Boolean(this.annotation('IsTest'));
    }

    get isAbstract(): boolean {
        return this.has('abstract');
    }

    /** The class keyword that decides record sharing in system mode; inner classes without one use the outer's. */
    get sharing(): Sharing {
        if (this.has('with sharing')) return 'with';
        if (this.has('without sharing')) return 'without';
        if (this.has('inherited sharing')) return 'inherited';
        return this.outer ? this.outer.sharing : null;
    }

    /** True when this is `other` or inherits from or implements it. */
    isSubclassOf(other: ClassInfo): boolean {
        const seen = new Set<ClassInfo>();
        const visit = (cls: ClassInfo | null): boolean => {
            if (!cls || seen.has(cls)) return false;
            seen.add(cls);
            if (cls === other) return true;
            return visit(cls.superclass) || cls.interfaces.some((implemented) => visit(implemented));
        };
        return visit(this);
    }

    /** This class, then its superclass, and so on. */
    *lineage(): Iterable<ClassInfo> {
        yield this;
        if (this.superclass) yield* this.superclass.lineage();
    }

    get isException(): boolean {
        this.exceptionFlag ??= [...this.lineage()].some((cls) => cls.systemNamespace === 'System' && cls.lower === 'exception');
        return this.exceptionFlag;
    }

    private exceptionFlag: boolean | undefined;
    private readonly methodCache = new Map<string, MethodInfo[]>();

    /** The methods named `lower` that this class declares or inherits, most derived first. */
    methodsNamed(lower: string): MethodInfo[] {
        const cached = this.methodCache.get(lower);
        if (cached) return cached;
        const found: MethodInfo[] = [];
        for (const cls of this.lineage()) {
            for (const method of cls.methods.get(lower) ?? []) {
                if (!found.some((existing) => sameSignature(existing, method))) found.push(method);
            }
        }
        this.methodCache.set(lower, found);
        return found;
    }

    findField(lower: string): FieldInfo | undefined {
        return this.fields.get(lower) ?? this.superclass?.findField(lower);
    }

    findProperty(lower: string): PropertyInfo | undefined {
        return this.properties.get(lower) ?? this.superclass?.findProperty(lower);
    }

    addMethod(method: MethodInfo): void {
        const lower = method.name.toLowerCase();
        const list = this.methods.get(lower) ?? [];
        list.push(method);
        this.methods.set(lower, list);
    }
}

function sameSignature(a: MethodInfo, b: MethodInfo): boolean {
    if (a.params.length !== b.params.length) return false;
    return a.params.every((param, index) => typeRefText(param.typeRef) === typeRefText(b.params[index]!.typeRef));
}

export function typeRefText(type: TypeRef): string {
    const base = type.names.join('.') + (type.args.length ? `<${type.args.map(typeRefText).join(',')}>` : '');
    return (base + '[]'.repeat(type.dims)).toLowerCase();
}

export function paramsOf(params: Param[]): ParamInfo[] {
    return params.map((param) => ({ name: param.n, typeRef: param.t }));
}
