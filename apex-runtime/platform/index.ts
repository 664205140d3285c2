// The platform library: every static holder, instance method table and constructor, and the type
// names the binder accepts for them.
import type { PlatformNames } from '../binder/program';
import type { Schema } from '../../spec/org/schema';
import { registerAssertions } from './assertions';
import { registerAsync } from './async';
import { registerSecurity } from './security';
import { registerCollections } from './collections';
import { registerDatabase } from './database';
import { registerDates } from './dates';
import { registerEncoding } from './encoding';
import { registerJson } from './json';
import { registerNumbers } from './numeric';
import { registerPatterns } from './patterns';
import { Natives } from './registry';
import { registerSchema } from './schema';
import { registerStringEscapes } from './stringEscapes';
import { registerStrings } from './strings';
import { registerSystem } from './system';

/** Platform types that are not static holders but can be declared (variables, casts, instanceof). */
const DECLARABLE_TYPES = [
    'Pattern',
    'Matcher',
    'Savepoint',
    'System.Savepoint',
    'Type',
    'System.Type',
    'TimeZone',
    'Http',
    'HttpRequest',
    'HttpResponse',
    'AggregateResult',
    'SObjectAccessDecision',
    'System.SObjectAccessDecision',
    'QueueableContext',
    'SchedulableContext',
    'System.QueueableContext',
    'System.SchedulableContext',
    'Database.QueryLocatorIterator',
    'Database.SaveResult',
    'Database.DeleteResult',
    'Database.UpsertResult',
    'Database.Error',
    'Database.DMLOptions',
    'Database.QueryLocator',
    'Database.BatchableContext',
    'Schema.SObjectType',
    'Schema.SObjectField',
    'Schema.DescribeSObjectResult',
    'Schema.DescribeFieldResult',
    'Schema.PicklistEntry',
    'Schema.RecordTypeInfo',
    'Schema.ChildRelationship',
    'Schema.FieldSet',
    'AccessLevel',
    'System.AccessLevel'
];

export function createNatives(apiVersion: string): Natives {
    const natives = new Natives();
    registerStrings(natives);
    registerStringEscapes(natives);
    registerNumbers(natives);
    registerDates(natives);
    registerCollections(natives);
    registerJson(natives, apiVersion);
    registerPatterns(natives);
    registerEncoding(natives);
    registerAssertions(natives);
    registerSystem(natives);
    registerDatabase(natives);
    registerSchema(natives);
    registerAsync(natives);
    registerSecurity(natives);
    return natives;
}

/** What the binder resolves beyond user classes: the org's SObjects and the library's types. */
export function platformNames(natives: Natives, schema: Schema): PlatformNames {
    const declarable = new Map<string, string>();
    for (const name of DECLARABLE_TYPES) {
        declarable.set(name.toLowerCase(), name);
        const simple = name.slice(name.lastIndexOf('.') + 1);
        if (name.startsWith('Schema.') || name.startsWith('System.')) declarable.set(simple.toLowerCase(), name);
    }
    return {
        sobjectName: (name) => schema.findObject(name)?.name ?? null,
        nativeTypeName: (qualified) => {
            const lower = qualified.toLowerCase();
            const found = declarable.get(lower);
            if (found) return found;
            if (natives.hasHolder(qualified)) return natives.holderName(qualified) ?? qualified;
            if (lower.startsWith('system.') && natives.hasHolder(qualified.slice(7))) return natives.holderName(qualified.slice(7)) ?? null;
            return null;
        }
    };
}
