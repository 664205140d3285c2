// Tokens, refresh tokens, client secrets and auth URLs never reach the terminal or a CI log.
const secrets = new Set();

export function registerSecret(value) {
    if (typeof value === 'string' && value.length >= 6) secrets.add(value);
}

const patterns = [
    [/force:\/\/[^\s'"<>]*:[^\s'"<>]*@[^\s'"<>]+/g, 'force://[redacted]'],
    [/\b(00D[A-Za-z0-9]{12,15})![A-Za-z0-9._-]+/g, '$1![redacted]'],
    [/(Bearer|OAuth)\s+[A-Za-z0-9._!~+/=-]{8,}/gi, '$1 [redacted]'],
    [/((?:access_token|refresh_token|client_secret|sessionId)["']?\s*[=:]\s*["']?)[^\s&"'<,}]+/gi, '$1[redacted]'],
    [/(<sessionId>)[^<]*(<\/sessionId>)/gi, '$1[redacted]$2']
];

export function redact(text) {
    let result = String(text);
    // longest first, so a secret that contains another is removed whole
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join('[redacted]');
    }
    for (const [pattern, replacement] of patterns) result = result.replace(pattern, replacement);
    return result;
}

export function forgetSecrets() {
    secrets.clear();
}
