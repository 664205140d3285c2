// A JSON reader that keeps numbers as their text (Apex deserializes 1.50 as a Decimal of scale 2
// and large integers as Long) and reports errors as System.JSONException.
import { PlatformError } from '../evaluator/errors';

export type JsonNode =
    | { t: 'object'; entries: [string, JsonNode][] }
    | { t: 'array'; items: JsonNode[] }
    | { t: 'string'; v: string }
    | { t: 'number'; text: string }
    | { t: 'boolean'; v: boolean }
    | { t: 'null' };

export function parseJson(text: string): JsonNode {
    let index = 0;
    const error = (what: string): PlatformError => {
        const before = text.slice(0, index);
        const line = before.split('\n').length;
        const column = index - before.lastIndexOf('\n');
        return new PlatformError('JSONException', `${what} at [line:${line}, column:${column}]`);
    };
    const skip = () => {
        while (index < text.length && /\s/.test(text.charAt(index))) index++;
    };
    const value = (): JsonNode => {
        skip();
        const char = text.charAt(index);
        if (char === '{') {
            index++;
            const entries: [string, JsonNode][] = [];
            skip();
            if (text.charAt(index) === '}') {
                index++;
                return { t: 'object', entries };
            }
            for (;;) {
                skip();
                if (text.charAt(index) !== '"') throw error(`Unexpected character ('${text.charAt(index)}'): was expecting double-quote to start field name`);
                const key = string();
                skip();
                if (text.charAt(index) !== ':') throw error(`Unexpected character ('${text.charAt(index)}'): was expecting a colon to separate field name and value`);
                index++;
                entries.push([key, value()]);
                skip();
                const next = text.charAt(index++);
                if (next === '}') return { t: 'object', entries };
                if (next !== ',') throw error(`Unexpected character ('${next}'): was expecting comma to separate OBJECT entries`);
            }
        }
        if (char === '[') {
            index++;
            const items: JsonNode[] = [];
            skip();
            if (text.charAt(index) === ']') {
                index++;
                return { t: 'array', items };
            }
            for (;;) {
                items.push(value());
                skip();
                const next = text.charAt(index++);
                if (next === ']') return { t: 'array', items };
                if (next !== ',') throw error(`Unexpected character ('${next}'): was expecting comma to separate ARRAY entries`);
            }
        }
        if (char === '"') return { t: 'string', v: string() };
        const literal = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(index));
        if (!literal) throw error(index >= text.length ? 'Unexpected end-of-input' : `Unexpected character ('${char}')`);
        index += literal[0].length;
        if (literal[0] === 'true' || literal[0] === 'false') return { t: 'boolean', v: literal[0] === 'true' };
        if (literal[0] === 'null') return { t: 'null' };
        return { t: 'number', text: literal[0] };
    };
    const string = (): string => {
        index++;
        let result = '';
        for (;;) {
            if (index >= text.length) throw error('Unexpected end-of-input in a string');
            const char = text.charAt(index++);
            if (char === '"') return result;
            if (char === '\\') {
                const escape = text.charAt(index++);
                const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (escape === 'u') {
                    result += String.fromCharCode(parseInt(text.slice(index, index + 4), 16));
                    index += 4;
                } else if (simple[escape] !== undefined) {
                    result += simple[escape];
                } else {
                    throw error(`Unrecognized character escape '${escape}'`);
                }
            } else {
                result += char;
            }
        }
    };
    const root = value();
    skip();
    if (index < text.length) throw error(`Unexpected character ('${text.charAt(index)}'): expected end of input`);
    return root;
}

/** Writes JSON text the way Apex's JSON generator (Jackson) does; `pretty` as serializePretty. */
export class JsonWriter {
    private readonly parts: string[] = [];

    constructor(private readonly pretty: boolean) {}

    raw(text: string): void {
        this.parts.push(text);
    }

    string(value: string): void {
        this.parts.push(JSON.stringify(value));
    }

    object(entries: [string, () => void][], depth: number): void {
        if (!entries.length) {
            this.parts.push(this.pretty ? '{ }' : '{}');
            return;
        }
        this.parts.push('{');
        entries.forEach(([key, write], position) => {
            if (position) this.parts.push(',');
            if (this.pretty) this.parts.push(`\n${'  '.repeat(depth + 1)}`);
            this.parts.push(JSON.stringify(key));
            this.parts.push(this.pretty ? ' : ' : ':');
            write();
        });
        if (this.pretty) this.parts.push(`\n${'  '.repeat(depth)}`);
        this.parts.push('}');
    }

    array(items: (() => void)[]): void {
        if (!items.length) {
            this.parts.push(this.pretty ? '[ ]' : '[]');
            return;
        }
        this.parts.push(this.pretty ? '[ ' : '[');
        items.forEach((write, position) => {
            if (position) this.parts.push(this.pretty ? ', ' : ',');
            write();
        });
        this.parts.push(this.pretty ? ' ]' : ']');
    }

    toString(): string {
        return this.parts.join('');
    }
}
