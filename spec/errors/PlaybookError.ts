// PlaybookException in TypeScript: a refusal the agent can act on, with a stable code.
import type { PlaybookErrorCode } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';

export class PlaybookError extends Error {
    readonly exceptionType = 'PlaybookException';
    readonly code: PlaybookErrorCode;

    constructor(code: PlaybookErrorCode, message: string) {
        super(message);
        this.name = 'PlaybookError';
        this.code = code;
    }
}
