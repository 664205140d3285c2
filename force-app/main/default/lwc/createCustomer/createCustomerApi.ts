// Typed call to CustomerController. The method takes `{ request }`, as the Apex method does.
import createCustomerMethod from '@salesforce/apex/CustomerController.createCustomer';
import type { CreateCustomerRequest, CreateCustomerResponse } from 'c/playbookContracts';

/** The one save of a new customer. */
export function createCustomer(request: CreateCustomerRequest): Promise<CreateCustomerResponse> {
    return createCustomerMethod({ request }) as Promise<CreateCustomerResponse>;
}
