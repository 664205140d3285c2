// Loads `sf data import tree` plans (data/sample-plan.json and its files) into an org, with the
// project's conventions: '$recordType:' and '$queue:' values, and contracts written with their
// final Status (inserted as Draft, then activated, as the platform requires).
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import type { FieldValue, SObjectInput } from '../org/values';
import { isReference, resolveSymbol } from './symbolicValues';

export interface TreePlanEntry {
    sobject: string;
    saveRefs?: boolean;
    resolveRefs?: boolean;
    files: string[];
}

interface TreeRecord {
    attributes: { type: string; referenceId: string };
    [field: string]: FieldValue | { type: string; referenceId: string };
}

const BATCH_SIZE = 200;

export interface TreePlanOptions {
    /**
     * The user who inserts the records of a file (its records' creator, CreatedById), instead of the admin: the
     * workbench gives the sample integration cases to the agent who created them. A scratch org's load is the
     * logged-in user's, who is then their creator.
     */
    insertAs?: (file: string) => string | undefined;
}

/** Loads a plan as the org's admin, in system mode; returns referenceId -> Id of every saved record. */
export function loadTreePlan(org: InMemoryOrg, planFile: string, options: TreePlanOptions = {}): Map<string, string> {
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as TreePlanEntry[];
    const refs = new Map<string, string>();
    org.runAs(org.adminUserId, () => {
        for (const entry of plan) {
            for (const file of entry.files) {
                const records = (JSON.parse(readFileSync(join(dirname(planFile), file), 'utf8')) as { records: TreeRecord[] }).records;
                const creatorId = options.insertAs?.(file);
                if (creatorId) org.runAs(creatorId, () => insertRecords(org, entry, records, refs, file));
                else insertRecords(org, entry, records, refs, file);
            }
        }
    });
    return refs;
}

function insertRecords(
    org: InMemoryOrg,
    entry: TreePlanEntry,
    records: readonly TreeRecord[],
    refs: Map<string, string>,
    file: string
): void {
    const timeZone = org.clock.timeZone;
    const inputs = records.map((record): { input: SObjectInput; finalStatus?: string } => {
        if (record.attributes.type !== entry.sobject) {
            throw new Error(`${file}: ${record.attributes.referenceId} is a ${record.attributes.type}, the plan says ${entry.sobject}`);
        }
        const input: SObjectInput = { attributes: { type: record.attributes.type } };
        for (const [name, value] of Object.entries(record)) {
            if (name === 'attributes') continue;
            const fieldValue = value as FieldValue;
            if (isReference(fieldValue) && !entry.resolveRefs) {
                throw new Error(`${file}: ${name} refers to ${fieldValue} but the plan does not resolve references`);
            }
            input[name] = resolveSymbol(fieldValue, { org, refs, objectName: entry.sobject, timeZone });
        }
        const finalStatus = entry.sobject === 'Contract' && input.Status && input.Status !== 'Draft' ? String(input.Status) : undefined;
        if (finalStatus) input.Status = 'Draft';
        return { input, finalStatus };
    });
    for (let start = 0; start < inputs.length; start += BATCH_SIZE) {
        const batch = inputs.slice(start, start + BATCH_SIZE);
        const ids = org.db.insert(
            batch.map((item) => item.input),
            'SYSTEM_MODE'
        );
        const activations = batch
            .map((item, index) => (item.finalStatus ? { Id: ids[index], Status: item.finalStatus } : undefined))
            .filter((update): update is { Id: string; Status: string } => update !== undefined);
        if (activations.length) org.db.update(activations, 'SYSTEM_MODE');
        if (entry.saveRefs !== false) {
            batch.forEach((_item, index) => refs.set(records[start + index]?.attributes.referenceId as string, ids[index] as string));
        }
    }
}
