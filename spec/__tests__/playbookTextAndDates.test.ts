// PlaybookText and PlaybookDates, the text and date checks both twins share (Apex: PlaybookTextTest, PlaybookDatesTest).
import { isCalendarDate } from '../services/PlaybookDates';
import { isBlank, strip } from '../services/PlaybookText';

describe('PlaybookText', () => {
    it('strips exactly what either platform trims: Apex (U+0000-U+0020) and JavaScript (Unicode spaces, BOM)', () => {
        for (let code = 0; code <= 0xffff; code++) {
            const character = String.fromCharCode(code);
            const trimmedByEither = code <= 0x20 || character.trim() === '';
            expect([code, strip(`a${character}`)]).toEqual([code, trimmedByEither ? 'a' : `a${character}`]);
        }
    });

    it('keeps spaces inside the text and strips both ends', () => {
        expect(strip('\ufeff \t Roof\u00a0leak\n\u3000')).toBe('Roof\u00a0leak');
        expect(strip('Roof leak\u00a0')).toBe('Roof leak');
    });

    it('calls null, empty and space-only text blank, and nothing else', () => {
        expect([null, undefined, '', '\u00a0\u00a0', '\u2007\u202f\u2028'].map(isBlank)).toEqual([true, true, true, true, true]);
        expect(['\u00a0a', '\u200b', 0, false].map(isBlank)).toEqual([false, false, false, false]);
    });
});

describe('PlaybookDates', () => {
    it.each(['2026-02-28', '2028-02-29', '2000-02-29', '2026-12-31', '2026-11-21T15:00:00Z', '2026-11-21T23:59:59.999-05:00', '2026-11-21T10:00+0530'])(
        'accepts %s',
        (text) => expect(isCalendarDate(text)).toBe(true)
    );

    it.each([
        '2026-02-29',
        '2026-02-30',
        '1900-02-29',
        '2026-04-31',
        '2026-13-01',
        '2026-00-10',
        '2026-01-00',
        '2026-11-21T24:00:00Z',
        '2026-11-21T10:60:00Z',
        '2026-11-21T10:00:60Z',
        '2026-11-21T10:00:00+24:00',
        '2026-11-21T10:00:00',
        '21/11/2026',
        null
    ])('refuses %s', (text) => expect(isCalendarDate(text)).toBe(false));
});
