// Typed calls to IntegrationCaseController. Every method takes `{ request }`, as the Apex methods do.
import getIntegrationCaseMethod from '@salesforce/apex/IntegrationCaseController.getIntegrationCase';
import logEcpContactMethod from '@salesforce/apex/IntegrationCaseController.logEcpContact';
import askWorkerMethod from '@salesforce/apex/IntegrationCaseController.askWorker';
import postUpdateMethod from '@salesforce/apex/IntegrationCaseController.postUpdate';
import setNoResponseMethod from '@salesforce/apex/IntegrationCaseController.setNoResponse';
import closeCaseMethod from '@salesforce/apex/IntegrationCaseController.closeCase';
import type { IntegrationCaseRequest, IntegrationCaseResponse, IntegrationSaveResponse } from 'c/playbookContracts';
import type { SaveCall } from './integrationCaseModel';

/** Opening the component: the one call (not cacheable: every save changes what it shows). */
export function getIntegrationCase(request: IntegrationCaseRequest): Promise<IntegrationCaseResponse> {
    return getIntegrationCaseMethod({ request }) as Promise<IntegrationCaseResponse>;
}

const SAVES = {
    logEcpContact: logEcpContactMethod,
    askWorker: askWorkerMethod,
    postUpdate: postUpdateMethod,
    setNoResponse: setNoResponseMethod,
    closeCase: closeCaseMethod
} as const;

/** The one save of a form. */
export function save(call: SaveCall): Promise<IntegrationSaveResponse> {
    return SAVES[call.method]({ request: call.request }) as Promise<IntegrationSaveResponse>;
}
