// Trigger behaviour the package ships, as TypeScript handlers mirroring the Apex trigger
// actions. Handlers run in system mode, like Apex triggers, and may issue DML of their own.
import type { InMemoryOrg } from './InMemoryOrg';
import type { SObjectRecord } from './values';

export type TriggerEvent =
    | 'beforeInsert'
    | 'afterInsert'
    | 'beforeUpdate'
    | 'afterUpdate'
    | 'beforeDelete'
    | 'afterDelete';

export interface TriggerContext {
    org: InMemoryOrg;
    objectName: string;
    event: TriggerEvent;
    /** Trigger.new: in before events, field changes made here are saved. Empty for deletes. */
    newRecords: SObjectRecord[];
    /** Trigger.oldMap: empty for inserts. */
    oldRecords: ReadonlyMap<string, SObjectRecord>;
}

export interface TriggerHandler {
    /** The Apex class the handler mirrors, for messages. */
    name: string;
    objectName: string;
    events: readonly TriggerEvent[];
    handle(context: TriggerContext): void;
}

export class TriggerRegistry {
    private readonly handlers: TriggerHandler[] = [];

    register(handler: TriggerHandler): void {
        if (this.handlers.some((existing) => existing.name === handler.name)) {
            throw new Error(`Trigger handler already registered: ${handler.name}`);
        }
        this.handlers.push(handler);
    }

    handlersFor(objectName: string, event: TriggerEvent): TriggerHandler[] {
        const lower = objectName.toLowerCase();
        return this.handlers.filter(
            (handler) => handler.objectName.toLowerCase() === lower && handler.events.includes(event)
        );
    }

    names(): string[] {
        return this.handlers.map((handler) => handler.name);
    }
}
