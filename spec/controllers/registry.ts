// Every TypeScript controller by Apex class name, and dispatch by 'Class.method' for the
// vector runner and the workbench server.
import type {
    ControllerImplementation,
    PlaybookControllerContracts,
    PlaybookControllerName
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { toAuraHandledError } from '../errors/auraHandled';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { CallWizardController } from './CallWizardController';
import { ContractWarningController } from './ContractWarningController';
import { CustomerController } from './CustomerController';
import { IntegrationCaseController } from './IntegrationCaseController';
import { deserializeParams } from './deserializeParams';
import { FindCallerController } from './FindCallerController';
import { LogReviewController } from './LogReviewController';
import { LogACallController } from './LogACallController';
import { NewCaseController } from './NewCaseController';

export type ControllerInstances = {
    [Name in PlaybookControllerName]: ControllerImplementation<PlaybookControllerContracts[Name]>;
};

const CONTROLLER_CLASSES = {
    CallWizardController,
    ContractWarningController,
    CustomerController,
    FindCallerController,
    LogReviewController,
    LogACallController,
    NewCaseController,
    IntegrationCaseController
} as const satisfies Record<PlaybookControllerName, unknown>;

export function createControllers(org: InMemoryOrg): ControllerInstances {
    return {
        CallWizardController: new CallWizardController(org),
        ContractWarningController: new ContractWarningController(org),
        CustomerController: new CustomerController(org),
        FindCallerController: new FindCallerController(org),
        LogReviewController: new LogReviewController(org),
        LogACallController: new LogACallController(org),
        NewCaseController: new NewCaseController(org),
        IntegrationCaseController: new IntegrationCaseController(org) };
}

export interface ApexMethodEntry {
    className: PlaybookControllerName;
    methodName: string;
    cacheable: boolean;
    /**
     * Calls the method with the params object a component passes to the Apex import, first read into the method's
     * parameter types as the platform deserializes them (deserializeParams.ts).
     */
    handler(params: unknown): unknown;
}

/** Every controller method by '@salesforce/apex' name ('CallWizardController.claimCase'). */
export function apexMethods(org: InMemoryOrg): Record<string, ApexMethodEntry> {
    const controllers = createControllers(org);
    const entries: Record<string, ApexMethodEntry> = {};
    for (const className of Object.keys(CONTROLLER_CLASSES) as PlaybookControllerName[]) {
        const instance = controllers[className] as unknown as Record<string, (params: unknown) => unknown>;
        const cacheable = CONTROLLER_CLASSES[className].cacheable as Record<string, boolean>;
        for (const methodName of Object.keys(cacheable)) {
            entries[`${className}.${methodName}`] = {
                className,
                methodName,
                cacheable: cacheable[methodName] === true,
                handler: (params: unknown) => {
                    let typed: Record<string, unknown>;
                    try {
                        typed = deserializeParams(`${className}.${methodName}`, params);
                    } catch (error) {
                        throw toAuraHandledError(error, org);
                    }
                    return (instance[methodName] as (params: unknown) => unknown).call(instance, typed);
                }
            };
        }
    }
    return entries;
}

/** Calls `Class.method` as the running user; throws for a method no TypeScript controller has. */
export function invokeController(org: InMemoryOrg, className: string, methodName: string, params: unknown): unknown {
    const entry = apexMethods(org)[`${className}.${methodName}`];
    if (!entry) throw new Error(`No TypeScript controller method ${className}.${methodName}`);
    return entry.handler(params);
}
