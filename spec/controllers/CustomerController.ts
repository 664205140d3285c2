// CustomerController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    ControllerImplementation,
    CreateCustomerRequest,
    CreateCustomerResponse,
    CustomerControllerContract
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { createCustomer } from '../services/CreateCustomerService';
import { runAuraEnabled } from './auraEnabled';

export class CustomerController implements ControllerImplementation<CustomerControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof CustomerControllerContract]: CustomerControllerContract[Method]['cacheable'] } = {
        createCustomer: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    createCustomer(params: { request: CreateCustomerRequest }): CreateCustomerResponse {
        return runAuraEnabled(this.org, () => createCustomer(this.org, params?.request));
    }
}
