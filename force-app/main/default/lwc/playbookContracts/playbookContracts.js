// The request and response shapes of every @AuraEnabled controller method, in one place.
// Types only: components import them through their typed Apex wrappers, the TypeScript
// controllers in spec/controllers implement them, and the Apex controllers mirror them as
// inner classes (scripts/checks/controller-contracts.mjs keeps the method lists in step).
//
// Wire format: Ids are 18-character strings, dates 'YYYY-MM-DD', date-times ISO 8601 in UTC
// with milliseconds ('2025-03-04T15:00:00.000Z'), exactly as Apex serializes them.
export {};
