// The program: every class and trigger of the package, bound. Builds ClassInfo from the parsed
// files (inner classes, members, initialisers in source order), links superclasses and
// interfaces, and resolves type names the way Apex does, ignoring case: inner classes of the
// current class and its outer classes first, then top-level classes, SObjects, system types.
import type { ApexFile, Member, TriggerDecl, TypeDecl, TypeRef } from '../parser/ast';
import { EnumValue, OBJECT_TYPE, prim, type ApexType, type PrimitiveName } from '../evaluator/values';
import { ClassInfo, paramsOf } from './classInfo';
import { SystemClasses } from './systemClasses';

export class BindError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'BindError';
    }
}

/** Names the binder cannot know by itself: the org's SObjects and the platform library's types. */
export interface PlatformNames {
    /** The canonical SObject name for a name such as 'case' or 'Playbook_Setting__mdt', if the org has it. */
    sobjectName(name: string): string | null;
    /** The canonical name of a platform type ('Pattern', 'Database.SaveResult', 'Schema.DescribeFieldResult'). */
    nativeTypeName(qualifiedName: string): string | null;
}

export interface TriggerInfo {
    decl: TriggerDecl;
    file: string;
}

const PRIMITIVE_NAMES: Record<string, PrimitiveName> = {
    boolean: 'Boolean',
    integer: 'Integer',
    long: 'Long',
    double: 'Double',
    decimal: 'Decimal',
    string: 'String',
    id: 'Id',
    date: 'Date',
    datetime: 'Datetime',
    time: 'Time',
    blob: 'Blob'
};

interface Cached {
    _type?: ApexType;
}

export class Program {
    readonly classes = new Map<string, ClassInfo>();
    readonly triggers: TriggerInfo[] = [];
    readonly system = new SystemClasses();
    /** Every class, inner ones included, by file. */
    readonly classesByFile = new Map<string, ClassInfo[]>();

    constructor(
        files: readonly ApexFile[],
        readonly platform: PlatformNames
    ) {
        for (const file of files) {
            if (file.type) {
                const cls = this.declare(file.type, file.path, null);
                if (this.classes.has(cls.lower)) throw new BindError(`${file.path}: class ${cls.name} is declared twice`);
                this.classes.set(cls.lower, cls);
            }
            if (file.trigger) this.triggers.push({ decl: file.trigger, file: file.path });
        }
        for (const cls of this.allClasses()) this.link(cls);
    }

    *allClasses(): Iterable<ClassInfo> {
        for (const list of this.classesByFile.values()) yield* list;
    }

    private declare(decl: TypeDecl, file: string, outer: ClassInfo | null): ClassInfo {
        const name = outer ? `${outer.name}.${decl.name}` : decl.name;
        const cls = new ClassInfo(name, decl.kind, decl, file, outer, decl.m);
        const list = this.classesByFile.get(file) ?? [];
        list.push(cls);
        this.classesByFile.set(file, list);
        if (decl.kind === 'enum') {
            cls.enumValues = decl.enumValues.map((value, ordinal) => new EnumValue(cls, value, ordinal));
        }
        for (const member of decl.members) this.declareMember(cls, member, file);
        return cls;
    }

    private declareMember(cls: ClassInfo, member: Member, file: string): void {
        switch (member.k) {
            case 'field':
                for (const declarator of member.d) {
                    const isStatic = member.m.words.includes('static');
                    const field = {
                        name: declarator.n,
                        typeRef: member.t,
                        init: declarator.e,
                        isStatic,
                        isFinal: member.m.words.includes('final'),
                        line: declarator.l,
                        owner: cls
                    };
                    cls.fields.set(declarator.n.toLowerCase(), field);
                    (isStatic ? cls.staticInits : cls.instanceInits).push({ kind: 'field', field });
                }
                return;
            case 'property': {
                const property = {
                    name: member.n,
                    typeRef: member.t,
                    isStatic: member.m.words.includes('static'),
                    get: member.get,
                    set: member.set,
                    owner: cls,
                    line: member.l
                };
                cls.properties.set(member.n.toLowerCase(), property);
                (property.isStatic ? cls.staticInits : cls.instanceInits).push({ kind: 'property', property });
                return;
            }
            case 'method':
                cls.addMethod({
                    kind: 'method',
                    name: member.n,
                    params: paramsOf(member.params),
                    ret: member.ret,
                    body: member.body,
                    isStatic: member.m.words.includes('static'),
                    isAbstract: member.m.words.includes('abstract') || (cls.kind === 'interface' && !member.body),
                    annotations: member.m.annotations,
                    words: member.m.words,
                    owner: cls,
                    line: member.l
                });
                return;
            case 'ctor':
                cls.ctors.push({
                    kind: 'ctor',
                    name: cls.simpleName,
                    params: paramsOf(member.params),
                    ret: null,
                    body: member.body,
                    isStatic: false,
                    isAbstract: false,
                    annotations: member.m.annotations,
                    words: member.m.words,
                    owner: cls,
                    line: member.l
                });
                return;
            case 'init':
                (member.isStatic ? cls.staticInits : cls.instanceInits).push({ kind: 'block', body: member.body });
                return;
            case 'type': {
                const inner = this.declare(member.decl, file, cls);
                cls.inners.set(member.decl.name.toLowerCase(), inner);
                return;
            }
        }
    }

