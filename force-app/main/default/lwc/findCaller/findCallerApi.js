// Typed call to FindCallerController. The method takes `{ request }`, as the Apex method does.
import searchMethod from '@salesforce/apex/FindCallerController.search';
/** One page of callers for a term. */
export function searchCallers(request) {
    return searchMethod({ request });
}
