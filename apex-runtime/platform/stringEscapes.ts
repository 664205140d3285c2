// The escape and unescape methods of String and its code point methods (Apex Reference "String Class"). The
// reference describes them as Apache Commons Lang's StringEscapeUtils does, which this follows:
// - escapeHtml4 / unescapeHtml4: the four basic entities and the 248 named entities of HTML 4.01; escapeHtml3 /
//   unescapeHtml3 the basic and Latin-1 ones; unescaping also reads numeric references (&#233; &#xE9;).
// - escapeXml / unescapeXml: "Supports only the five basic XML entities (gt, lt, quot, amp, apos) ... Unicode
//   characters greater than 0x7f are not escaped."
// - escapeJava: quotes, backslashes and control characters with Java String rules, and every character outside
//   32..127 as \uXXXX; escapeEcmaScript also escapes the single quote and "/" ("The only difference between Apex
//   strings and EcmaScript strings is that in EcmaScript, a single quote and forward-slash (/) are escaped").
// - escapeCsv: a value holding a comma, a double quote, CR or LF is enclosed in double quotes, its quotes doubled.
import { PlatformError } from '../evaluator/errors';
import { ApexList, prim, type Value } from '../evaluator/values';
import { int, str } from './args';
import { HTML4_ENTITIES } from './htmlEntities';
import type { Natives } from './registry';

const BASIC = ['quot', 'amp', 'lt', 'gt'];

const NAME_OF = new Map<number, string>(Object.entries(HTML4_ENTITIES).map(([name, code]) => [code, name]));

function escapeEntities(text: string, allowed: (code: number, name: string) => boolean): string {
    let result = '';
    for (const char of text) {
        const code = char.codePointAt(0) as number;
        const name = NAME_OF.get(code);
        result += name && allowed(code, name) ? `&${name};` : char;
    }
    return result;
}

function unescapeEntities(text: string, known: (name: string) => number | undefined): string {
    return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
        if (body.startsWith('#')) {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        const code = known(body);
        return code === undefined ? whole : String.fromCodePoint(code);
    });
}

const isHtml3 = (code: number, name: string) => BASIC.includes(name) || (code >= 160 && code <= 255);

const XML_ENTITIES: Record<string, number> = { quot: 34, amp: 38, lt: 60, gt: 62, apos: 39 };

function hex4(code: number): string {
    return code.toString(16).toUpperCase().padStart(4, '0');
}

const JAVA_CONTROL: Record<string, string> = { '\b': '\\b', '\n': '\\n', '\t': '\\t', '\f': '\\f', '\r': '\\r' };

function escapeJavaLike(text: string, extra: Record<string, string>): string {
    let result = '';
    for (let index = 0; index < text.length; index++) {
        const char = text.charAt(index);
        const code = text.charCodeAt(index);
        if (char === '"') result += '\\"';
        else if (char === '\\') result += '\\\\';
        else if (extra[char]) result += extra[char];
        else if (JAVA_CONTROL[char]) result += JAVA_CONTROL[char];
        else if (code < 32 || code > 0x7f) result += `\\u${hex4(code)}`;
        else result += char;
    }
    return result;
}

const JAVA_UNESCAPES: Record<string, string> = {
    b: '\b',
    n: '\n',
    t: '\t',
    f: '\f',
    r: '\r',
    '"': '"',
    "'": "'",
    '\\': '\\',
    '/': '/'
};

function unescapeJavaLike(text: string): string {
    return text.replace(/\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)/g, (whole, escape: string) => {
        if (/^u+[0-9a-fA-F]{4}$/.test(escape)) return String.fromCharCode(parseInt(escape.replace(/^u+/, ''), 16));
        if (/^[0-7]+$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
        return JAVA_UNESCAPES[escape] ?? whole;
    });
}

const CSV_SPECIAL = /[",\r\n]/;

function codePointIndex(self: string, index: number): number {
    if (index < 0 || index >= self.length)
        throw new PlatformError('StringException', `String index out of range: ${index}`);
    return self.codePointAt(index) as number;
}

export function registerStringEscapes(natives: Natives): void {
    natives.registerInstance<string>('String', {
        escapehtml4: (_rt, self) => escapeEntities(self, () => true),
        unescapehtml4: (_rt, self) => unescapeEntities(self, (name) => HTML4_ENTITIES[name]),
        escapehtml3: (_rt, self) => escapeEntities(self, isHtml3),
        unescapehtml3: (_rt, self) =>
            unescapeEntities(self, (name) =>
                HTML4_ENTITIES[name] !== undefined && isHtml3(HTML4_ENTITIES[name] as number, name)
                    ? HTML4_ENTITIES[name]
                    : undefined
            ),
        escapexml: (_rt, self) =>
            self.replace(
                /[&<>"']/g,
                (char) => `&${Object.keys(XML_ENTITIES).find((name) => XML_ENTITIES[name] === char.charCodeAt(0))};`
            ),
        unescapexml: (_rt, self) => unescapeEntities(self, (name) => XML_ENTITIES[name]),
        escapejava: (_rt, self) => escapeJavaLike(self, {}),
        unescapejava: (_rt, self) => unescapeJavaLike(self),
        escapeecmascript: (_rt, self) => escapeJavaLike(self, { "'": "\\'", '/': '\\/' }),
        unescapeecmascript: (_rt, self) => unescapeJavaLike(self),
        escapecsv: (_rt, self) => (CSV_SPECIAL.test(self) ? `"${self.replace(/"/g, '""')}"` : self),
        unescapecsv: (_rt, self) => {
            if (self.length < 2 || !self.startsWith('"') || !self.endsWith('"')) return self;
            const inner = self.slice(1, -1);
            return CSV_SPECIAL.test(inner) ? inner.replace(/""/g, '"') : self;
        },
        codepointat: (_rt, self, args) => codePointIndex(self, int(args, 0)),
        codepointbefore: (_rt, self, args) => {
            const index = int(args, 0);
            if (index < 1 || index > self.length)
                throw new PlatformError('StringException', `String index out of range: ${index}`);
            const low = self.charCodeAt(index - 1);
            if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
                const high = self.charCodeAt(index - 2);
                if (high >= 0xd800 && high <= 0xdbff) return self.codePointAt(index - 2) as number;
            }
            return low;
        },
        codepointcount: (_rt, self, args) => {
            const begin = int(args, 0);
            const end = int(args, 1);
            if (begin < 0 || end > self.length || begin > end)
                throw new PlatformError('StringException', `String index out of range: ${end}`);
            return [...self.slice(begin, end)].length;
        },
        getchars: (_rt, self) =>
            new ApexList(
                prim('Integer'),
                [...self].map((char) => char.codePointAt(0) as Value)
            ),
        center: (_rt, self, args) => {
            const size = int(args, 0);
            const padding = args.length > 1 ? str(args, 1) : ' ';
            if (padding === '' || size <= self.length) return self;
            const total = size - self.length;
            const left = Math.floor(total / 2);
            const fill = (count: number) => padding.repeat(Math.ceil(count / padding.length)).slice(0, count);
            return fill(left) + self + fill(total - left);
        }
    });
}
