// Read-only access to the org for org:doctor: queries, describes and the package's settings, each read
// once. Every call here is a GET (or a query); org:doctor writes nothing.
import { apiPath, getJson, query, soqlLiteral } from '../rest.mjs';
import { SETTINGS_TYPE, shippedSettings } from './project-facts.mjs';

/**
 * The settings fields the checks read: the Origin value, the queues, the usernames, the phone system's rule, and the
 * names of the team's Installer Contact record type and Additional Dispositions field.
 */
export const SETTINGS_FIELDS = [
    'Support_Case_Origin__c',
    'Team_Loyalty_Queue__c',
    'Back_Office_Queue__c',
    'Manager_Username__c',
    'Data_Steward_Username__c',
    'Phone_System_Username__c',
    'Phone_Tasks_By_Call_Object__c',
    'Installer_Contact_Record_Type__c',
    'Additional_Dispositions_Field__c'
];

export const errorCodeOf = (error) => String(error?.errorCode ?? error?.name ?? '');

export function createOrgReader({ conn, project, retry }) {
    const describes = new Map();
    let globalNames = null;
    let settings = null;
    const reader = {
        project,
        query: (soql, { tooling = false } = {}) => query(conn, soql, { tooling, retry }),
        /** The describe of one object (Salesforce REST API: sObject Describe, GET /sobjects/<name>/describe). */
        describe(sobject) {
            if (!describes.has(sobject)) {
                describes.set(sobject, getJson(conn, apiPath(conn, `/sobjects/${sobject}/describe`), { retry }));
            }
            return describes.get(sobject);
        },
        /** The names of every object the running user can see (REST API: Describe Global, GET /sobjects). */
        async objectNames() {
            globalNames ??= getJson(conn, apiPath(conn, '/sobjects'), { retry }).then(
                (answer) => new Set((answer.sobjects ?? []).map((sobject) => sobject.name))
            );
            return globalNames;
        },
        /**
         * The Default settings record as the org holds it: { installed, found, values }. Before the package is
         * installed the type does not exist (INVALID_TYPE): then the values are the ones the package ships.
         * A blank value in the org falls back to the shipped one, as PlaybookSettings does.
         */
        settings() {
            settings ??= readSettings(reader);
            return settings;
        }
    };
    return reader;
}

async function readSettings(reader) {
    const shipped = shippedSettings(reader.project.root);
    let rows;
    try {
        rows = await reader.query(
            `SELECT DeveloperName, ${SETTINGS_FIELDS.join(', ')} FROM ${SETTINGS_TYPE} WHERE DeveloperName = ${soqlLiteral('Default')}`
        );
    } catch (error) {
        if (errorCodeOf(error) === 'INVALID_TYPE') return { installed: false, found: false, values: shipped };
        throw error;
    }
    const [record] = rows;
    const values = { ...shipped };
    for (const field of SETTINGS_FIELDS) {
        const value = record?.[field];
        if (value !== null && value !== undefined && String(value).trim() !== '') values[field] = String(value).trim();
    }
    return { installed: true, found: Boolean(record), values };
}

/** [{ value, active }] of a picklist field in a describe, or null when the object has no such field. */
export function picklistOf(describe, field) {
    const found = (describe.fields ?? []).find((candidate) => candidate.name === field);
    if (!found) return null;
    return (found.picklistValues ?? []).map(({ value, active }) => ({ value, active: active !== false }));
}
