// Blob, Crypto and EncodingUtil (Apex Reference "Blob Class", "Crypto Class", "EncodingUtil
// Class") as the package uses them: random keys and integers, digests, hex and base64, URL
// encoding in the application/x-www-form-urlencoded form of java.net.URLEncoder.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt } from 'crypto';
import { PlatformError } from '../evaluator/errors';
import { UnsupportedError } from '../evaluator/errors';
import { Blob, type Value } from '../evaluator/values';
import { arg, int, nullArgument, str } from './args';
import type { Natives } from './registry';

function blobArg(args: readonly Value[], index: number): Blob {
    const value = arg(args, index);
    if (value === null) throw nullArgument();
    if (!(value instanceof Blob)) throw new UnsupportedError('unsupported: Blob argument of another type');
    return value;
}

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA1: 'sha1', 'SHA-256': 'sha256', 'SHA-512': 'sha512', SHA256: 'sha256', SHA512: 'sha512' };
const MACS: Record<string, string> = { HMACMD5: 'md5', HMACSHA1: 'sha1', HMACSHA256: 'sha256', HMACSHA512: 'sha512' };

/** AES in CBC mode with PKCS5 padding (Apex Reference "Crypto Class": AES128, AES192, AES256). */
function aes(algorithmName: string, key: Blob): string {
    const bits = /^AES(128|192|256)$/i.exec(algorithmName)?.[1];
    if (!bits) throw new UnsupportedError(`unsupported: Crypto algorithm ${algorithmName}`);
    if (key.bytes.length * 8 !== Number(bits)) throw new PlatformError('SecurityException', `Invalid private key. Must be ${Number(bits) / 8} bytes.`);
    return `aes-${bits}-cbc`;
}

function encrypt(algorithmName: string, key: Blob, iv: Uint8Array, clear: Blob): Uint8Array {
    const cipher = createCipheriv(aes(algorithmName, key), key.bytes, iv);
    return new Uint8Array(Buffer.concat([cipher.update(clear.bytes), cipher.final()]));
}

function decrypt(algorithmName: string, key: Blob, iv: Uint8Array, data: Uint8Array): Uint8Array {
    const decipher = createDecipheriv(aes(algorithmName, key), key.bytes, iv);
    try {
        return new Uint8Array(Buffer.concat([decipher.update(data), decipher.final()]));
    } catch {
        throw new PlatformError('SecurityException', 'Given final block not properly padded');
    }
}

function urlEncode(text: string): string {
    return [...Buffer.from(text, 'utf8')]
        .map((byte) => {
            const char = String.fromCharCode(byte);
            if (/[A-Za-z0-9.\-*_]/.test(char)) return char;
            if (char === ' ') return '+';
            return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        })
        .join('');
}

export function registerEncoding(natives: Natives): void {
    natives.registerStatic({
        name: 'Blob',
        methods: {
            valueof: (_rt, args) => Blob.fromString(str(args, 0))
        }
    });
    natives.registerInstance<Blob>('Blob', {
        tostring: (_rt, self) => self.text(),
        size: (_rt, self) => self.bytes.length
    });
    natives.registerStatic({
        name: 'Crypto',
        methods: {
            generateaeskey: (rt, args) => {
                const bits = int(args, 0);
                if (![128, 192, 256].includes(bits)) return rt.throwSystem('InvalidParameterValueException', `Invalid key size: ${bits}`);
                return new Blob(new Uint8Array(randomBytes(bits / 8)));
            },
            getrandominteger: () => randomInt(-2147483648, 2147483647),
            getrandomlong: () => BigInt.asIntN(64, randomBytes(8).readBigInt64BE()),
            generatedigest: (rt, args) => {
                const algorithm = DIGESTS[str(args, 0).toUpperCase()];
                if (!algorithm) return rt.throwSystem('InvalidParameterValueException', `Invalid algorithm: ${str(args, 0)}`);
                return new Blob(new Uint8Array(createHash(algorithm).update(blobArg(args, 1).bytes).digest()));
            },
            encrypt: (_rt, args) => new Blob(encrypt(str(args, 0), blobArg(args, 1), blobArg(args, 2).bytes, blobArg(args, 3))),
            decrypt: (_rt, args) => new Blob(decrypt(str(args, 0), blobArg(args, 1), blobArg(args, 2).bytes, blobArg(args, 3).bytes)),
            encryptwithmanagediv: (_rt, args) => {
                const iv = new Uint8Array(randomBytes(16));
                const data = encrypt(str(args, 0), blobArg(args, 1), iv, blobArg(args, 2));
                return new Blob(new Uint8Array(Buffer.concat([iv, data])));
            },
            decryptwithmanagediv: (_rt, args) => {
                const all = blobArg(args, 2).bytes;
                return new Blob(decrypt(str(args, 0), blobArg(args, 1), all.slice(0, 16), all.slice(16)));
            },
            generatemac: (rt, args) => {
                const algorithm = MACS[str(args, 0).toUpperCase()];
                if (!algorithm) return rt.throwSystem('InvalidParameterValueException', `Invalid algorithm: ${str(args, 0)}`);
                return new Blob(new Uint8Array(createHmac(algorithm, blobArg(args, 2).bytes).update(blobArg(args, 1).bytes).digest()));
            }
        }
    });
    natives.registerStatic({
        name: 'EncodingUtil',
        methods: {
            converttohex: (_rt, args) => Buffer.from(blobArg(args, 0).bytes).toString('hex'),
            base64encode: (_rt, args) => Buffer.from(blobArg(args, 0).bytes).toString('base64'),
            base64decode: (_rt, args) => new Blob(new Uint8Array(Buffer.from(str(args, 0), 'base64'))),
            urlencode: (_rt, args) => urlEncode(str(args, 0)),
            urldecode: (_rt, args) => decodeURIComponent(str(args, 0).replace(/\+/g, ' '))
        }
    });
}
