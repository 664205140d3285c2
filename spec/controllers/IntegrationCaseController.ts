// IntegrationCaseController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    AskWorkerRequest,
    CloseIntegrationCaseRequest,
    ControllerImplementation,
    IntegrationCaseControllerContract,
    IntegrationCaseRequest,
    IntegrationCaseResponse,
    IntegrationSaveResponse,
    LogEcpContactRequest,
    PostUpdateRequest,
    SetNoResponseRequest
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { selectIntegrationCase } from '../selectors/IntegrationCaseSelector';
import { askWorker, closeCase, logEcpContact, postUpdate, setNoResponse, type SavedAction } from '../services/IntegrationCaseService';
import { integrationCaseView, viewOf } from '../services/IntegrationCaseView';
import { requestFingerprint } from '../services/RequestFingerprint';
import { runAuraEnabled } from './auraEnabled';

export class IntegrationCaseController implements ControllerImplementation<IntegrationCaseControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof IntegrationCaseControllerContract]: IntegrationCaseControllerContract[Method]['cacheable'] } = {
        getIntegrationCase: false,
        logEcpContact: false,
        askWorker: false,
        postUpdate: false,
        setNoResponse: false,
        closeCase: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    getIntegrationCase(params: { request: IntegrationCaseRequest }): IntegrationCaseResponse {
        return runAuraEnabled(this.org, () => integrationCaseView(this.org, params?.request?.caseId));
    }

    logEcpContact(params: { request: LogEcpContactRequest }): IntegrationSaveResponse {
        return this.saving(() => {
            const request = params?.request;
            return logEcpContact(this.org, request?.requestKey, request?.caseId, request?.outcome, request?.comment, requestFingerprint(request));
        });
    }

    askWorker(params: { request: AskWorkerRequest }): IntegrationSaveResponse {
        return this.saving(() => {
            const request = params?.request;
            return askWorker(this.org, request?.requestKey, request?.caseId, request?.kind, request?.comment, request?.ecpRequested, requestFingerprint(request));
        });
    }

    postUpdate(params: { request: PostUpdateRequest }): IntegrationSaveResponse {
        return this.saving(() => {
            const request = params?.request;
            return postUpdate(this.org, request?.requestKey, request?.caseId, request?.comment, request?.returnToCreator, request?.waiting, requestFingerprint(request));
        });
    }

    setNoResponse(params: { request: SetNoResponseRequest }): IntegrationSaveResponse {
        return this.saving(() => {
            const request = params?.request;
            return setNoResponse(this.org, request?.requestKey, request?.caseId, request?.comment, requestFingerprint(request));
        });
    }

    closeCase(params: { request: CloseIntegrationCaseRequest }): IntegrationSaveResponse {
        return this.saving(() => {
            const request = params?.request;
            return closeCase(this.org, request?.requestKey, request?.caseId, request?.comment, requestFingerprint(request));
        });
    }

    /** The save, then the case as it stands after it (null when the running user can no longer see it). */
    private saving(body: () => SavedAction): IntegrationSaveResponse {
        return runAuraEnabled(this.org, () => {
            const saved = body();
            const record = selectIntegrationCase(this.org, saved.caseId);
            return { ...saved, view: record ? viewOf(this.org, record) : null };
        });
    }
}
