// FindCallerController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    ControllerImplementation,
    FindCallerControllerContract,
    FindCallerRequest,
    FindCallerResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { findCallers } from '../services/FindCallerService';
import { runAuraEnabled } from './auraEnabled';

export class FindCallerController implements ControllerImplementation<FindCallerControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof FindCallerControllerContract]: FindCallerControllerContract[Method]['cacheable'] } = {
        search: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    search(params: { request: FindCallerRequest }): FindCallerResponse {
        return runAuraEnabled(this.org, () => findCallers(this.org, params?.request));
    }
}