    private link(cls: ClassInfo): void {
        const decl = cls.decl;
        if (!decl) return;
        if (decl.ext) {
            const parent = this.resolveClass(decl.ext, cls.outer ?? cls);
            if (!parent) throw new BindError(`${cls.file}:${decl.l}: ${cls.name} extends unknown class ${decl.ext.names.join('.')}`);
            cls.superclass = parent;
        }
        for (const ref of decl.impl) {
            const implemented = this.resolveClass(ref, cls.outer ?? cls);
            if (!implemented) throw new BindError(`${cls.file}:${decl.l}: ${cls.name} implements unknown interface ${ref.names.join('.')}`);
            cls.interfaces.push(implemented);
        }
    }

    private resolveClass(ref: TypeRef, from: ClassInfo): ClassInfo | null {
        const type = this.resolveType(ref, from);
        return type.k === 'class' ? type.cls : null;
    }

    /** A user class by simple or dotted name, seen from `from` (inner classes first). */
    findClass(names: readonly string[], from: ClassInfo | null): ClassInfo | null {
        const [first, ...rest] = names.map((name) => name.toLowerCase());
        let cls: ClassInfo | null = null;
        for (let scope = from; scope && !cls; scope = scope.outer) {
            if (scope.lower.endsWith(first as string) && scope.simpleName.toLowerCase() === first) cls = scope;
            for (let owner: ClassInfo | null = scope; owner && !cls; owner = owner.superclass) cls = owner.inners.get(first as string) ?? null;
        }
        cls ??= this.classes.get(first as string) ?? null;
        for (const name of rest) {
            if (!cls) return null;
            cls = cls.inners.get(name) ?? null;
        }
        return cls;
    }

    /** The type a TypeRef names, seen from a class (null for trigger bodies). Throws when unknown. */
    resolveType(ref: TypeRef, from: ClassInfo | null): ApexType {
        const cached = ref as TypeRef & Cached;
        if (cached._type) return cached._type;
        let type = this.resolveNames(ref, from);
        for (let dim = 0; dim < ref.dims; dim++) type = { k: 'list', of: type };
        Object.defineProperty(cached, '_type', { value: type, enumerable: false });
        return type;
    }

    /** Like resolveType, but null for a name that is no type (for `Name.member` expressions). */
    tryResolveNames(names: readonly string[], from: ClassInfo | null): ApexType | null {
        try {
            return this.resolveNames({ names: [...names], args: [], dims: 0 }, from, true);
        } catch (error) {
            if (error instanceof BindError) return null;
            throw error;
        }
    }

    private resolveNames(ref: TypeRef, from: ClassInfo | null, quiet = false): ApexType {
        const names = ref.names;
        const lower = names.map((name) => name.toLowerCase());
        const arg = (index: number): ApexType => {
            const argument = ref.args[index];
            return argument ? this.resolveType(argument, from) : OBJECT_TYPE;
        };
        if (lower.length === 1 || (lower.length === 2 && lower[0] === 'system' && !this.classes.has('system'))) {
            const name = lower[lower.length - 1] as string;
            if (name === 'object') return OBJECT_TYPE;
            if (PRIMITIVE_NAMES[name]) return prim(PRIMITIVE_NAMES[name]);
            if (name === 'list') return { k: 'list', of: arg(0) };
            if (name === 'set') return { k: 'set', of: arg(0) };
            if (name === 'map') return { k: 'map', key: arg(0), value: arg(1) };
            if (name === 'sobject') return { k: 'sobject', name: null };
        }
        const user = this.findClass(names, from);
        if (user) return { k: 'class', cls: user };
        const qualified = lower[0] === 'schema' ? names.slice(1) : names;
        if (qualified.length === 1) {
            const sobject = this.platform.sobjectName(qualified[0] as string);
            if (sobject) return { k: 'sobject', name: sobject };
        }
        const system = this.system.find(names.join('.'));
        if (system) return { k: 'class', cls: system };
        const native = this.platform.nativeTypeName(names.join('.'));
        if (native) return { k: 'native', name: native };
        if (quiet) throw new BindError('no type');
        throw new BindError(`unknown type ${names.join('.')}`);
    }
}
