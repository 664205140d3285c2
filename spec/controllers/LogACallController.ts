// LogACallController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    ControllerImplementation,
    LogACallContextRequest,
    LogACallContextResponse,
    LogACallControllerContract,
    SaveCallRequest,
    SaveCallResponse,
    SearchContactsRequest,
    SearchContactsResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { getCallContext, saveCall, searchContacts } from '../services/LogACallService';
import { runAuraEnabled } from './auraEnabled';

export class LogACallController implements ControllerImplementation<LogACallControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof LogACallControllerContract]: LogACallControllerContract[Method]['cacheable'] } = {
        getCallContext: false,
        searchContacts: true,
        saveCall: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    getCallContext(params: { request: LogACallContextRequest }): LogACallContextResponse {
        return runAuraEnabled(this.org, () => getCallContext(this.org, params?.request));
    }

    searchContacts(params: { request: SearchContactsRequest }): SearchContactsResponse {
        return runAuraEnabled(this.org, () => searchContacts(this.org, params?.request));
    }

    saveCall(params: { request: SaveCallRequest }): SaveCallResponse {
        return runAuraEnabled(this.org, () => saveCall(this.org, params?.request));
    }
}
