// CallWizardController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    CallContextRequest,
    CallContextResponse,
    CallOutcomeRequest,
    CallOutcomeResponse,
    CallWizardControllerContract,
    ClaimCaseRequest,
    ClaimCaseResponse,
    ControllerImplementation,
    DealershipContactsRequest,
    DealershipContactsResponse,
    FlagDuplicateRequest,
    FlagDuplicateResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { getCallContext, getDealershipContacts } from '../services/CallContextService';
import { saveCallOutcome } from '../services/CallOutcomeService';
import { claimCase } from '../services/CallWizardService';
import { flagDuplicate } from '../services/FlagDuplicateService';
import { PlaybookError } from '../errors/PlaybookError';
import { runAuraEnabled } from './auraEnabled';

export class CallWizardController implements ControllerImplementation<CallWizardControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof CallWizardControllerContract]: CallWizardControllerContract[Method]['cacheable'] } = {
        claimCase: false,
        getCallContext: false,
        getDealershipContacts: false,
        saveCallOutcome: false,
        flagDuplicate: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    claimCase(params: { request: ClaimCaseRequest }): ClaimCaseResponse {
        return runAuraEnabled(this.org, () => {
            const request = params?.request;
            const result = claimCase(this.org, request?.caseId, request?.expectedOwnerId, request?.confirmTakeOver);
            return {
                caseId: result.caseId,
                ownerId: result.ownerId,
                ownerName: result.ownerName,
                closedTaskCount: result.closedTaskCount,
                movedTaskCount: result.movedTaskCount
            };
        });
    }

    getCallContext(params: { request: CallContextRequest }): CallContextResponse {
        return runAuraEnabled(this.org, () => {
            if (!params?.request) throw invalidRequest('Choose the CLA case to open.');
            return getCallContext(this.org, params.request.caseId);
        });
    }

    getDealershipContacts(params: { request: DealershipContactsRequest }): DealershipContactsResponse {
        return runAuraEnabled(this.org, () => {
            if (!params?.request) throw invalidRequest('Choose the page of contacts to show.');
            return getDealershipContacts(this.org, params.request.caseId, params.request.page);
        });
    }

    saveCallOutcome(params: { request: CallOutcomeRequest }): CallOutcomeResponse {
        return runAuraEnabled(this.org, () => saveCallOutcome(this.org, params?.request));
    }

    flagDuplicate(params: { request: FlagDuplicateRequest }): FlagDuplicateResponse {
        return runAuraEnabled(this.org, () => flagDuplicate(this.org, params?.request));
    }
}

function invalidRequest(message: string): PlaybookError {
    return new PlaybookError('INVALID_INPUT', message);
}
