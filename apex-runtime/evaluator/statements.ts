// Statements: blocks, loops, try/catch/finally, switch and the rest of `Stmt`, run over a Scope.
import type { Block, CatchClause, Expr, Stmt, WhenValue } from '../parser/ast';
import { beginIteration, endIteration } from './collections';
import { ApexThrow } from './errors';
import { nullPointer } from './operators';
import { isInstanceOf, runtimeTypeName } from './types';
import { ApexList, ApexObject, ApexSet, EnumValue, type ApexType, type Value } from './values';
import type { Interpreter } from './interpreter';
import { BREAK, CONTINUE, ReturnSignal, type Signal, Scope } from './frames';

// ---- statements -----------------------------------------------------------------------------------

export function execBlock(it: Interpreter, block: Block, parent: Scope): Signal {
    return execStatements(it, block.b, new Scope(parent));
}

export function execStatements(it: Interpreter, statements: readonly Stmt[], scope: Scope): Signal {
    for (const statement of statements) {
        const signal = exec(it, statement, scope);
        if (signal) return signal;
    }
    return undefined;
}

export function exec(it: Interpreter, statement: Stmt, scope: Scope): Signal {
    const frame = it.frame;
    if (statement.k !== 'block') {
        frame.line = statement.l;
        it.markLine(statement.l);
    }
    const previousScope = frame.scope;
    frame.scope = scope;
    try {
        return execIn(it, statement, scope);
    } finally {
        frame.scope = previousScope;
    }
}

export function execIn(it: Interpreter, statement: Stmt, scope: Scope): Signal {
    switch (statement.k) {
        case 'block':
            return execBlock(it, statement, scope);
        case 'local': {
            const type = it.resolveType(statement.t);
            for (const declarator of statement.d) {
                const value = declarator.e ? it.convertForAssignment(it.eval(declarator.e), type) : null;
                scope.vars.set(declarator.n.toLowerCase(), { value, type });
            }
            return undefined;
        }
        case 'expr':
            if (statement.e.k === 'ctorcall') it.unsupported('it(...) or super(...) outside the first line of a constructor');
            it.eval(statement.e);
            return undefined;
        case 'if':
            if (condition(it, statement.c)) return exec(it, statement.t, new Scope(scope));
            return statement.f ? exec(it, statement.f, new Scope(scope)) : undefined;
        case 'return':
            return new ReturnSignal(statement.e ? it.eval(statement.e) : null);
        case 'for':
            return execFor(it, statement, scope);
        case 'foreach':
            return execForEach(it, statement, scope);
        case 'while':
            while (condition(it, statement.c)) {
                const signal = statement.b ? exec(it, statement.b, new Scope(scope)) : undefined;
                if (signal === BREAK) break;
                if (signal instanceof ReturnSignal) return signal;
            }
            return undefined;
        case 'do':
            do {
                const signal = execBlock(it, statement.b, scope);
                if (signal === BREAK) break;
                if (signal instanceof ReturnSignal) return signal;
            } while (condition(it, statement.c));
            return undefined;
        case 'try':
            return execTry(it, statement, scope);
        case 'throw': {
            const value = it.eval(statement.e);
            if (value === null) throw it.toApex(nullPointer());
            if (!(value instanceof ApexObject) || !value.cls.isException) it.unsupported(`throwing a ${runtimeTypeName(value)}`);
            throw new ApexThrow(value);
        }
        case 'break':
            return BREAK;
        case 'continue':
            return CONTINUE;
        case 'switch':
            return execSwitch(it, statement, scope);
        case 'dml': {
            const target = it.eval(statement.e);
            const merged = statement.e2 ? it.eval(statement.e2) : null;
            it.native(() => it.org.dmlStatement(it, statement.op, statement.access, target, { upsertField: statement.field, merged }, it.site()));
            return undefined;
        }
        case 'runas': {
            if (statement.a.length !== 1) it.unsupported('System.runAs with a version argument');
            const user = it.eval(statement.a[0]!);
            let signal: Signal;
            it.native(() => it.org.runAs(it, user, () => {
                signal = execBlock(it, statement.b, scope);
            }));
            return signal;
        }
        case 'empty':
            return undefined;
    }
}

export function condition(it: Interpreter, expr: Expr): boolean {
    const value = it.eval(expr);
    if (value === null) throw it.toApex(nullPointer());
    if (typeof value !== 'boolean') it.unsupported(`condition of type ${runtimeTypeName(value)}`);
    return value;
}

