// The trigger handlers that mirror the package's Apex triggers, registered on every project org.
// A feature that ships an Apex trigger action adds its TypeScript counterpart here.
import type { TriggerHandler } from '../org/triggers';
import { CASE_COMMENT_TRIGGER_HANDLER } from './CaseCommentTriggerHandler';
import { CASE_TRIGGER_HANDLER } from './CaseTriggerHandler';

export const PACKAGE_TRIGGER_HANDLERS: readonly TriggerHandler[] = [CASE_TRIGGER_HANDLER, CASE_COMMENT_TRIGGER_HANDLER];
