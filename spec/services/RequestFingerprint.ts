// RequestFingerprint: what binds a request key to the request it was first used for. Mirrors the Apex class of
// the same name; spec/fixtures/request-hashes.json holds requests and the hash both twins must give them.
//
// The canonical JSON of a request, the same text in both twins:
// - an object writes its members ordered by key, compared by UTF-16 code unit (Apex String.compareTo, "based on
//   the Unicode value of each character"), without the members whose value is null, and at the top level without
//   `requestKey` (the key is what the hash is compared for, not part of it);
// - a list writes every element in order (null elements as null);
// - a string is quoted, with `"` and `\` escaped and the characters below U+0020 written as \u00xx (lowercase
//   hexadecimal); every other character as it is;
// - a number in plain decimal notation: no exponent, no trailing zeros after the point, no point without digits
//   after it (7.50 and 7.5 are "7.5", 1e21 is "1000000000000000000000");
// - true, false.
// The fingerprint is the SHA-256 of its UTF-8 bytes in lowercase hexadecimal: Apex
// EncodingUtil.convertToHex(Crypto.generateDigest('SHA-256', Blob.valueOf(json))).
import { createHash } from 'node:crypto';

const KEY_MEMBER = 'requestKey';

function hex4(code: number): string {
    return code.toString(16).padStart(4, '0');
}

function writeString(text: string): string {
    let escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    for (let code = 0; code < 0x20; code++) {
        const character = String.fromCharCode(code);
        if (escaped.includes(character)) escaped = escaped.split(character).join(`\\u${hex4(code)}`);
    }
    return `"${escaped}"`;
}

/** A finite number in plain decimal notation, as Apex Decimal.stripTrailingZeros().toPlainString() writes it. */
export function plainNumber(value: number): string {
    if (!Number.isFinite(value)) throw new Error(`A request number must be finite, not ${value}`);
    if (value === 0) return '0';
    const [mantissa, exponentText] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const pointAt = Number(exponentText) + 1;
    let plain: string;
    if (pointAt <= 0) plain = `0.${'0'.repeat(-pointAt)}${digits}`;
    else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
    else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
    if (plain.includes('.')) plain = plain.replace(/0+$/, '').replace(/\.$/, '');
    return value < 0 ? `-${plain}` : plain;
}

function write(value: unknown): string {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'string') return writeString(value);
    if (typeof value === 'number') return plainNumber(value);
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
    if (typeof value === 'object') return writeObject(value as Record<string, unknown>, []);
    throw new Error(`A request holds no ${typeof value}`);
}

function writeObject(members: Record<string, unknown>, leftOut: readonly string[]): string {
    const keys = Object.keys(members)
        .filter((key) => members[key] !== null && members[key] !== undefined && !leftOut.includes(key))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${writeString(key)}:${write(members[key])}`).join(',')}}`;
}

/** The canonical JSON of a request (see the top of this file); a request that is not an object is written as it is. */
export function canonicalJson(request: unknown): string {
    if (request !== null && typeof request === 'object' && !Array.isArray(request)) {
        return writeObject(request as Record<string, unknown>, [KEY_MEMBER]);
    }
    return write(request);
}

/** The fingerprint of a request: SHA-256 of its canonical JSON, lowercase hexadecimal. */
export function requestFingerprint(request: unknown): string {
    return createHash('sha256').update(canonicalJson(request), 'utf8').digest('hex');
}
