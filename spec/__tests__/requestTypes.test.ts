// Wrong-typed fields are refused before a controller runs (deserializeParams, as the platform's deserialization of
// @AuraEnabled parameters): INVALID_INPUT, nothing written, the value not quoted. Each case takes a success vector
// and changes one field, among them every silent drop the security review found (a number, object or list in a
// text field, and a non-text replacement contact Id, which used to create a new contact and CLA case). Apex needs
// no such check: the platform refuses the params before the package's code runs, and the components turn that
// answer into the package's message (playbookClient). These are not vectors because the Apex replay deserializes
// params itself (JSON.deserialize turns a number into text), so the refusal is the platform's, not the package's.
import { createProjectOrg } from '../project/createProjectOrg';
import { loadVectors } from '../vectors/loadVectors';
import { runVector } from '../vectors/runVector';
import type { ControllerCall, Vector } from '../vectors/vectorTypes';
import { projectRoot } from './orgFixtures';

const vectors = new Map(loadVectors(projectRoot).map((named) => [named.name, named.vector]));

type Path = readonly (string | number)[];

function vectorNamed(name: string): Vector {
    const vector = vectors.get(name);
    if (!vector) throw new Error(`No vector ${name}`);
    return vector;
}

/** The vector with `params.<path>` set to `value` (a copy; an own property even for '__proto__', as JSON.parse makes). */
function withParam(vector: Vector, path: Path, value: unknown): Vector {
    const call = JSON.parse(JSON.stringify(vector.call)) as ControllerCall;
    let target = call.params as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
    Object.defineProperty(target, path[path.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
    return { ...vector, call };
}

function run(vector: Vector) {
    return runVector(vector, (clock, features) => createProjectOrg({ root: projectRoot, clock, ...features }));
}

const HOMEOWNER_CASE = 'NewCaseController/createHomeownerCase-activeContract';
const INSTALLER_CASE = 'NewCaseController/createInstallerCase-underContact';
const LOGGED_CALL = 'LogACallController/saveCall-logCompletedOnCase';
const NEW_INSTALLER = 'LogACallController/saveCall-createsInstallerContact';
const CONTACT_LEFT = 'CallWizardController/saveCallOutcome-contactLeftExistingContactScored';
const REVIEW = 'LogReviewController/saveReview-success';
const TAKE_OVER = 'CallWizardController/claimCase-takeOverConfirmed';
const POSITION = 'CallWizardController/saveCallOutcome-positionChanged';
const PROMPTS = 'CallWizardController/saveCallOutcome-supportCaseWithPromptsRecorded';
const APPROVER = 'CallWizardController/saveCallOutcome-noScoreApproverOnOtherOutcome';
const CUSTOMER = 'CustomerController/createCustomer-installerWithNewOrganisation';
const CALL_ON_CHOSEN_CASE = 'LogACallController/saveCall-fromAccountRelatesToChosenCase';
const HOMEOWNER_INTERACTION = 'NewCaseController/createHomeownerCase-relatesTheAgentsInteraction';
const INSTALLER_INTERACTION = 'NewCaseController/createInstallerCase-underContactRelatesTheInteraction';
const ECP_CONTACT = 'IntegrationCaseController/logEcpContact-spokeNotResolved';
const ECP_UPDATE = 'IntegrationCaseController/askWorker-updateTheEcpAskedFor';
const WAITING = 'IntegrationCaseController/postUpdate-setsWaiting';
const CLOSE = 'IntegrationCaseController/closeCase-afterNoReplyFor48Hours';
const FIND_CALLER = 'FindCallerController/search-firstPage';
const ENTITLED_CASE = 'NewCaseController/createHomeownerCase-withEntitlement';
const ENTITLED_INSTALLER_CASE = 'NewCaseController/createInstallerCase-withOpenEndedEntitlement';

const WRONG_TYPES: readonly (readonly [string, Path, unknown])[] = [
    // The review's silent drops: the record used to be written without the field.
    [LOGGED_CALL, ['request', 'comments'], 42],
    [LOGGED_CALL, ['request', 'comments'], { text: 'x' }],
    [HOMEOWNER_CASE, ['request', 'description'], ['x']],
    [HOMEOWNER_CASE, ['request', 'productType'], 3],
    [INSTALLER_CASE, ['request', 'description'], { text: 'x' }],
    [INSTALLER_CASE, ['request', 'productType'], ['Battery Storage']],
    [NEW_INSTALLER, ['request', 'newInstallerContact', 'firstName'], 7],
    [NEW_INSTALLER, ['request', 'newInstallerContact', 'email'], { address: 'x@example.com' }],
    [NEW_INSTALLER, ['request', 'newInstallerContact', 'phone'], ['555-0190']],
    // Used to be read as "no contact", and a new contact and CLA case were created.
    [CONTACT_LEFT, ['request', 'replacement', 'contactId'], 5],
    [CONTACT_LEFT, ['request', 'replacement', 'contactId'], { id: 'x' }],
    [CONTACT_LEFT, ['request', 'replacement', 'contactId'], ['003000000000001AAA']],
    // The other kinds: an object as an Id, text where a number or true/false goes, a list of other things.
    [REVIEW, ['request', 'caseId'], { Id: '500000000000001AAA' }],
    [CONTACT_LEFT, ['request', 'replacement', 'score'], '9'],
    [CONTACT_LEFT, ['request', 'replacement', 'reached'], 'yes'],
    [CONTACT_LEFT, ['request', 'replacement'], 'the new contact'],
    [LOGGED_CALL, ['request', 'contactIds'], '003000000000001AAA'],
    [NEW_INSTALLER, ['request', 'contactIds', 0], 12],
    [REVIEW, ['request'], ['a list']],
    // Procedure 000's confirmation, approver and prompts, typed as CallWizardController and CallWizardContract declare them.
    [TAKE_OVER, ['request', 'confirmTakeOver'], 'yes'],
    [TAKE_OVER, ['request', 'confirmTakeOver'], 1],
    [APPROVER, ['request', 'noScoreApprovedById'], { id: '005000000000001AAA' }],
    [POSITION, ['request', 'positionCheck'], 'changed'],
    [POSITION, ['request', 'positionCheck', 'asOnFile'], 'unchanged'],
    [POSITION, ['request', 'positionCheck', 'changes'], 7],
    [PROMPTS, ['request', 'offers'], 'REMOTE_TRAINING'],
    [PROMPTS, ['request', 'offers', 0], 3],
    [REVIEW, ['request'], 'a text'],
    // The new customer, the case a call relates to, the dispositions and the interaction a new case relates.
    [CUSTOMER, ['request', 'lastName'], 42],
    [CUSTOMER, ['request', 'accountName'], { name: 'Sunrise Roofing' }],
    [CUSTOMER, ['request', 'email'], ['x@example.com']],
    [CUSTOMER, ['request', 'kind'], 42],
    [CUSTOMER, ['request', 'confirmedNotDuplicate'], 'yes'],
    [CALL_ON_CHOSEN_CASE, ['request', 'caseId'], { Id: '500000000000001AAA' }],
    [CALL_ON_CHOSEN_CASE, ['request', 'additionalDispositions'], 'Callback'],
    [CALL_ON_CHOSEN_CASE, ['request', 'additionalDispositions'], [7]],
    [HOMEOWNER_INTERACTION, ['request', 'interactionTaskId'], { Id: '00T000000000001AAA' }],
    [INSTALLER_INTERACTION, ['request', 'interactionTaskId'], ['00T000000000001AAA']],
    // Procedure 004's saves: a comment, a choice or a flag of another type.
    [ECP_CONTACT, ['request', 'comment'], 42],
    [ECP_CONTACT, ['request', 'outcome'], ['LEFT_MESSAGE']],
    [ECP_UPDATE, ['request', 'ecpRequested'], 'yes'],
    [ECP_UPDATE, ['request', 'kind'], { kind: 'UPDATE' }],
    [WAITING, ['request', 'waiting'], 1],
    [WAITING, ['request', 'returnToCreator'], 'back to Cora'],
    [CLOSE, ['request', 'caseId'], ['500000000000001AAA']],
    // Find Caller's search and the entitlement a new case gets.
    [FIND_CALLER, ['request', 'term'], 5550177],
    [FIND_CALLER, ['request', 'term'], ['rivera']],
    [FIND_CALLER, ['request', 'pageToken'], 10],
    [ENTITLED_CASE, ['request', 'entitlementId'], { Id: '550000000000001AAA' }],
    [ENTITLED_INSTALLER_CASE, ['request', 'entitlementId'], ['550000000000001AAA']]
];

describe('a wrong-typed field is refused before the controller runs', () => {
    it.each(WRONG_TYPES.map(([name, path, value]) => [`${name}: ${path.join('.')} = ${JSON.stringify(value)}`, name, path, value] as const))(
        '%s',
        (_title, name, path, value) => {
            // A refused call searches nothing, so what the search index would return is left out.
            const vector: Vector = { ...withParam(vectorNamed(name), path, value), searchIndex: undefined };
            const outcome = run({ ...vector, expect: { error: { code: 'INVALID_INPUT' }, noOtherChanges: true } });
            expect(outcome.failures).toEqual([]);
            expect(outcome.fault?.message).toContain(path.filter((step) => typeof step === 'string').join('.'));
            expect(outcome.fault?.message).toMatch(/Reload the page/);
            if (typeof value === 'string' || typeof value === 'number') expect(outcome.fault?.message).not.toContain(String(value));
        }
    );

    it('params that are not an object are refused', () => {
        const vector = vectorNamed(REVIEW);
        const call = { ...(vector.call as ControllerCall), params: ['request'] as unknown as Record<string, unknown> };
        const outcome = run({ ...vector, call, expect: { error: { code: 'INVALID_INPUT' }, noOtherChanges: true } });
        expect(outcome.failures).toEqual([]);
    });
});

describe('what the Apex request class has no place for is left out', () => {
    it.each([
        [REVIEW, ['request', 'OwnerId']],
        [CONTACT_LEFT, ['request', 'replacement', 'isAdmin']],
        [HOMEOWNER_CASE, ['request', '__proto__']]
    ] as const)('%s: %s', (name, path) => {
        const vector = vectorNamed(name);
        const outcome = run(withParam(vector, path, { Id: 'x', polluted: true }));
        expect(outcome.failures).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('null stands for a value left out, as an Apex property left null', () => {
        const outcome = run(withParam(vectorNamed(LOGGED_CALL), ['request', 'comments'], null));
        expect(outcome.fault).toBeUndefined();
    });
});
