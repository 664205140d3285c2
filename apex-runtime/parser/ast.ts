// The compact syntax tree the evaluator runs: plain JSON objects (so a parsed file can be cached on
// disk), each with its kind `k` and its source line `l`. Names keep the case they were written in;
// the binder and evaluator compare them case-insensitively, as Apex does.

/** A type as written: `List<String>`, `Map<Id, Case>`, `Schema.SObjectField`, `String[]` (dims 1). */
export interface TypeRef {
    names: string[];
    args: TypeRef[];
    dims: number;
}

export interface Annotation {
    name: string;
    /** Element-value pairs in lower case, e.g. { cacheable: 'true' } (values as their source text). */
    params: Record<string, string>;
}

interface At {
    l: number;
}

export type LiteralType = 'int' | 'long' | 'decimal' | 'double' | 'string' | 'boolean' | 'null';

export type Expr =
    | ({ k: 'lit'; t: LiteralType; v: string | boolean | null } & At)
    | ({ k: 'name'; n: string } & At)
    | ({ k: 'this' } & At)
    | ({ k: 'super' } & At)
    | ({ k: 'field'; o: Expr; n: string; safe: boolean } & At)
    | ({ k: 'call'; o: Expr | null; n: string; a: Expr[]; safe: boolean } & At)
    | ({ k: 'ctorcall'; which: 'this' | 'super'; a: Expr[] } & At)
    | ({ k: 'index'; o: Expr; i: Expr } & At)
    | ({ k: 'new'; t: TypeRef; a: Expr[] } & At)
    | ({ k: 'newarray'; t: TypeRef; size: Expr | null; items: Expr[] | null } & At)
    | ({ k: 'newcoll'; t: TypeRef; items: Expr[] } & At)
    | ({ k: 'newmap'; t: TypeRef; pairs: [Expr, Expr][] } & At)
    | ({ k: 'cast'; t: TypeRef; e: Expr } & At)
    | ({ k: 'incdec'; op: '++' | '--'; prefix: boolean; e: Expr } & At)
    | ({ k: 'unary'; op: '!' | '~' | '-' | '+'; e: Expr } & At)
    | ({ k: 'bin'; op: string; x: Expr; y: Expr } & At)
    | ({ k: 'instanceof'; e: Expr; t: TypeRef } & At)
    | ({ k: 'cond'; c: Expr; a: Expr; b: Expr } & At)
    | ({ k: 'assign'; op: string; target: Expr; e: Expr } & At)
    | ({ k: 'typelit'; t: TypeRef | null } & At)
    | ({ k: 'soql'; text: string; col: number } & At)
    | ({ k: 'sosl'; text: string; col: number } & At);

export interface VarDecl {
    n: string;
    e: Expr | null;
    l: number;
}

export type WhenValue =
    | { kind: 'else' }
    | { kind: 'values'; values: (Expr | { k: 'enumname'; n: string; l: number })[] }
    | { kind: 'type'; t: TypeRef; n: string };

export interface CatchClause {
    t: string[];
    n: string;
    b: Block;
    l: number;
}

export type Stmt =
    | Block
    | ({ k: 'local'; t: TypeRef; d: VarDecl[]; final: boolean } & At)
    | ({ k: 'expr'; e: Expr } & At)
    | ({ k: 'if'; c: Expr; t: Stmt; f: Stmt | null } & At)
    | ({ k: 'switch'; e: Expr; whens: { v: WhenValue; b: Block; l: number }[] } & At)
    | ({ k: 'for'; init: Stmt | Expr[] | null; c: Expr | null; u: Expr[]; b: Stmt | null } & At)
    | ({ k: 'foreach'; t: TypeRef; n: string; e: Expr; b: Stmt | null } & At)
    | ({ k: 'while'; c: Expr; b: Stmt | null } & At)
    | ({ k: 'do'; b: Block; c: Expr } & At)
    | ({ k: 'try'; b: Block; catches: CatchClause[]; f: Block | null } & At)
    | ({ k: 'return'; e: Expr | null } & At)
    | ({ k: 'throw'; e: Expr } & At)
    | ({ k: 'break' } & At)
    | ({ k: 'continue' } & At)
    | ({ k: 'dml'; op: DmlOperation; access: 'user' | 'system' | null; e: Expr; e2: Expr | null; field: string[] | null } & At)
    | ({ k: 'runas'; a: Expr[]; b: Block } & At)
    | ({ k: 'empty' } & At);

export type DmlOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';

export interface Block extends At {
    k: 'block';
    b: Stmt[];
    /** The line of the closing brace. */
    end: number;
}

export interface Modifiers {
    /** Lower-case keywords: public, static, virtual, with sharing, testmethod, ... */
    words: string[];
    annotations: Annotation[];
}

export interface Param {
    t: TypeRef;
    n: string;
}

export type Member =
    | ({ k: 'field'; m: Modifiers; t: TypeRef; d: VarDecl[] } & At)
    | ({ k: 'method'; m: Modifiers; ret: TypeRef | null; n: string; params: Param[]; body: Block | null } & At)
    | ({ k: 'ctor'; m: Modifiers; params: Param[]; body: Block } & At)
    | ({ k: 'property'; m: Modifiers; t: TypeRef; n: string; get: Accessor | null; set: Accessor | null } & At)
    | ({ k: 'init'; isStatic: boolean; body: Block } & At)
    | ({ k: 'type'; decl: TypeDecl } & At);

export interface Accessor {
    m: Modifiers;
    body: Block | null;
    l: number;
}

export interface TypeDecl {
    kind: 'class' | 'interface' | 'enum';
    name: string;
    m: Modifiers;
    ext: TypeRef | null;
    /** Implemented interfaces (classes) or extended interfaces (interfaces). */
    impl: TypeRef[];
    members: Member[];
    enumValues: string[];
    l: number;
    end: number;
}

export interface TriggerDecl {
    name: string;
    object: string;
    /** e.g. 'before insert', 'after update'. */
    events: string[];
    body: Stmt[];
    l: number;
    end: number;
}

/** One parsed source file. */
export interface ApexFile {
    path: string;
    kind: 'class' | 'trigger';
    type: TypeDecl | null;
    trigger: TriggerDecl | null;
    /** Lines holding a statement or a field initialiser: what line coverage counts. */
    executableLines: number[];
}
