// Formula fields, as far as the package uses them. The platform calculates a formula field when the
// record is read; nothing is stored (Help "Formula Data Types", "Build a Formula Field"). This model
// parses each formula of the project's metadata when the org is built and evaluates it on every query,
// for the running user and the org's clock. It supports the part of the formula language the package's
// formulas use and refuses anything else with `unsupported:` when the org is built, never a silent null:
//   - return type Checkbox (a blank result is false: "Treat blank fields as zeroes", BlankAsZero);
//   - fields of the record's own object, `$User.Id`, TRUE, FALSE, NULL, and a field of the record's owner when the
//     owner is of one type: `Owner:User.IsActive` is the owner's field when the owner is a user and blank when it is
//     a queue (Help "Cross-Object Formula Considerations": "IF( ISBLANK( Owner:User.Id ), Owner:Queue.QueueEmail,
//     Owner:User.Email )"); other cross-object paths are refused;
//   - AND(), OR(), NOT(), ISBLANK(), NOW() (Help "Formula Operators and Functions by Context");
//   - the comparisons = == <> != < > <= >= and && ||.
// A comparison with a blank operand is blank, and blank counts as false in AND, OR and NOT, as a
// BlankAsZero checkbox formula treats it. Ids compare in either length.
import { sameId, isValidId } from './ids';
import type { FieldValue } from './values';

export interface FormulaContext {
    /** The value of a field of the record being read. */
    field(name: string): FieldValue | undefined;
    /** A field of the record the lookup `idField` points to when that record is a `type`; undefined otherwise. */
    related(idField: string, type: string, name: string): FieldValue | undefined;
    runningUserId: string;
    nowIso: string;
}

type Node =
    | { kind: 'literal'; value: FieldValue }
    | { kind: 'field'; name: string }
    | { kind: 'user'; name: 'Id' }
    | { kind: 'owner'; type: string; name: string }
    | { kind: 'call'; name: string; args: Node[] }
    | { kind: 'compare'; operator: string; left: Node; right: Node }
    | { kind: 'logical'; operator: '&&' | '||'; left: Node; right: Node };

export interface Formula {
    source: string;
    /** The fields of the same object the formula reads. */
    fields: readonly string[];
    evaluate(context: FormulaContext): boolean;
}

const FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = {
    AND: { min: 1, max: Infinity },
    OR: { min: 1, max: Infinity },
    NOT: { min: 1, max: 1 },
    ISBLANK: { min: 1, max: 1 },
    NOW: { min: 0, max: 0 }
};

