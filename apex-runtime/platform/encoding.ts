// Blob, Crypto and EncodingUtil (Apex Reference "Blob Class", "Crypto Class", "EncodingUtil
// Class") as the package uses them: random keys and integers, digests, hex and base64, URL
// encoding in the application/x-www-form-urlencoded form of java.net.URLEncoder.
import { createHash, createHmac, randomBytes, randomInt } from 'crypto';
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
