// Client helpers every component shares: reducing a server error to one message a person can act
// on (with the reference support uses to trace it), and the idempotency key a save carries.
const FALLBACK_MESSAGE = 'Something went wrong. Try again; if it keeps happening, tell your Salesforce admin.';
function parsePlaybookMessage(message) {
    const text = message.trim();
    if (!text.startsWith('{'))
        return null;
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.code === 'string' && typeof parsed.message === 'string') {
            return { code: parsed.code, message: parsed.message, reference: parsed.reference ?? null };
        }
    }
    catch {
        // not one of ours: shown as it is below
    }
    return null;
}
function messagesOf(body) {
    if (Array.isArray(body))
        return body.flatMap((entry) => messagesOf(entry));
    const messages = [];
    if (body.message)
        messages.push(body.message);
    for (const pageError of body.pageErrors ?? [])
        messages.push(pageError.message);
    for (const errors of Object.values(body.fieldErrors ?? {}))
        messages.push(...errors.map((e) => e.message));
    for (const outputError of body.output?.errors ?? [])
        messages.push(outputError.message);
    for (const errors of Object.values(body.output?.fieldErrors ?? {}))
        messages.push(...errors.map((e) => e.message));
    return messages;
}
/** Reduces whatever an Apex call or LDS adapter rejected with to one user-facing error. */
export function reduceError(error) {
    if (error && typeof error === 'object' && 'body' in error) {
        const body = error.body;
        const messages = body ? messagesOf(body) : [];
        for (const message of messages) {
            const ours = parsePlaybookMessage(message);
            if (ours)
                return ours;
        }
        if (messages.length)
            return { code: 'UNKNOWN', message: messages.join(' '), reference: null };
    }
    if (error instanceof Error && error.message) {
        return parsePlaybookMessage(error.message) ?? { code: 'UNKNOWN', message: error.message, reference: null };
    }
    return { code: 'UNKNOWN', message: FALLBACK_MESSAGE, reference: null };
}
/** The text shown to the agent: the message, then the reference when there is one. */
export function errorText(error) {
    return error.reference ? `${error.message} (Reference: ${error.reference})` : error.message;
}
/** A fresh idempotency key for one save; kept across retries of the same save. */
export function newRequestKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
