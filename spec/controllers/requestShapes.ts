// The parameters of every @AuraEnabled controller method as the Apex controllers declare them: the request
// class and its @AuraEnabled properties, field by field. On the platform the framework deserializes a
// component's params into these Apex types before the method runs ("The framework deserializes the action data
// into the appropriate Apex type", Lightning Aura Components Developer Guide, "Passing Data to an Apex
// Controller"), so a value of the wrong type never reaches the package's code. The TypeScript twin reads params
// through these shapes (deserializeParams.ts) to the same effect. scripts/checks/controller-contracts.mjs fails
// when a shape and its Apex class disagree. No imports: the check loads this file on its own.

/** An Apex property type of a request class: a primitive, a list of text, or another request class. */
export type FieldType = 'String' | 'Boolean' | 'Decimal' | 'List<String>' | RequestShape;

export interface RequestShape {
    /** The Apex class as the top-level class names it: 'CallWizardContract.FollowUpRequest'. */
    readonly apexClass: string;
    /** Its @AuraEnabled properties, by name. */
    readonly fields: Readonly<Record<string, FieldType>>;
}

const shape = (apexClass: string, fields: Record<string, FieldType>): RequestShape => ({ apexClass, fields });

// ---- CallWizardController ----------------------------------------------------------------------------------

const FOLLOW_UP = shape('CallWizardContract.FollowUpRequest', { reminderAt: 'String' });

const NEW_CONTACT = shape('CallWizardContract.NewContactInput', {
    firstName: 'String',
    lastName: 'String',
    title: 'String',
    phone: 'String',
    email: 'String'
});

const SUPPORT_CASE = shape('CallWizardContract.SupportCaseInput', {
    subject: 'String',
    description: 'String',
    phone: 'String',
    email: 'String',
    productType: 'String',
    reason: 'String',
    type: 'String',
    contactId: 'String'
});

const REPLACEMENT = shape('CallWizardContract.ReplacementCall', {
    contactId: 'String',
    create: NEW_CONTACT,
    confirmedNotDuplicate: 'Boolean',
    reached: 'Boolean',
    score: 'Decimal',
    referral: 'Boolean',
    followUp: FOLLOW_UP,
    supportCase: SUPPORT_CASE
});

const POSITION_CHECK = shape('CallWizardContract.PositionCheck', { asOnFile: 'Boolean', changes: 'String' });

const CALL_OUTCOME = shape('CallWizardContract.CallOutcomeRequest', {
    requestKey: 'String',
    caseId: 'String',
    expectedOwnerId: 'String',
    outcome: 'String',
    notes: 'String',
    score: 'Decimal',
    referral: 'Boolean',
    reason: 'String',
    leftMessage: 'Boolean',
    noScoreApprovedById: 'String',
    positionCheck: POSITION_CHECK,
    offers: 'List<String>',
    followUp: FOLLOW_UP,
    supportCase: SUPPORT_CASE,
    replacement: REPLACEMENT,
    satisfactionNotes: 'String'
});

// ---- LogACallController ------------------------------------------------------------------------------------

const NEW_INSTALLER_CONTACT = shape('LogACallController.NewInstallerContact', {
    firstName: 'String',
    lastName: 'String',
    phone: 'String',
    email: 'String',
    accountId: 'String',
    confirmedNotDuplicate: 'Boolean'
});

const SAVE_CALL = shape('LogACallController.SaveCallRequest', {
    requestKey: 'String',
    recordId: 'String',
    mode: 'String',
    existingTaskId: 'String',
    subject: 'String',
    comments: 'String',
    callType: 'String',
    outcome: 'String',
    reminderAt: 'String',
    dueDate: 'String',
    contactIds: 'List<String>',
    newInstallerContact: NEW_INSTALLER_CONTACT,
    caseId: 'String',
    accountIds: 'List<String>',
    additionalDispositions: 'List<String>'
});

// ---- CustomerController ------------------------------------------------------------------------------------

const CREATE_CUSTOMER = shape('CustomerController.CreateCustomerRequest', {
    requestKey: 'String',
    kind: 'String',
    accountId: 'String',
    accountName: 'String',
    firstName: 'String',
    lastName: 'String',
    title: 'String',
    phone: 'String',
    email: 'String',
    confirmedNotDuplicate: 'Boolean'
});

// ---- IntegrationCaseController -----------------------------------------------------------------------------

const INTEGRATION_SAVE_FIELDS = { requestKey: 'String', caseId: 'String', comment: 'String' } as const;

