// The Call Wizard's decisions, path by path: procedure 000 (CLA calls) is quoted where a rule comes from it.
import type { CallContextResponse, CallOutcomeResponse } from 'c/playbookContracts';
import {
    NEW_CONTACT,
    attemptLabel,
    buildRequest,
    changedRecordIds,
    contextAfterSave,
    defaultReminder,
    followUpSubject,
    isComplete,
    isVagueSubject,
    mayCompleteNoScore,
    mayCompleteUnreached,
    needsNoScoreApproval,
    newDraft,
    noCallbackNumber,
    nextSteps,
    notesToSave,
    outcomeOf,
    possibleDuplicates,
    problemsOf,
    replacementOptions,
    savedMessage,
    updateDraft,
    type CallDraft
} from 'c/callWizardModel';
import contextData from '../../callWizard/__tests__/data/callContext.json';

const NOW = new Date(2026, 10, 23, 9, 30); // Monday 23 November 2026, 09:30 local
const KEY = 'key-1';
const context = contextData as CallContextResponse;

function withContext(changes: Partial<CallContextResponse>): CallContextResponse {
    return { ...context, ...changes };
}

function decide(changes: Record<string, unknown>, base: CallDraft = newDraft(context, NOW)): CallDraft {
    return Object.entries(changes).reduce((draft, [path, value]) => updateDraft(draft, path, value), base);
}

function requestOf(draft: CallDraft, ctx: CallContextResponse = context) {
    const built = buildRequest(draft, ctx, KEY, NOW);
    if (!built.ok) throw new Error(`not saveable: ${built.problems.map((p) => p.message).join(' / ')}`);
    return built.request;
}

function problemFields(draft: CallDraft, ctx: CallContextResponse = context): string[] {
    return problemsOf(draft, ctx, NOW).map((problem) => problem.field);
}

const SUPPORT_CASE = {
    'supportCase.subject': 'DMS: repair orders do not print since the update',
    'supportCase.productType': 'DMS',
    'supportCase.reason': 'Performance',
    'supportCase.type': 'Electronic'
};

const BASE_REQUEST = {
    requestKey: KEY,
    caseId: '500000000000001AAA',
    expectedOwnerId: '005000000000001AAA',
    score: null,
    referral: null,
    reason: null,
    followUp: null,
    supportCase: null,
    replacement: null,
    satisfactionNotes: null,
    leftMessage: false,
    noScoreApprovedById: null,
    positionCheck: null,
    offers: []
};

const OPEN_SUPPORT_CASE = {
    id: '500000000000005AAA',
    caseNumber: '00001005',
    subject: 'Repair orders do not print',
    status: 'New',
    isClosed: false,
    closedDate: null,
    ownerName: 'Support Team'
};

