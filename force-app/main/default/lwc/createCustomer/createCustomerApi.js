// Typed call to CustomerController. The method takes `{ request }`, as the Apex method does.
import createCustomerMethod from '@salesforce/apex/CustomerController.createCustomer';
/** The one save of a new customer. */
export function createCustomer(request) {
    return createCustomerMethod({ request });
}
