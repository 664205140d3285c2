// NewCaseController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    ControllerImplementation,
    CreateHomeownerCaseRequest,
    CreateInstallerCaseRequest,
    NewCaseContextRequest,
    NewCaseContextResponse,
    NewCaseControllerContract,
    NewCaseResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { createHomeownerCase, createInstallerCase, newCaseContext } from '../services/NewCaseService';
import { runAuraEnabled } from './auraEnabled';

export class NewCaseController implements ControllerImplementation<NewCaseControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof NewCaseControllerContract]: NewCaseControllerContract[Method]['cacheable'] } = {
        getNewCaseContext: false,
        createHomeownerCase: false,
        createInstallerCase: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    getNewCaseContext(params: { request: NewCaseContextRequest }): NewCaseContextResponse {
        // A missing request reaches the service, whose access check comes first (as in Apex).
        return runAuraEnabled(this.org, () => newCaseContext(this.org, params?.request?.recordId));
    }

    createHomeownerCase(params: { request: CreateHomeownerCaseRequest }): NewCaseResponse {
        return runAuraEnabled(this.org, () => createHomeownerCase(this.org, params?.request));
    }

    createInstallerCase(params: { request: CreateInstallerCaseRequest }): NewCaseResponse {
        return runAuraEnabled(this.org, () => createInstallerCase(this.org, params?.request));
    }
}
