// What the package relies on, read from the project's own metadata, so that org:doctor checks the org
// against what is actually shipped: the Status values of the Case business processes, the queues, the
// settings record, the scratch-only value sets (which say which statuses are closed and which Type and
// Reason values the replay vectors use) and the purge job's name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { MAIN_PACKAGE_DIR, SCRATCH_ONLY_DIR } from '../project.mjs';

const MAIN = `${MAIN_PACKAGE_DIR}/default`;
const SCRATCH_VALUE_SETS = `${SCRATCH_ONLY_DIR}/default/standardValueSets`;
export const SETTINGS_TYPE = 'Playbook_Setting__mdt';
export const SETTINGS_RECORD = `${MAIN}/customMetadata/Playbook_Setting.Default.md-meta.xml`;
export const PURGE_CLASS = 'PlaybookRequestPurge';
export const PURGE_CLASS_FILE = `${MAIN}/classes/${PURGE_CLASS}.cls`;
export const INTEGRATION_MONITOR_CLASS = 'IntegrationCaseMonitor';
export const INTEGRATION_MONITOR_FILE = `${MAIN}/classes/${INTEGRATION_MONITOR_CLASS}.cls`;

const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => ['values', 'standardValue', 'queueSobject'].includes(name)
});

function readXml(root, file) {
    return xml.parse(readFileSync(join(root, file), 'utf8'));
}

function filesIn(root, dir, suffix) {
    const abs = join(root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
        .filter((name) => name.endsWith(suffix))
        .sort()
        .map((name) => `${dir}/${name}`);
}

/** [{ name, file, values: ['New', ...] }] for every Case business process the package ships. */
export function caseBusinessProcesses(root) {
    return filesIn(root, `${MAIN}/objects/Case/businessProcesses`, '.businessProcess-meta.xml').map((file) => ({
        name: file.split('/').pop().replace('.businessProcess-meta.xml', ''),
        file,
        values: (readXml(root, file).BusinessProcess?.values ?? []).map((value) => String(value.fullName))
    }));
}

/** The values of a scratch-only standard value set, [{ name, closed }], or null when the project has none. */
export function scratchValueSet(root, name) {
    const file = `${SCRATCH_VALUE_SETS}/${name}.standardValueSet-meta.xml`;
    if (!existsSync(join(root, file))) return null;
    return (readXml(root, file).StandardValueSet?.standardValue ?? []).map((value) => ({
        name: String(value.fullName),
        closed: String(value.closed) === 'true'
    }));
}

/** DeveloperNames of the queues the package ships. */
export function shippedQueues(root) {
    return filesIn(root, `${MAIN}/queues`, '.queue-meta.xml').map((file) =>
        file.split('/').pop().replace('.queue-meta.xml', '')
    );
}

/** The field values of the Default settings record the package ships ({} when the project has none). */
export function shippedSettings(root) {
    if (!existsSync(join(root, SETTINGS_RECORD))) return {};
    const values = {};
    for (const entry of readXml(root, SETTINGS_RECORD).CustomMetadata?.values ?? []) {
        const value = entry.value;
        const text = value && typeof value === 'object' ? value['#text'] : value;
        values[entry.field] = text === undefined || text === '' ? null : String(text);
    }
    return values;
}

/** The name the purge job is scheduled under: the JOB_NAME constant of PlaybookRequestPurge, or null without the class. */
export function purgeJobName(root) {
    const file = join(root, PURGE_CLASS_FILE);
    if (!existsSync(file)) return null;
    const match = /\bJOB_NAME\s*=\s*'((?:[^'\\]|\\.)*)'/.exec(readFileSync(file, 'utf8'));
    if (!match)
        throw new Error(`${PURGE_CLASS_FILE} has no JOB_NAME = '...' constant, so the purge job's name is unknown.`);
    return match[1].replace(/\\(.)/g, '$1');
}

/** The name IntegrationCaseMonitor is scheduled under (its JOB_NAME), or null when the project lacks the class. */
export function integrationMonitorJobName(root) {
    const file = join(root, INTEGRATION_MONITOR_FILE);
    if (!existsSync(file)) return null;
    const match = /\bJOB_NAME\s*=\s*'((?:[^'\\]|\\.)*)'/.exec(readFileSync(file, 'utf8'));
    if (!match) throw new Error(`${INTEGRATION_MONITOR_FILE} has no JOB_NAME = '...' constant, so the job's name is unknown.`);
    return match[1].replace(/\\(.)/g, '$1');
}

/** DeveloperNames of the custom notification types the package ships. */
export function shippedNotificationTypes(root) {
    return filesIn(root, `${MAIN}/notificationtypes`, '.notiftype-meta.xml').map((file) =>
        file.split('/').pop().replace('.notiftype-meta.xml', '')
    );
}
