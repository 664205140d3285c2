// Request and response shapes of the Call Wizard's context load and its one-call saves
// (CallWizardController.getCallContext / saveCallOutcome / flagDuplicate). The Apex controller
// mirrors them as inner classes; the TypeScript controller in spec/ implements them.
export {};
