// Loads the SOQL and SOSL evaluator of apex-runtime/soql/ when it is present; null when it is not
// (the runner then reports every query as `unsupported: SOQL (apex-runtime/soql not merged)`).
import type { SoqlModule } from './soqlContract';

let loaded: SoqlModule | null | undefined;

export function soqlModule(): SoqlModule | null {
    if (loaded === undefined) {
        try {
            // A runtime require: the module is optional until its branch is merged (the CLI build marks it external when absent).
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            loaded = require('../soql') as SoqlModule;
        } catch (error) {
            if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND' || !String((error as Error).message).includes('soql')) throw error;
            loaded = null;
        }
    }
    return loaded;
}

export const SOQL_MISSING = 'unsupported: SOQL (apex-runtime/soql not merged)';
