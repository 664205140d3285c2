// The request fingerprint of the TypeScript twin against the shared fixture that RequestFingerprintTest.cls reads
// too: each request, read as the platform deserializes it into its Apex class, has the hand-written canonical JSON
// and the SHA-256 of that text, so both twins give a request the same hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserializeParams } from '../controllers/deserializeParams';
import { canonicalJson, plainNumber, requestFingerprint } from '../services/RequestFingerprint';
import { projectRoot } from './orgFixtures';

interface FixtureCase {
    description: string;
    method: string;
    apexClass: string;
    canonical: string;
    hash: string;
    request: unknown;
}

const FIXTURES = join(projectRoot, 'force-app/test/default/staticresources/RequestFingerprintFixtures.json');
const { cases } = JSON.parse(readFileSync(FIXTURES, 'utf8')) as { cases: FixtureCase[] };

describe('the request fingerprint, shared with RequestFingerprintTest.cls', () => {
    it('has cases', () => {
        expect(cases.length).toBeGreaterThanOrEqual(5);
    });

    it.each(cases.map((entry) => [entry.description, entry] as const))('%s', (_description, entry) => {
        const typed = deserializeParams(entry.method, { request: entry.request }).request;
        expect(canonicalJson(typed)).toBe(entry.canonical);
        expect(createHash('sha256').update(entry.canonical, 'utf8').digest('hex')).toBe(entry.hash);
        expect(requestFingerprint(typed)).toBe(entry.hash);
    });

    it('ignores the request key and the order in which members were sent', () => {
        const one = requestFingerprint({ requestKey: 'a', caseId: '500000000000001AAA', comments: 'x' });
        const other = requestFingerprint({ comments: 'x', caseId: '500000000000001AAA', requestKey: 'b' });
        expect(one).toBe(other);
        expect(requestFingerprint({ caseId: '500000000000001AAA', comments: 'y' })).not.toBe(one);
    });
});

describe('plainNumber writes numbers as Decimal.stripTrailingZeros().toPlainString() does', () => {
    it.each([
        [0, '0'],
        [-0, '0'],
        [10, '10'],
        [7.5, '7.5'],
        [-0.25, '-0.25'],
        [1e21, '1000000000000000000000'],
        [1.5e-7, '0.00000015'],
        [123456.789, '123456.789']
    ])('%p is %s', (value, text) => {
        expect(plainNumber(value)).toBe(text);
    });

    it('refuses what JSON cannot hold', () => {
        expect(() => plainNumber(Number.NaN)).toThrow(/finite/);
    });
});
