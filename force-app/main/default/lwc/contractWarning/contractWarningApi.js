// Typed calls to ContractWarningController. Every method takes `{ request }`, as the Apex methods do.
import getContractStatusMethod from '@salesforce/apex/ContractWarningController.getContractStatus';
import moveToContractMethod from '@salesforce/apex/ContractWarningController.moveToContract';
import acknowledgeMethod from '@salesforce/apex/ContractWarningController.acknowledge';
/** Opening the warning: the one cacheable call. */
export function getContractStatus(request) {
    return getContractStatusMethod({ request });
}
export function moveToContract(request) {
    return moveToContractMethod({ request });
}
export function acknowledge(request) {
    return acknowledgeMethod({ request });
}
