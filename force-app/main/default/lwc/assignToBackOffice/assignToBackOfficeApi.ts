// Typed call to ContractWarningController.assignToBackOffice, which takes `{ request }` as the Apex method does.
import assignToBackOfficeMethod from '@salesforce/apex/ContractWarningController.assignToBackOffice';
import type { AssignToBackOfficeRequest, AssignToBackOfficeResponse } from 'c/playbookContracts';

export function assignToBackOffice(request: AssignToBackOfficeRequest): Promise<AssignToBackOfficeResponse> {
    return assignToBackOfficeMethod({ request }) as Promise<AssignToBackOfficeResponse>;
}