/** Every controller method by '@salesforce/apex' name: its parameters by name. */
export const METHOD_PARAMETERS: Readonly<Record<string, Readonly<Record<string, FieldType>>>> = {
    'CallWizardController.claimCase': {
        request: shape('CallWizardController.ClaimCaseRequest', {
            caseId: 'String',
            expectedOwnerId: 'String',
            confirmTakeOver: 'Boolean'
        })
    },
    'CallWizardController.getCallContext': { request: shape('CallWizardContract.CallContextRequest', { caseId: 'String' }) },
    'CallWizardController.getDealershipContacts': {
        request: shape('CallWizardContract.DealershipContactsRequest', { caseId: 'String', page: 'String' })
    },
    'CallWizardController.saveCallOutcome': { request: CALL_OUTCOME },
    'CallWizardController.flagDuplicate': {
        request: shape('CallWizardContract.FlagDuplicateRequest', {
            requestKey: 'String',
            contactId: 'String',
            duplicateContactId: 'String',
            note: 'String'
        })
    },
    'ContractWarningController.getContractStatus': {
        request: shape('ContractWarningController.ContractStatusRequest', { caseId: 'String' })
    },
    'ContractWarningController.moveToContract': {
        request: shape('ContractWarningController.MoveToContractRequest', { requestKey: 'String', caseId: 'String', contractId: 'String' })
    },
    'ContractWarningController.acknowledge': {
        request: shape('ContractWarningController.AcknowledgeRequest', { requestKey: 'String', caseId: 'String' })
    },
    'ContractWarningController.assignToBackOffice': {
        request: shape('ContractWarningController.AssignToBackOfficeRequest', { requestKey: 'String', caseId: 'String' })
    },
    'CustomerController.createCustomer': { request: CREATE_CUSTOMER },
    'FindCallerController.search': {
        request: shape('FindCallerController.FindCallerRequest', { term: 'String', pageToken: 'String' })
    },
    'LogACallController.getCallContext': { request: shape('LogACallController.CallContextRequest', { recordId: 'String' }) },
    'LogACallController.searchContacts': { request: shape('LogACallController.SearchContactsRequest', { term: 'String' }) },
    'LogACallController.saveCall': { request: SAVE_CALL },
    'LogReviewController.getReviewContext': { request: shape('LogReviewController.ReviewContextRequest', { caseId: 'String' }) },
    'LogReviewController.saveReview': {
        request: shape('LogReviewController.SaveReviewRequest', { requestKey: 'String', caseId: 'String', comments: 'String' })
    },
    'NewCaseController.getNewCaseContext': { request: shape('NewCaseController.NewCaseContextRequest', { recordId: 'String' }) },
    'NewCaseController.createHomeownerCase': {
        request: shape('NewCaseController.CreateHomeownerCaseRequest', {
            requestKey: 'String',
            accountId: 'String',
            contractId: 'String',
            contactId: 'String',
            subject: 'String',
            description: 'String',
            productType: 'String',
            confirmedWarningContract: 'Boolean',
            interactionTaskId: 'String',
            entitlementId: 'String'
        })
    },
    'NewCaseController.createInstallerCase': {
        request: shape('NewCaseController.CreateInstallerCaseRequest', {
            requestKey: 'String',
            accountId: 'String',
            contactId: 'String',
            installerContactId: 'String',
            interactionTaskId: 'String',
            subject: 'String',
            description: 'String',
            productType: 'String',
            entitlementId: 'String'
        })
    },
    'IntegrationCaseController.getIntegrationCase': {
        request: shape('IntegrationCaseController.IntegrationCaseRequest', { caseId: 'String' })
    },
    'IntegrationCaseController.logEcpContact': {
        request: shape('IntegrationCaseController.LogEcpContactRequest', { ...INTEGRATION_SAVE_FIELDS, outcome: 'String' })
    },
    'IntegrationCaseController.askWorker': {
        request: shape('IntegrationCaseController.AskWorkerRequest', { ...INTEGRATION_SAVE_FIELDS, kind: 'String', ecpRequested: 'Boolean' })
    },
    'IntegrationCaseController.postUpdate': {
        request: shape('IntegrationCaseController.PostUpdateRequest', {
            ...INTEGRATION_SAVE_FIELDS,
            returnToCreator: 'Boolean',
            waiting: 'Boolean'
        })
    },
    'IntegrationCaseController.setNoResponse': {
        request: shape('IntegrationCaseController.SetNoResponseRequest', INTEGRATION_SAVE_FIELDS)
    },
    'IntegrationCaseController.closeCase': {
        request: shape('IntegrationCaseController.CloseIntegrationCaseRequest', INTEGRATION_SAVE_FIELDS)
    }
};