const TOKEN = /\s*(?:(\$User\.[A-Za-z]+)|([A-Za-z]+:[A-Za-z]+\.[A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(\d+(?:\.\d+)?)|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(==|!=|<>|<=|>=|&&|\|\||[=<>(),]))/y;

function unsupported(source: string, what: string): Error {
    return new Error(`unsupported: formula "${source}": ${what}; the in-memory org evaluates only the formula functions and operators listed in spec/org/formulas.ts`);
}

function tokenize(source: string): string[] {
    const tokens: string[] = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < source.length) {
        const start = TOKEN.lastIndex;
        if (/^\s*$/.test(source.slice(start))) break;
        const match = TOKEN.exec(source);
        if (!match) throw unsupported(source, `cannot read "${source.slice(start).trim()}"`);
        tokens.push(match.slice(1).find((group) => group !== undefined) as string);
    }
    return tokens;
}

class Parser {
    private position = 0;
    readonly fields = new Set<string>();

    constructor(
        private readonly source: string,
        private readonly tokens: string[]
    ) {}

    parse(): Node {
        const node = this.or();
        if (this.position < this.tokens.length) throw unsupported(this.source, `unexpected "${this.tokens[this.position]}"`);
        return node;
    }

    private peek(): string | undefined {
        return this.tokens[this.position];
    }

    private take(expected?: string): string {
        const token = this.tokens[this.position];
        if (token === undefined || (expected !== undefined && token !== expected)) {
            throw unsupported(this.source, `expected ${expected ?? 'more'} at "${token ?? 'the end'}"`);
        }
        this.position += 1;
        return token;
    }

    private or(): Node {
        let left = this.and();
        while (this.peek() === '||') {
            this.take();
            left = { kind: 'logical', operator: '||', left, right: this.and() };
        }
        return left;
    }

    private and(): Node {
        let left = this.comparison();
        while (this.peek() === '&&') {
            this.take();
            left = { kind: 'logical', operator: '&&', left, right: this.comparison() };
        }
        return left;
    }

    private comparison(): Node {
        const left = this.primary();
        const operator = this.peek();
        if (operator && ['=', '==', '!=', '<>', '<', '>', '<=', '>='].includes(operator)) {
            this.take();
            return { kind: 'compare', operator, left, right: this.primary() };
        }
        return left;
    }

    private primary(): Node {
        const token = this.take();
        if (token === '(') {
            const inner = this.or();
            this.take(')');
            return inner;
        }
        if (token.startsWith('$User.')) {
            if (token !== '$User.Id') throw unsupported(this.source, `${token} (only $User.Id)`);
            return { kind: 'user', name: 'Id' };
        }
        if (token.includes(':')) {
            const [relationship, path] = token.split(':') as [string, string];
            const [type, name] = path.split('.') as [string, string];
            if (relationship !== 'Owner') throw unsupported(this.source, `the polymorphic path ${token} (only Owner:<type>.<field>)`);
            this.fields.add('OwnerId');
            return { kind: 'owner', type, name };
        }
        if (/^\d/.test(token)) return { kind: 'literal', value: Number(token) };
        if (token.startsWith("'") || token.startsWith('"')) return { kind: 'literal', value: token.slice(1, -1) };
        const upper = token.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', value: upper === 'TRUE' };
        if (upper === 'NULL') return { kind: 'literal', value: null };
        if (this.peek() === '(') return this.call(upper);
        if (token.includes('.')) throw unsupported(this.source, `the cross-object field ${token}`);
        this.fields.add(token);
        return { kind: 'field', name: token };
    }

    private call(name: string): Node {
        const arity = FUNCTIONS[name];
        if (!arity) throw unsupported(this.source, `the function ${name}()`);
        this.take('(');
        const args: Node[] = [];
        if (this.peek() !== ')') {
            args.push(this.or());
            while (this.peek() === ',') {
                this.take();
                args.push(this.or());
            }
        }
        this.take(')');
        if (args.length < arity.min || args.length > arity.max) throw unsupported(this.source, `${name}() with ${args.length} arguments`);
        return { kind: 'call', name, args };
    }
}

type Value = FieldValue;

function isBlank(value: Value | undefined): boolean {
    return value === null || value === undefined || value === '';
}

function truthy(value: Value): boolean {
    return value === true;
}

function compare(operator: string, left: Value, right: Value): Value {
    if (isBlank(left) || isBlank(right)) return null;
    let order: number;
    if (typeof left === 'string' && typeof right === 'string' && isValidId(left) && isValidId(right)) {
        order = sameId(left, right) ? 0 : left < right ? -1 : 1;
    } else if (typeof left === 'string' && typeof right === 'string' && !Number.isNaN(Date.parse(left)) && !Number.isNaN(Date.parse(right)) && /^\d{4}-/.test(left) && /^\d{4}-/.test(right)) {
        order = Math.sign(Date.parse(left) - Date.parse(right));
    } else if (typeof left === typeof right) {
        order = left === right ? 0 : (left as string | number) < (right as string | number) ? -1 : 1;
    } else {
        return null;
    }
    switch (operator) {
        case '=':
        case '==':
            return order === 0;
        case '!=':
        case '<>':
            return order !== 0;
        case '<':
            return order < 0;
        case '>':
            return order > 0;
        case '<=':
            return order <= 0;
        default:
            return order >= 0;
    }
}

function evaluateNode(node: Node, context: FormulaContext): Value {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'field':
            return context.field(node.name) ?? null;
        case 'user':
            return context.runningUserId;
        case 'owner':
            return context.related('OwnerId', node.type, node.name) ?? null;
        case 'compare':
            return compare(node.operator, evaluateNode(node.left, context), evaluateNode(node.right, context));
        case 'logical': {
            const left = truthy(evaluateNode(node.left, context));
            return node.operator === '&&' ? left && truthy(evaluateNode(node.right, context)) : left || truthy(evaluateNode(node.right, context));
        }
        case 'call': {
            const values = () => node.args.map((arg) => evaluateNode(arg, context));
            switch (node.name) {
                case 'AND':
                    return values().every(truthy);
                case 'OR':
                    return values().some(truthy);
                case 'NOT':
                    return !truthy(evaluateNode(node.args[0] as Node, context));
                case 'ISBLANK':
                    return isBlank(evaluateNode(node.args[0] as Node, context));
                default:
                    return context.nowIso;
            }
        }
    }
}

/**
 * Parses a formula of a field whose metadata type is `returnType`. Fails with `unsupported:` for a return type,
 * function, operator or field reference the model does not evaluate.
 */
export function parseFormula(source: string, returnType: string): Formula {
    if (returnType !== 'Checkbox') throw unsupported(source, `return type ${returnType} (only Checkbox)`);
    const parser = new Parser(source, tokenize(source));
    const root = parser.parse();
    return {
        source,
        fields: [...parser.fields],
        evaluate: (context) => truthy(evaluateNode(root, context))
    };
}
