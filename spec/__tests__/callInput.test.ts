// CallInput.requireFutureInstant accepts exactly what the Apex CallInput accepts: ISO-8601 date-times
// with seconds and a zone. The same cases are in CallOutcomeServiceTest.aReminderIsAcceptedOnlyAsAnIsoDateTime.
import { PlaybookError } from '../errors/PlaybookError';
import { quoted, requireFutureInstant, requireIdOf } from '../services/CallInput';
import { newProjectOrg } from './orgFixtures';

describe('requireFutureInstant', () => {
    const org = newProjectOrg(); // clock: 2026-11-20T15:00:00Z

    it.each(['2026-11-21', '2026-11-21T10:00Z', '2026-11-21 10:00:00Z', '2026-11-21T10:00:00', 'tomorrow', '2026-13-01T10:00:00Z'])(
        'refuses %s as INVALID_INPUT',
        (value) => {
            expect(() => requireFutureInstant(org, value, 'the follow-up reminder')).toThrow(
                expect.objectContaining({ code: 'INVALID_INPUT' }) as PlaybookError
            );
        }
    );

    it.each([
        ['2026-11-21T10:00:00Z', '2026-11-21T10:00:00.000Z'],
        ['2026-11-21T10:00:00.250-05:00', '2026-11-21T15:00:00.250Z']
    ])('accepts %s', (value, instant) => {
        expect(requireFutureInstant(org, value, 'the follow-up reminder')).toBe(instant);
    });

    it('refuses an instant that is not after now', () => {
        expect(() => requireFutureInstant(org, '2026-11-20T15:00:00Z', 'the reminder')).toThrow(/in the past/);
    });
});

// The same cases as CallInputTest.cls: an error message quotes at most a short prefix of an input.
describe('quoted', () => {
    it('quotes a short input whole', () => {
        expect(quoted('abc')).toBe('"abc"');
        expect(quoted(null)).toBe('"null"');
    });

    it('quotes a long input by its first forty characters and an ellipsis', () => {
        expect(quoted('A'.repeat(100000))).toBe(`"${'A'.repeat(40)}\u2026"`);
        expect(quoted('B'.repeat(40))).toBe(`"${'B'.repeat(40)}"`);
    });

    it('shows control and bidirectional characters as replacement characters', () => {
        expect(quoted('a\u0000b\u202Ec')).toBe('"a\uFFFDb\uFFFDc"');
    });

    it('keeps the refusal of a malformed Id short', () => {
        const org = newProjectOrg();
        const refuse = () => requireIdOf(org, '<img src=x onerror=alert(1)>'.repeat(1000), 'Case', 'the case');
        expect(refuse).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }) as PlaybookError);
        expect(() => refuse()).toThrow(/^"<img src=x onerror=alert\(1\)><img src=x o\u2026" is not a record id \(the case\)\.$/);
    });
});
