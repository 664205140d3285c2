// Typed call to ContractWarningController.assignToBackOffice, which takes `{ request }` as the Apex method does.
import assignToBackOfficeMethod from '@salesforce/apex/ContractWarningController.assignToBackOffice';
export function assignToBackOffice(request) {
    return assignToBackOfficeMethod({ request });
}
