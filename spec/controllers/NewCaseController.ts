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
import { PlaybookError } from '../errors/PlaybookError';
import { createHomeownerCase, createInstallerCase, newCaseContext } from '../services/NewCaseService';
import { runAuraEnabled } from './auraEnabled';

function requireRequest<T>(request: T | null | undefined, what: string): T {
    if (request === null || request === undefined) throw new PlaybookError('INVALID_INPUT', `Choose ${what}.`);
    return request;
}

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
        return runAuraEnabled(this.org, () => {
            const request = requireRequest(params?.request, 'the contract or account to create the case under');
            return newCaseContext(this.org, request.recordId);
        });
    }

    createHomeownerCase(params: { request: CreateHomeownerCaseRequest }): NewCaseResponse {
        return runAuraEnabled(this.org, () => createHomeownerCase(this.org, requireRequest(params?.request, 'the contract and the case details')));
    }

    createInstallerCase(params: { request: CreateInstallerCaseRequest }): NewCaseResponse {
        return runAuraEnabled(this.org, () => createInstallerCase(this.org, requireRequest(params?.request, 'the installer and the case details')));
    }
}