describe('c-call-wizard-model', () => {
    describe('a new draft', () => {
        it('starts the notes with the configured prefix ("Called to collect CSS")', () => {
            expect(newDraft(context, NOW).notes).toBe('Called to collect CSS - ');
            const custom = withContext({ settings: { ...context.settings, callNotesPrefix: 'Called to capture CSS' } });
            expect(newDraft(custom, NOW).notes).toBe('Called to capture CSS - ');
        });

        it('shows "Attempt N of M" from the attempts made and the configured maximum', () => {
            expect(attemptLabel(context)).toBe('Attempt 3 of 6');
            expect(attemptLabel(withContext({ callAttempts: 0, settings: { ...context.settings, maxCallAttempts: 4 } }))).toBe('Attempt 1 of 4');
        });

        it('has no outcome until the agent decides', () => {
            expect(outcomeOf(newDraft(context, NOW), context)).toBeNull();
            expect(buildRequest(newDraft(context, NOW), context, KEY, NOW)).toEqual({
                ok: false,
                problems: [{ field: 'reached', message: 'Say whether you reached the contact.' }]
            });
        });
    });

    describe('defaultReminder: the next business day at 10:00', () => {
        it('is tomorrow on a weekday', () => {
            expect(new Date(defaultReminder(new Date(2026, 10, 23, 9, 30)))).toEqual(new Date(2026, 10, 24, 10, 0));
        });
        it('skips the weekend from a Friday and a Saturday', () => {
            expect(new Date(defaultReminder(new Date(2026, 10, 27, 16, 0)))).toEqual(new Date(2026, 10, 30, 10, 0));
            expect(new Date(defaultReminder(new Date(2026, 10, 28, 11, 0)))).toEqual(new Date(2026, 10, 30, 10, 0));
        });
    });

    describe('SCORED: "Current Contact: Spoke with Them"', () => {
        it('sends the score; the referral stays unanswered unless the agent asks', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 7, notes: 'Called to collect CSS - happy with the DMS' });
            expect(outcomeOf(draft, context)).toBe('SCORED');
            expect(requestOf(draft)).toEqual({ ...BASE_REQUEST, outcome: 'SCORED', notes: 'Called to collect CSS - happy with the DMS', score: 7 });
        });

        it('records "Verify their position and primary location": as on file, or what changed', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 7, positionCheck: 'AS_ON_FILE' });
            expect(requestOf(draft).positionCheck).toEqual({ asOnFile: true, changes: null });
            const changed = decide({ positionCheck: 'CHANGED' }, draft);
            expect(problemFields(changed)).toEqual(['positionChanges']);
            expect(requestOf(decide({ positionChanges: ' Now at the Eastside store ' }, changed)).positionCheck).toEqual({ asOnFile: false, changes: 'Now at the Eastside store' });
        });

        it('records the referral answer from the configured prompt score ("we may also ask if they\'d like to be a referral")', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 9, 'scoring.referral': 'YES' });
            expect(requestOf(draft)).toMatchObject({ outcome: 'SCORED', score: 9, referral: true });
            expect(requestOf(decide({ 'scoring.referral': 'NO' }, draft))).toMatchObject({ referral: false });
            expect(requestOf(decide({ 'scoring.referral': null }, draft))).toMatchObject({ referral: null });
        });

        it('keeps a referral answer at any score: "Use your discretion for this"', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 10, 'scoring.referral': 'YES' });
            expect(requestOf(decide({ 'scoring.score': 6 }, draft))).toMatchObject({ score: 6, referral: true });
            expect(requestOf(decide({ 'scoring.result': 'NO_SCORE', 'scoring.reason': 'Busy', 'scoring.next': 'FOLLOW_UP' }, draft)).referral).toBeNull();
        });

        it('requires a score from 1 to 10', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE' });
            expect(problemFields(draft)).toEqual(['scoring.score']);
            expect(problemFields(decide({ 'scoring.score': 0 }, draft))).toEqual(['scoring.score']);
            expect(problemFields(decide({ 'scoring.score': 11 }, draft))).toEqual(['scoring.score']);
            expect(problemFields(decide({ 'scoring.score': 7.5 }, draft))).toEqual(['scoring.score']);
            expect(problemFields(decide({ 'scoring.score': 1 }, draft))).toEqual([]);
        });

        it('asks whether they still work there and whether there is a score', () => {
            expect(problemFields(decide({ reached: 'YES' }))).toEqual(['stillThere']);
            expect(problemFields(decide({ reached: 'YES', stillThere: 'YES' }))).toEqual(['scoring.result']);
        });

        it('puts the prefix back when the agent deleted it', () => {
            const draft = decide({ notes: 'left a voicemail' });
            expect(notesToSave(draft, context)).toBe('Called to collect CSS - left a voicemail');
            expect(notesToSave(decide({ notes: 'called to collect css: fine' }), context)).toBe('called to collect css: fine');
        });

        it('refuses notes and CL Satisfaction Notes over the field lengths', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 5 });
            expect(problemFields(decide({ notes: 'x'.repeat(15001) }, draft))).toEqual(['notes']);
            expect(problemFields(decide({ notes: 'x'.repeat(15000) }, draft))).toEqual([]);
            expect(problemFields(decide({ satisfactionNotes: 'x'.repeat(32769) }, draft))).toEqual(['satisfactionNotes']);
            expect(requestOf(decide({ satisfactionNotes: '  call back after 10 am  ' }, draft)).satisfactionNotes).toBe('call back after 10 am');
        });
    });

    describe('reached, no score', () => {
        const noScore = { reached: 'YES', stillThere: 'YES', 'scoring.result': 'NO_SCORE', 'scoring.reason': 'Busy with an audit' };

        it('NO_SCORE_FOLLOW_UP: says why and schedules a follow-up call', () => {
            const draft = decide({ ...noScore, 'scoring.next': 'FOLLOW_UP' });
            expect(requestOf(draft)).toEqual({
                ...BASE_REQUEST,
                outcome: 'NO_SCORE_FOLLOW_UP',
                notes: 'Called to collect CSS -',
                reason: 'Busy with an audit',
                followUp: { reminderAt: new Date(2026, 10, 24, 10, 0).toISOString() }
            });
        });

        it('requires the reason and the next step', () => {
            expect(problemFields(decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'NO_SCORE' }))).toEqual(['scoring.reason', 'scoring.next']);
            expect(problemFields(decide({ ...noScore, 'scoring.reason': 'x'.repeat(256), 'scoring.next': 'FOLLOW_UP' }))).toEqual(['scoring.reason']);
        });

        it('NO_SCORE_COMPLETE early names the manager who agreed ("speak with Eric")', () => {
            const draft = decide({ ...noScore, 'scoring.next': 'COMPLETE' });
            expect(needsNoScoreApproval(context)).toBe(true);
            expect(problemFields(draft)).toEqual(['scoring.approverId']);
            expect(requestOf(decide({ 'scoring.approverId': '005000000000009AAA' }, draft))).toEqual({
                ...BASE_REQUEST,
                outcome: 'NO_SCORE_COMPLETE',
                notes: 'Called to collect CSS -',
                reason: 'Busy with an audit',
                noScoreApprovedById: '005000000000009AAA'
            });
        });

        it('NO_SCORE_COMPLETE on the last attempt or after the support case closed needs no one', () => {
            const lastAttempt = withContext({ callAttempts: 5 });
            const callback = withContext({ supportCase: { ...OPEN_SUPPORT_CASE, isClosed: true, status: 'Closed' }, callbackDue: true });
            for (const ctx of [lastAttempt, callback]) {
                const draft = decide({ ...noScore, 'scoring.next': 'COMPLETE', 'scoring.approverId': '005000000000009AAA' });
                expect(needsNoScoreApproval(ctx)).toBe(false);
                expect(requestOf(draft, ctx)).toMatchObject({ outcome: 'NO_SCORE_COMPLETE', noScoreApprovedById: null });
            }
        });

        it('does not offer completing with No Score while the support case is open, nor early without a manager to agree', () => {
            expect(mayCompleteNoScore(context)).toBe(true);
            expect(mayCompleteNoScore(withContext({ supportCase: OPEN_SUPPORT_CASE, callAttempts: 5 }))).toBe(false);
            expect(mayCompleteNoScore(withContext({ noScoreApprovers: [] }))).toBe(false);
            expect(mayCompleteNoScore(withContext({ noScoreApprovers: [], callAttempts: 5 }))).toBe(true);
        });

        it('SUPPORT_CASE without a score: the support case with phone, email and description from the call', () => {
            const draft = decide({
                ...noScore,
                notes: 'Called to collect CSS - repair orders fail to print',
                'scoring.next': 'SUPPORT_CASE',
                ...SUPPORT_CASE,
                'supportCase.offers': ['REMOTE_TRAINING', 'TRANSFER_TO_SUPPORT']
            });
            expect(requestOf(draft)).toEqual({
                ...BASE_REQUEST,
                outcome: 'SUPPORT_CASE',
                notes: 'Called to collect CSS - repair orders fail to print',
                reason: 'Busy with an audit',
                offers: ['REMOTE_TRAINING', 'TRANSFER_TO_SUPPORT'],
                supportCase: {
                    subject: 'DMS: repair orders do not print since the update',
                    description: 'Called to collect CSS - repair orders fail to print',
                    phone: '(555) 010-2000',
                    email: 'dana.reyes@northside-motors.example',
                    productType: 'DMS',
                    reason: 'Performance',
                    type: 'Electronic'
                }
            });
        });

        it('SUPPORT_CASE with a score: scored, and the support case opened too', () => {
            const draft = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 4, 'scoring.alsoSupportCase': true, ...SUPPORT_CASE });
            expect(requestOf(draft)).toMatchObject({ outcome: 'SUPPORT_CASE', score: 4, reason: null, supportCase: { productType: 'DMS' } });
        });

        it('keeps what the agent typed over the prefilled phone, email and description', () => {
            const draft = decide({ ...noScore, 'scoring.next': 'SUPPORT_CASE', ...SUPPORT_CASE, 'supportCase.phone': ' 555-0199 ', 'supportCase.email': 'dana@example.com', 'supportCase.description': 'Printer queue stalls' });
            expect(requestOf(draft).supportCase).toMatchObject({ phone: '555-0199', email: 'dana@example.com', description: 'Printer queue stalls' });
        });

        it('validates every support case field: required, lengths, email, vague subject', () => {
            const base = decide({ ...noScore, 'scoring.next': 'SUPPORT_CASE' });
            expect(problemFields(base)).toEqual(['supportCase.subject', 'supportCase.productType', 'supportCase.reason', 'supportCase.type']);
            const bad = decide({
                ...SUPPORT_CASE,
                'supportCase.subject': 'Needs help',
                'supportCase.email': 'not-an-email',
                'supportCase.phone': '',
                'supportCase.description': ''
            }, base);
            expect(problemFields(bad)).toEqual(['supportCase.subject', 'supportCase.description', 'supportCase.phone', 'supportCase.email']);
            const long = decide({ ...SUPPORT_CASE, 'supportCase.subject': `DMS printing ${'x'.repeat(250)}`, 'supportCase.phone': '5'.repeat(41) }, base);
            expect(problemFields(long)).toEqual(['supportCase.subject', 'supportCase.phone']);
        });
    });

    describe('isVagueSubject: "try to avoid saying needs help or issue"', () => {
        it.each(['needs help', 'Issue', 'Customer has an issue', 'Website problem', 'Help!', 'problems'])('rejects "%s"', (subject) => {
            expect(isVagueSubject(subject)).toBe(true);
        });
        it.each(['DMS login issue', 'Repair orders do not print', 'CRM duplicate leads after import'])('accepts "%s"', (subject) => {
            expect(isVagueSubject(subject)).toBe(false);
        });
    });

    describe('NOT_REACHED: "Current Contact: Did Not Reach Them"', () => {
        it('counts the attempt and schedules the follow-up with the optional reason', () => {
            const draft = decide({ reached: 'NO', notReachedReason: 'Only in on Tuesdays' });
            expect(outcomeOf(draft, context)).toBe('NOT_REACHED');
            expect(requestOf(draft)).toEqual({
                ...BASE_REQUEST,
                outcome: 'NOT_REACHED',
                notes: 'Called to collect CSS -',
                reason: 'Only in on Tuesdays',
                followUp: { reminderAt: new Date(2026, 10, 24, 10, 0).toISOString() }
            });
            expect(requestOf(decide({ notReachedReason: '  ' }, draft)).reason).toBeNull();
        });

        it('names the reminder after Step 1 and the contact: "Customer Satisfaction Call: <contact name>"', () => {
            expect(followUpSubject(decide({ reached: 'NO' }), context)).toBe('Customer Satisfaction Call: Dana Reyes');
        });

        it('records a voicemail ("If it\'s a voice message") only for a call that did not reach anyone', () => {
            expect(requestOf(decide({ reached: 'NO', leftMessage: true })).leftMessage).toBe(true);
            const scored = decide({ reached: 'YES', stillThere: 'YES', 'scoring.result': 'SCORE', 'scoring.score': 8, leftMessage: true });
            expect(requestOf(scored).leftMessage).toBe(false);
        });

        it('requires a reminder in the future', () => {
            const draft = decide({ reached: 'NO' });
            expect(problemFields(decide({ reminderAt: '' }, draft))).toEqual(['reminderAt']);
            expect(problemFields(decide({ reminderAt: 'soon' }, draft))).toEqual(['reminderAt']);
            expect(problemFields(decide({ reminderAt: new Date(2026, 10, 23, 9, 0).toISOString() }, draft))).toEqual(['reminderAt']);
        });

        it('refuses a reason over 255 characters', () => {
            expect(problemFields(decide({ reached: 'NO', notReachedReason: 'x'.repeat(256) }))).toEqual(['notReachedReason']);
        });
    });

    describe('MAX_ATTEMPTS_COMPLETE: "After you\'ve called 6 times ... you may mark the CLA case as complete"', () => {
        const lastAttempt = withContext({ callAttempts: 5 });

        it('is offered from the configured maximum on, not before', () => {
            expect(mayCompleteUnreached(context)).toBe(false);
            expect(mayCompleteUnreached(lastAttempt)).toBe(true);
            expect(mayCompleteUnreached(withContext({ callAttempts: 2, settings: { ...context.settings, maxCallAttempts: 3 } }))).toBe(true);
        });

        it('the agent chooses: completing with No Score, or another follow-up ("may")', () => {
            const draft = decide({ reached: 'NO' });
            expect(outcomeOf(draft, lastAttempt)).toBeNull();
            expect(problemFields(draft, lastAttempt)).toEqual(['finalAttempt']);
            expect(requestOf(decide({ finalAttempt: 'COMPLETE' }, draft), lastAttempt)).toEqual({
                ...BASE_REQUEST,
                outcome: 'MAX_ATTEMPTS_COMPLETE',
                notes: 'Called to collect CSS -'
            });
            expect(requestOf(decide({ finalAttempt: 'FOLLOW_UP' }, draft), lastAttempt)).toMatchObject({ outcome: 'NOT_REACHED', followUp: { reminderAt: expect.any(String) } });
        });

        it('is not offered while the support case is open, even on the last attempt: another call is scheduled', () => {
            const waiting = withContext({ callAttempts: 5, supportCase: OPEN_SUPPORT_CASE });
            expect(mayCompleteUnreached(waiting)).toBe(false);
            expect(requestOf(decide({ reached: 'NO' }), waiting)).toMatchObject({ outcome: 'NOT_REACHED', followUp: { reminderAt: expect.any(String) } });
        });

        it('is offered on the callback after a closed support case ("unable to get ahold of them ... mark the case as complete")', () => {
            const callback = withContext({ callbackDue: true });
            expect(mayCompleteUnreached(callback)).toBe(true);
            expect(requestOf(decide({ reached: 'NO', finalAttempt: 'COMPLETE' }), callback).outcome).toBe('MAX_ATTEMPTS_COMPLETE');
        });
    });

    describe('CONTACT_LEFT: "They Do Not Work There"', () => {
        const left = { reached: 'YES', stillThere: 'NO' };

        it('an existing dealership contact, reached and scored', () => {
            const draft = decide({ ...left, 'replacement.choice': '003000000000002AAA', 'replacement.reached': 'YES', 'replacement.scoring.result': 'SCORE', 'replacement.scoring.score': 10, 'replacement.scoring.referral': 'YES' });
            expect(outcomeOf(draft, context)).toBe('CONTACT_LEFT');
            expect(requestOf(draft)).toEqual({
                ...BASE_REQUEST,
                outcome: 'CONTACT_LEFT',
                notes: 'Called to collect CSS -',
                replacement: {
                    contactId: '003000000000002AAA',
                    create: null,
                    confirmedNotDuplicate: false,
                    reached: true,
                    score: 10,
                    referral: true,
                    followUp: null,
                    supportCase: null
                }
            });
        });

        it('a new contact, not reached: created with a follow-up named after them ("New Contact: Did Not Reach Them")', () => {
            const draft = decide({
                ...left,
                'replacement.choice': NEW_CONTACT,
                'replacement.create.firstName': ' Jo ',
                'replacement.create.lastName': 'Vance',
                'replacement.create.title': 'Fixed Ops Director',
                'replacement.create.phone': '',
                'replacement.create.email': 'jo.vance@northside-motors.example',
                'replacement.confirmedNotDuplicate': true,
                'replacement.reached': 'NO'
            });
            expect(followUpSubject(draft, context)).toBe('Customer Satisfaction Call: Jo Vance');
            expect(requestOf(draft)).toEqual({
                ...BASE_REQUEST,
                outcome: 'CONTACT_LEFT',
                notes: 'Called to collect CSS -',
                replacement: {
                    contactId: null,
                    create: { firstName: 'Jo', lastName: 'Vance', title: 'Fixed Ops Director', phone: null, email: 'jo.vance@northside-motors.example' },
                    confirmedNotDuplicate: true,
                    reached: false,
                    score: null,
                    referral: null,
                    followUp: { reminderAt: new Date(2026, 10, 24, 10, 0).toISOString() },
                    supportCase: null
                }
            });
        });

        it('the new contact reached without a score opens a support case prefilled from them', () => {
            const draft = decide({
                ...left,
                'replacement.choice': '003000000000002AAA',
                'replacement.reached': 'YES',
                'replacement.scoring.result': 'NO_SCORE',
                'replacement.scoring.next': 'SUPPORT_CASE',
                ...SUPPORT_CASE
            });
            const request = requestOf(draft);
            expect(request.supportCase).toBeNull();
            expect(request.replacement?.supportCase).toMatchObject({ phone: '(555) 010-3000', email: 'lee.park@northside-motors.example' });
            expect(request.replacement?.followUp).toBeNull();
        });

        it('requires who, and for someone new only the name ("try to obtain their official title and the correct spelling of their name")', () => {
            expect(problemFields(decide(left))).toEqual(['replacement.choice', 'replacement.reached']);
            const created = decide({ ...left, 'replacement.choice': NEW_CONTACT, 'replacement.reached': 'NO' });
            expect(problemFields(created)).toEqual(['replacement.create.firstName', 'replacement.create.lastName']);
            const tooLong = decide({
                'replacement.create.firstName': 'x'.repeat(41),
                'replacement.create.lastName': 'x'.repeat(81),
                'replacement.create.title': 'x'.repeat(129),
                'replacement.create.phone': '5'.repeat(41),
                'replacement.create.email': 'nope'
            }, created);
            expect(problemFields(tooLong)).toEqual([
                'replacement.create.firstName',
                'replacement.create.lastName',
                'replacement.create.title',
                'replacement.create.phone',
                'replacement.create.email'
            ]);
        });

        it('saves someone new without a title, phone or email, and says there is no number to call back on', () => {
            const named = decide({
                ...left,
                'replacement.choice': NEW_CONTACT,
                'replacement.reached': 'NO',
                'replacement.create.firstName': 'Dana',
                'replacement.create.lastName': 'Whitfield'
            });
            expect(problemFields(named)).toEqual([]);
            expect(noCallbackNumber(named.replacement.create)).toBe(true);
            expect(requestOf(named).replacement?.create).toEqual({ firstName: 'Dana', lastName: 'Whitfield', title: null, phone: null, email: null });
            expect(noCallbackNumber(decide({ 'replacement.create.email': 'dana@example.com' }, named).replacement.create)).toBe(false);
        });

        it('adds the call to a replacement whose CLA case is complete, without a follow-up ("add your call to the already existing case")', () => {
            const completed = withContext({
                dealershipContacts: context.dealershipContacts.map((contact) => ({ ...contact, claState: 'COMPLETED' as const }))
            });
            const draft = decide({ ...left, 'replacement.choice': '003000000000003AAA', 'replacement.reached': 'NO', leftMessage: true });
            expect(requestOf(draft, completed)).toMatchObject({ leftMessage: true, replacement: { contactId: '003000000000003AAA', reached: false, followUp: null } });
        });

        it('refuses a contact that is not in the dealership list', () => {
            expect(problemFields(decide({ ...left, 'replacement.choice': '003000000000099AAA', 'replacement.reached': 'NO' }))).toEqual(['replacement.choice']);
        });

        it('a reached new contact needs a score or a next step', () => {
            const draft = decide({ ...left, 'replacement.choice': '003000000000003AAA', 'replacement.reached': 'YES' });
            expect(problemFields(draft)).toEqual(['replacement.scoring.result']);
            expect(problemFields(decide({ 'replacement.scoring.result': 'NO_SCORE' }, draft))).toEqual(['replacement.scoring.next']);
        });
    });

    describe('ASK_MANAGER: "If you discover a different situation, speak with Eric"', () => {
        it('sends the notes and nothing else', () => {
            const draft = decide({ askManager: true, reached: 'YES', notes: 'Called to collect CSS - owner wants to cancel' });
            expect(requestOf(draft)).toEqual({ ...BASE_REQUEST, outcome: 'ASK_MANAGER', notes: 'Called to collect CSS - owner wants to cancel' });
        });
        it('requires notes beyond the prefix', () => {
            expect(problemFields(decide({ askManager: true }))).toEqual(['notes']);
        });
    });

    describe('the dealership contacts', () => {
        it('offers current contacts other than the one who left, with their CLA state, then someone new', () => {
            expect(replacementOptions(context.dealershipContacts, '003000000000002AAA')).toEqual([
                { label: 'Sam Ortiz (No CLA)', value: '003000000000003AAA' },
                { label: 'Someone new: add a contact', value: NEW_CONTACT }
            ]);
        });

        it('finds an existing contact the agent is about to add again ("See if they already exist under the dealership page")', () => {
            const typed = { firstName: 'Lee', lastName: 'Park', title: '', phone: '', email: '' };
            expect(possibleDuplicates(typed, context.dealershipContacts).map((c) => c.name)).toEqual(['Lee Park']);
            expect(possibleDuplicates({ ...typed, firstName: 'Robin', lastName: 'X', phone: '555 010 3000' }, context.dealershipContacts).map((c) => c.name)).toEqual(['Lee Park']);
            expect(possibleDuplicates({ ...typed, firstName: 'Jo', lastName: 'Vance' }, context.dealershipContacts)).toEqual([]);
        });
    });

    describe('after the save', () => {
        const response: CallOutcomeResponse = {
            caseId: '500000000000001AAA',
            callTaskIds: ['00T000000000001AAA'],
            followUpTaskId: null,
            supportCaseId: null,
            managerTaskId: null,
            replacementContactId: null,
            replacementCaseId: null,
            caseStatus: 'Closed',
            activityStatus: 'Complete',
            score: '9',
            callAttempts: 3,
            replayed: false
        };

        it('says what was done, and that a repeated save wrote nothing new', () => {
            expect(savedMessage('SCORED', response)).toBe('Score 9 recorded and the CLA case completed.');
            expect(savedMessage('SCORED', { ...response, replayed: true })).toBe('Score 9 recorded and the CLA case completed. (This call had already been saved.)');
            expect(savedMessage('NOT_REACHED', { ...response, activityStatus: 'In Progress', callAttempts: 4 })).toBe('Attempt 4 logged and a follow-up reminder set.');
            expect(savedMessage('SUPPORT_CASE', { ...response, activityStatus: 'Awaiting Support Case' })).toBe('Call logged and a support case opened; the CLA waits for it to close.');
        });

        it('offers the next sensible step', () => {
            expect(nextSteps(response)).toEqual(['NEXT_CASE']);
            expect(nextSteps({ ...response, activityStatus: 'In Progress' })).toEqual(['LOG_ANOTHER_CALL', 'NEXT_CASE']);
            expect(nextSteps({ ...response, activityStatus: 'Awaiting Support Case', supportCaseId: '500000000000007AAA' })).toEqual(['OPEN_SUPPORT_CASE', 'LOG_ANOTHER_CALL', 'NEXT_CASE']);
            expect(nextSteps({ ...response, replacementContactId: '003000000000008AAA', replacementCaseId: '500000000000008AAA' })).toEqual(['OPEN_NEW_CONTACT_CASE', 'NEXT_CASE']);
        });

        it('lists every changed record once for notifyRecordUpdateAvailable', () => {
            expect(changedRecordIds({ ...response, supportCaseId: '500000000000007AAA', replacementContactId: '003000000000008AAA', replacementCaseId: '500000000000001AAA' })).toEqual([
                '500000000000001AAA',
                '500000000000007AAA',
                '003000000000008AAA'
            ]);
        });

        it('carries the server state into the context for the next call', () => {
            const after = contextAfterSave(context, { ...response, activityStatus: 'In Progress', caseStatus: 'Working', score: null, callAttempts: 3 });
            expect(after).toMatchObject({ callAttempts: 3, caseStatus: 'Working', isClosed: false });
            expect(isComplete(after)).toBe(false);
            expect(isComplete(contextAfterSave(context, response))).toBe(true);
        });
    });

    it('refuses an unknown draft field instead of silently adding it', () => {
        expect(() => updateDraft(newDraft(context, NOW), 'scoring.nope', 1)).toThrow('Unknown draft field: scoring.nope');
    });
});
