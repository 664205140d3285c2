// The package's Apex triggers on the in-memory org's writes (Apex Developer Guide "Triggers",
// "Trigger Context Variables", "Triggers and Order of Execution"): Trigger.new is writable in
// before triggers and its changes are saved; in after triggers the records are read-only.
// Trigger.newMap exists in before update, after insert and after update; Trigger.old and oldMap in
// update and delete triggers. An exception a trigger does not catch fails the DML statement with
// CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY ("<Trigger>: execution of <Event> caused by: ...").
import type { DmlStatusCode } from '../../spec/org/errors';
import { DmlError } from '../../spec/org/errors';
import type { InMemoryOrg } from '../../spec/org/InMemoryOrg';
import type { TriggerEvent } from '../../spec/org/triggers';
import type { TriggerInfo } from '../binder/program';
import { ApexThrow } from '../evaluator/errors';
import { exceptionData, typeNameOf } from '../evaluator/exceptions';
import type { Interpreter, TriggerContextData } from '../evaluator/interpreter';
import { ApexList, ApexMap, prim, type Value } from '../evaluator/values';
import { toOrg } from './fieldValues';
import { toSObject } from './records';
import type { SObjectValue } from './sobject';

const EVENTS: Record<string, TriggerEvent> = {
    'before insert': 'beforeInsert',
    'before update': 'beforeUpdate',
    'before delete': 'beforeDelete',
    'after insert': 'afterInsert',
    'after update': 'afterUpdate',
    'after delete': 'afterDelete'
};

const OPERATIONS: Record<TriggerEvent, string> = {
    beforeInsert: 'BEFORE_INSERT',
    beforeUpdate: 'BEFORE_UPDATE',
    beforeDelete: 'BEFORE_DELETE',
    afterInsert: 'AFTER_INSERT',
    afterUpdate: 'AFTER_UPDATE',
    afterDelete: 'AFTER_DELETE'
};

const EVENT_NAMES: Record<TriggerEvent, string> = {
    beforeInsert: 'BeforeInsert',
    beforeUpdate: 'BeforeUpdate',
    beforeDelete: 'BeforeDelete',
    afterInsert: 'AfterInsert',
    afterUpdate: 'AfterUpdate',
    afterDelete: 'AfterDelete'
};

/** SObject.addError on a Trigger.new record fails that row (FIELD_CUSTOM_VALIDATION_EXCEPTION). */
export const ROW_ERRORS = new WeakMap<SObjectValue, string[]>();

/**
 * Failures from an exception a trigger did not handle: "If a trigger ever throws an unhandled exception, all
 * records are marked with an error and no further processing takes place" (Apex Developer Guide, "Trigger
 * Exceptions"), so a partial-success statement sets every remaining row aside at once.
 */
export const FAILS_EVERY_ROW = new WeakSet<DmlError>();

export interface RejectedRow {
    rowIndex: number;
    message: string;
}

/** The rows of a statement that SObject.addError rejected, by the failure that reports the first of them. */
export const REJECTED_ROWS = new WeakMap<DmlError, RejectedRow[]>();

export function registerApexTriggers(org: InMemoryOrg, triggers: readonly TriggerInfo[], rt: () => Interpreter): void {
    for (const trigger of triggers) {
        const events = trigger.decl.events.map((event) => {
            const mapped = EVENTS[event];
            if (!mapped) throw new Error(`unsupported: trigger event ${event} (${trigger.file}:${trigger.decl.l})`);
            return mapped;
        });
        const objectName = org.schema.object(trigger.decl.object).name;
        org.triggers.register({
            name: `Apex trigger ${trigger.decl.name}`,
            objectName,
            events,
            handle({ event, newRecords, oldRecords }) {
                const interpreter = rt();
                const before = event.startsWith('before');
                const fresh = newRecords.map((row) => toSObject(org.schema, row, false));
                const old = [...oldRecords.values()].map((row) => toSObject(org.schema, row, false));
                for (const record of fresh) record.readOnly = !before;
                for (const record of old) record.readOnly = true;
                const type = { k: 'sobject' as const, name: objectName };
                const byId = (records: SObjectValue[]): ApexMap => {
                    const map = new ApexMap(prim('Id'), type);
                    for (const record of records) interpreter.collections.mapPut(map, record.raw('Id') as Value, record);
                    return map;
                };
                const isDelete = event.endsWith('Delete');
                const context: TriggerContextData = {
                    objectName,
                    operation: OPERATIONS[event],
                    isBefore: before,
                    newRecords: isDelete ? null : new ApexList(type, fresh),
                    oldRecords: event.endsWith('Insert') ? null : new ApexList(type, old),
                    newMap: isDelete || event === 'beforeInsert' ? null : byId(fresh),
                    oldMap: event.endsWith('Insert') ? null : byId(old),
                    size: isDelete ? old.length : fresh.length
                };
                try {
                    interpreter.runTrigger({ name: trigger.decl.name, body: trigger.decl.body, file: trigger.file, line: trigger.decl.l }, context);
                } catch (error) {
                    if (error instanceof ApexThrow && !error.uncatchable) {
                        const data = exceptionData(error.exception);
                        const message = interpreter.exceptionMessage(error.exception);
                        const failure = new DmlError(
                            'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY' as DmlStatusCode,
                            `${trigger.decl.name}: execution of ${EVENT_NAMES[event]}\n\ncaused by: ${typeNameOf(error.exception.cls)}: ${message ?? 'null'}\n\n${data.stack}`
                        );
                        FAILS_EVERY_ROW.add(failure);
                        throw failure;
                    }
                    throw error;
                }
                // "The runtime engine still processes every record in the operation to compile a comprehensive list of
                // errors" (Apex Developer Guide, "Trigger Exceptions"): every row with an addError fails together.
                const rejected = fresh.flatMap((record, index) => {
                    const errors = ROW_ERRORS.get(record);
                    return errors && errors.length ? [{ rowIndex: index, message: errors[0] as string }] : [];
                });
                if (rejected.length) {
                    const failure = new DmlError('FIELD_CUSTOM_VALIDATION_EXCEPTION', (rejected[0] as RejectedRow).message, [], (rejected[0] as RejectedRow).rowIndex);
                    REJECTED_ROWS.set(failure, rejected);
                    throw failure;
                }
                if (before && !isDelete) {
                    fresh.forEach((record, index) => {
                        const row = newRecords[index] as Record<string, unknown>;
                        for (const [name, value] of record.entries()) {
                            const field = record.field(name);
                            if (field) row[field.name] = toOrg(value as Value);
                        }
                    });
                }
            }
        });
    }
}
