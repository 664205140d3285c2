// The error codes as a runtime list (the contract's union type cannot be enumerated), kept equal
// to the union by the two type assertions below.
import type { PlaybookErrorCode } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';

export const PLAYBOOK_ERROR_CODES = [
    'INVALID_INPUT',
    'WRONG_OBJECT',
    'NOT_FOUND',
    'NOT_A_CLA',
    'ALREADY_COMPLETE',
    'OWNER_CHANGED',
    'NO_ACCESS',
    'SAVE_FAILED',
    'UNEXPECTED',
    'DUPLICATE_CONTACT',
    'MANAGER_NOT_CONFIGURED',
    'DATA_STEWARD_NOT_CONFIGURED',
    'BACK_OFFICE_QUEUE_NOT_FOUND',
    'CONTRACT_NEEDS_CONFIRMATION',
    'OWNED_BY_COLLEAGUE',
    'NOT_CLAIMED',
    'REQUEST_KEY_REUSED'
] as const satisfies readonly PlaybookErrorCode[];

type Listed = (typeof PLAYBOOK_ERROR_CODES)[number];
type Unlisted = Exclude<PlaybookErrorCode, Listed>;
// Fails to compile when the contract gains a code that the list lacks.
export const EVERY_CODE_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
