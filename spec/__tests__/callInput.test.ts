// CallInput.requireFutureInstant accepts exactly what the Apex CallInput accepts: ISO-8601 date-times
// with seconds and a zone. The same cases are in CallOutcomeServiceTest.aReminderIsAcceptedOnlyAsAnIsoDateTime.
import { PlaybookError } from '../errors/PlaybookError';
import { requireFutureInstant } from '../services/CallInput';
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