export function execFor(it: Interpreter, statement: Extract<Stmt, { k: 'for' }>, parent: Scope): Signal {
    const scope = new Scope(parent);
    const frame = it.frame;
    frame.scope = scope;
    if (statement.init) {
        if (Array.isArray(statement.init)) for (const expr of statement.init) it.eval(expr);
        else exec(it, statement.init, scope);
    }
    for (;;) {
        frame.line = statement.l;
        frame.scope = scope;
        if (statement.c && !condition(it, statement.c)) break;
        const signal = statement.b ? exec(it, statement.b, new Scope(scope)) : undefined;
        if (signal === BREAK) break;
        if (signal instanceof ReturnSignal) return signal;
        frame.scope = scope;
        for (const update of statement.u) it.eval(update);
    }
    return undefined;
}

export function execForEach(it: Interpreter, statement: Extract<Stmt, { k: 'foreach' }>, parent: Scope): Signal {
    const type = it.resolveType(statement.t);
    const collection = it.eval(statement.e);
    if (collection === null) throw it.toApex(nullPointer());
    let items: Value[];
    if (collection instanceof ApexList) {
        items = collection.items;
        // SOQL for loop with a list variable: the rows come in batches of 200 (Apex Developer Guide "SOQL For Loops").
        if (statement.e.k === 'soql' && type.k === 'list') {
            const batches: Value[] = [];
            for (let start = 0; start < items.length; start += 200) batches.push(new ApexList(type.of, items.slice(start, start + 200)));
            items = batches;
        }
    } else if (collection instanceof ApexSet) {
        items = [...collection.entries.values()];
    } else {
        return it.unsupported(`for loop over ${runtimeTypeName(collection)}`);
    }
    const name = statement.n.toLowerCase();
    beginIteration(collection);
    try {
        for (let index = 0; index < items.length; index++) {
            const scope = new Scope(parent);
            scope.vars.set(name, { value: it.convertForAssignment(items[index] as Value, type), type });
            it.frame.line = statement.l;
            const signal = statement.b ? exec(it, statement.b, scope) : undefined;
            if (signal === BREAK) break;
            if (signal instanceof ReturnSignal) return signal;
        }
    } finally {
        endIteration(collection);
    }
    return undefined;
}

export function execTry(it: Interpreter, statement: Extract<Stmt, { k: 'try' }>, scope: Scope): Signal {
    let signal: Signal;
    try {
        try {
            signal = execBlock(it, statement.b, scope);
        } catch (error) {
            const thrown = it.toApex(error);
            if (!(thrown instanceof ApexThrow) || thrown.uncatchable) throw thrown;
            const clause = statement.catches.find((candidate) => catches(it, candidate, thrown.exception));
            if (!clause) throw thrown;
            const catchScope = new Scope(scope);
            catchScope.vars.set(clause.n.toLowerCase(), { value: thrown.exception, type: { k: 'class', cls: thrown.exception.cls } });
            signal = execBlock(it, clause.b, catchScope);
        }
    } finally {
        if (statement.f) {
            const finallySignal = execBlock(it, statement.f, scope);
            if (finallySignal) signal = finallySignal;
        }
    }
    return signal;
}

export function catches(it: Interpreter, clause: CatchClause, exception: ApexObject): boolean {
    const type = it.resolveType({ names: clause.t, args: [], dims: 0 });
    return type.k === 'class' && exception.cls.isSubclassOf(type.cls);
}

export function execSwitch(it: Interpreter, statement: Extract<Stmt, { k: 'switch' }>, scope: Scope): Signal {
    const value = it.eval(statement.e);
    for (const when of statement.whens) {
        const bound = whenMatches(it, when.v, value);
        if (bound === false) continue;
        const whenScope = new Scope(scope);
        if (bound !== true) whenScope.vars.set(bound.name, { value, type: bound.type });
        it.frame.line = when.l;
        return execBlock(it, when.b, whenScope);
    }
    return undefined;
}

/**
 * Apex Developer Guide "Switch Statements": literal values (string clauses are case-sensitive),
 * enum values, `when null`, SObject types with a variable, and `when else`.
 */
export function whenMatches(it: Interpreter, when: WhenValue, value: Value): boolean | { name: string; type: ApexType } {
    if (when.kind === 'else') return true;
    if (when.kind === 'type') {
        const type = it.resolveType(when.t);
        return isInstanceOf(value, type) ? { name: when.n.toLowerCase(), type } : false;
    }
    for (const candidate of when.values) {
        if (candidate.k === 'enumname') {
            if (value instanceof EnumValue && value.name.toLowerCase() === candidate.n.toLowerCase()) return true;
            continue;
        }
        const literal = it.eval(candidate);
        if (literal === null ? value === null : typeof literal === 'string' ? value === literal : value !== null && it.equals(value, literal)) {
            return true;
        }
    }
    return false;
}
