// CaseTriggerHandler: the TypeScript counterpart of CaseTrigger -> CaseTriggerHandler in Apex,
// dispatching each event to its small actions.
import type { TriggerHandler } from '../org/triggers';
import { completeInactiveCases, markContactsFormerEmployees } from './ContactInactiveCascade';
import { clearAcknowledgements } from './ContractWarningRearm';
import { applyIntegrationDefaults } from './IntegrationCaseDefaults';
import { notifyCreatorsOfChanges } from './IntegrationCreatorNotices';
import { createCallbackTasks } from './SupportCaseCallback';

export const CASE_TRIGGER_HANDLER: TriggerHandler = {
    name: 'CaseTriggerHandler',
    objectName: 'Case',
    events: ['beforeInsert', 'beforeUpdate', 'afterInsert', 'afterUpdate'],
    handle({ org, event, newRecords, oldRecords }) {
        switch (event) {
            case 'beforeInsert':
                completeInactiveCases(org, newRecords, oldRecords);
                applyIntegrationDefaults(org, newRecords, oldRecords);
                break;
            case 'beforeUpdate':
                completeInactiveCases(org, newRecords, oldRecords);
                clearAcknowledgements(newRecords, oldRecords);
                applyIntegrationDefaults(org, newRecords, oldRecords);
                break;
            case 'afterInsert':
                markContactsFormerEmployees(org, newRecords, oldRecords);
                break;
            case 'afterUpdate':
                markContactsFormerEmployees(org, newRecords, oldRecords);
                createCallbackTasks(org, newRecords, oldRecords);
                notifyCreatorsOfChanges(org, newRecords, oldRecords);
                break;
            default:
                break;
        }
    }
};
