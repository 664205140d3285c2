// The Call Wizard's view-model: pure functions over the call context and the agent's draft.
// The components only wire these to the DOM.
export * from './callDraft';
export * from './callRequest';
export * from './callResult';
export * from './contextView';
export * from './fieldRules';
