// Typed call to FindCallerController. The method takes `{ request }`, as the Apex method does.
import searchMethod from '@salesforce/apex/FindCallerController.search';
import type { FindCallerRequest, FindCallerResponse } from 'c/playbookContracts';

/** One page of callers for a term. */
export function searchCallers(request: FindCallerRequest): Promise<FindCallerResponse> {
    return searchMethod({ request }) as Promise<FindCallerResponse>;
}
