// AdditionalDispositions: the phone system's "Additional Dispositions" Task field, named in the settings
// (Additional_Dispositions_Field__c) and found at run time, mirroring the Apex class of the same name. Procedure
// 002: "After that; you will be able to edit the following as needed: Relates to, Additional Dispositions". The
// package does not ship the field: Log a Call offers its values when the org has it as a picklist or multi-select
// picklist on Task that the agent may set, and writes the chosen values on the call.
import type { LogACallDispositions } from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import { PlaybookError } from '../errors/PlaybookError';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { quoted } from './CallInput';

/** Apex: Schema.SObjectType.Task.fields.getMap().get(name).getDescribe(): type, createable and updateable, active values. */
export function additionalDispositions(org: InMemoryOrg): LogACallDispositions | null {
    const name = org.settings().additionalDispositionsField;
    const field = name ? org.schema.findField('Task', name) : undefined;
    if (!field || (field.type !== 'picklist' && field.type !== 'multipicklist')) return null;
    const describe = org.describe('Task').field(field.name);
    if (!describe.isCreateable() || !describe.isUpdateable()) return null;
    return {
        fieldApiName: field.name,
        label: field.label ?? field.name,
        multiple: field.type === 'multipicklist',
        values: (field.picklistValues ?? []).map((value) => ({ label: value, value }))
    };
}

/** The field and its value for the chosen dispositions (';'-joined for a multi-select picklist); null for none. */
export function dispositionsValue(
    dispositions: LogACallDispositions | null,
    chosen: unknown
): { field: string; value: string } | null {
    if (chosen === null || chosen === undefined) return null;
    if (!Array.isArray(chosen) || chosen.some((value) => typeof value !== 'string')) {
        throw new PlaybookError('INVALID_INPUT', 'The additional dispositions must be a list of values.');
    }
    const values = [...new Set(chosen as string[])];
    if (!values.length) return null;
    if (!dispositions) {
        throw new PlaybookError(
            'INVALID_INPUT',
            'This org has no Additional Dispositions field you can set. Leave the dispositions out, or ask your Salesforce admin to check Additional_Dispositions_Field__c in the Playbook Setting.'
        );
    }
    const allowed = dispositions.values.map((option) => option.value);
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length) {
        throw new PlaybookError(
            'INVALID_INPUT',
            `${quoted(unknown[0])} is not one of the ${dispositions.label}. Choose from: ${allowed.join(', ')}.`
        );
    }
    if (!dispositions.multiple && values.length > 1) {
        throw new PlaybookError('INVALID_INPUT', `Choose one value of ${dispositions.label}.`);
    }
    return { field: dispositions.fieldApiName, value: values.join(';') };
}
