// Client helpers every component shares: reducing a server error to one message a person can act
// on (with the reference support uses to trace it), and the idempotency key a save carries.

/** What a component shows after a failed server call. */
export interface UserFacingError {
    /** Stable code from the server (e.g. OWNER_CHANGED), or UNKNOWN. */
    code: string;
    message: string;
    /** Short id also written to the server log; null when the error never reached the server. */
    reference: string | null;
}

interface ServerErrorBody {
    message?: string;
    pageErrors?: Array<{ message: string }>;
    fieldErrors?: Record<string, Array<{ message: string }>>;
    output?: { errors?: Array<{ message: string }>; fieldErrors?: Record<string, Array<{ message: string }>> };
}

const FALLBACK_MESSAGE = 'Something went wrong. Try again; if it keeps happening, tell your Salesforce admin.';

/** The package's NO_ACCESS message, as the server words it (PlaybookErrors / spec/errors/auraHandled.ts). */
export const NO_ACCESS_MESSAGE =
    'You do not have access to do this. Ask your Salesforce admin to assign you the Playbooks Agent permission set.';
export const UNREADABLE_REQUEST_MESSAGE =
    'The page sent the server something it could not read, so nothing was saved. Reload the page and try again; if it happens again, tell your Salesforce admin.';

/** The server refused a save whose key came back with another request or user: nothing saved; reload what is. */
export const REQUEST_KEY_REUSED = 'REQUEST_KEY_REUSED';

/**
 * What the platform answers before the package's Apex runs, turned into the package's own errors:
 * - without the permission set: "You do not have access to the Apex class named 'X'." ("An authenticated or guest
 *   user can access an @AuraEnabled Apex method only when the user's profile or an assigned permission set allows
 *   access to the Apex class", Lightning Aura Components Developer Guide, "Granting User Access for Apex Classes");
 * - params it cannot deserialize into the method's Apex types ("The framework deserializes the action data into the
 *   appropriate Apex type", same guide, "Passing Data to an Apex Controller"): "Value provided is invalid for action
 *   parameter 'request' of type '...'".
 */
const PLATFORM_ANSWERS: ReadonlyArray<{ pattern: RegExp; code: string; message: string }> = [
    { pattern: /^You do not have access to the Apex class named\b/i, code: 'NO_ACCESS', message: NO_ACCESS_MESSAGE },
    { pattern: /^Value provided is invalid for action parameter\b/i, code: 'INVALID_INPUT', message: UNREADABLE_REQUEST_MESSAGE }
];

function platformAnswer(message: string): UserFacingError | null {
    const known = PLATFORM_ANSWERS.find((answer) => answer.pattern.test(message.trim()));
    return known ? { code: known.code, message: known.message, reference: null } : null;
}

function parsePlaybookMessage(message: string): UserFacingError | null {
    const text = message.trim();
    if (!text.startsWith('{')) return null;
    try {
        const parsed = JSON.parse(text) as Partial<UserFacingError>;
        if (typeof parsed.code === 'string' && typeof parsed.message === 'string') {
            return { code: parsed.code, message: parsed.message, reference: parsed.reference ?? null };
        }
    } catch {
        // not one of ours: shown as it is below
    }
    return null;
}

function messagesOf(body: ServerErrorBody | ServerErrorBody[]): string[] {
    if (Array.isArray(body)) return body.flatMap((entry) => messagesOf(entry));
    const messages: string[] = [];
    if (body.message) messages.push(body.message);
    for (const pageError of body.pageErrors ?? []) messages.push(pageError.message);
    for (const errors of Object.values(body.fieldErrors ?? {})) messages.push(...errors.map((e) => e.message));
    for (const outputError of body.output?.errors ?? []) messages.push(outputError.message);
    for (const errors of Object.values(body.output?.fieldErrors ?? {})) messages.push(...errors.map((e) => e.message));
    return messages;
}

/** Reduces whatever an Apex call or LDS adapter rejected with to one user-facing error. */
export function reduceError(error: unknown): UserFacingError {
    if (error && typeof error === 'object' && 'body' in error) {
        const body = (error as { body: ServerErrorBody | ServerErrorBody[] | null }).body;
        const messages = body ? messagesOf(body) : [];
        for (const message of messages) {
            const ours = parsePlaybookMessage(message) ?? platformAnswer(message);
            if (ours) return ours;
        }
        if (messages.length) return { code: 'UNKNOWN', message: messages.join(' '), reference: null };
    }
    if (error instanceof Error && error.message) {
        return parsePlaybookMessage(error.message) ?? { code: 'UNKNOWN', message: error.message, reference: null };
    }
    return { code: 'UNKNOWN', message: FALLBACK_MESSAGE, reference: null };
}

/** The text shown to the agent: the message, then the reference when there is one. */
export function errorText(error: UserFacingError): string {
    return error.reference ? `${error.message} (Reference: ${error.reference})` : error.message;
}

/** A fresh idempotency key for one save; kept across retries of the same save. */
export function newRequestKey(): string {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A request as text that does not depend on the order of its members; its requestKey left out. */
function fingerprintOf(value: unknown, top = true): string {
    if (Array.isArray(value)) return `[${value.map((item) => fingerprintOf(item, false)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const members = Object.entries(value as Record<string, unknown>)
            .filter(([name, item]) => item !== undefined && !(top && name === 'requestKey'))
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${members.map(([name, item]) => `${JSON.stringify(name)}:${fingerprintOf(item, false)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}

/**
 * The idempotency key of a component's save. It stays while the request stays the same, so a retry after a lost
 * response is the same save and the server replays it instead of writing twice; it is new as soon as any input of
 * the request changed, since the server binds a key to its request (REQUEST_KEY_REUSED otherwise).
 */
export class SaveKey {
    private key: string | null = null;
    private fingerprint: string | null = null;

    /** The key for this request (its own requestKey member is ignored). */
    for(request: object): string {
        const fingerprint = fingerprintOf(request);
        if (this.key === null || fingerprint !== this.fingerprint) {
            this.key = newRequestKey();
            this.fingerprint = fingerprint;
        }
        return this.key;
    }

    /** Forgets the key: after the save went through, or after REQUEST_KEY_REUSED. */
    clear(): void {
        this.key = null;
        this.fingerprint = null;
    }
}
