import { EXIT } from './exit-codes.mjs';

/** An error whose message is meant for a person and whose exit code is already decided. */
export class OrgScriptError extends Error {
    constructor(message, exitCode, { cause } = {}) {
        super(message, cause ? { cause } : undefined);
        this.name = 'OrgScriptError';
        this.exitCode = exitCode;
    }
}

export const usageError = (message) => new OrgScriptError(message, EXIT.USAGE);
export const authError = (message, cause) => new OrgScriptError(message, EXIT.AUTH, { cause });
