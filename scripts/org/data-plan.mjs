// Loads an `sf data import tree` plan through the REST API.
// Plan: [{ sobject, saveRefs, resolveRefs, files: [...] }], files holding { records: [...] } with
// attributes.referenceId and "@ref" values that point at records saved by earlier files
// (saveRefs and resolveRefs default to true; false turns them off for that entry).
// House conventions on top of the sf format:
//   "RecordTypeId": "$recordType:<DeveloperName>"  -> RecordType of the record's object by DeveloperName
//   "OwnerId": "$queue:<DeveloperName>"            -> Group with Type 'Queue'
//   a Contract written with a final Status (e.g. Activated) is inserted as Draft, then updated to it,
//   because Salesforce does not insert a contract in any status but Draft.
//   "$now", "$now-3h", "$now+2d", "$now-30m"                -> an instant relative to the load, and "$today",
//   "$today+1d" -> a date (UTC), so sample data shows clocks at each stage whenever it is loaded (as
//   spec/project/symbolicValues.ts resolves them for the in-memory org).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OrgScriptError, usageError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';
import { apiPath, query, sendJson, soqlLiteral } from './rest.mjs';
import { isAuthError } from './retry.mjs';

const BATCH = 200;
const TIME_TOKEN = /^\$(today|now)(?:([+-])(\d+)([dhm]))?$/;

/** The value of a "$now…" or "$today…" token at `nowMillis`. */
export function resolveTimeToken(value, nowMillis) {
    const [, base, sign, amountText, unit] = TIME_TOKEN.exec(value);
    const amount = amountText ? Number(amountText) * (sign === '-' ? -1 : 1) : 0;
    if (base === 'today') {
        if (amount && unit !== 'd') throw usageError(`${value}: $today moves in days only, e.g. $today+3d.`);
        return new Date(nowMillis + amount * 86_400_000).toISOString().slice(0, 10);
    }
    const minutes = unit === 'd' ? amount * 1440 : unit === 'h' ? amount * 60 : amount;
    return new Date(nowMillis + minutes * 60_000).toISOString();
}

export function readPlan(planPath, relative) {
    if (!existsSync(planPath)) throw usageError(`No data plan at ${relative(planPath)}. Pass --plan <file>.`);
    const plan = JSON.parse(readFileSync(planPath, 'utf8'));
    if (!Array.isArray(plan)) {
        throw usageError(`${relative(planPath)} must be a JSON array of { sobject, saveRefs, resolveRefs, files }.`);
    }
    const steps = [];
    const referenceIds = new Set();
    for (const [index, entry] of plan.entries()) {
        if (!entry?.sobject || !Array.isArray(entry.files)) {
            throw usageError(`${relative(planPath)} entry ${index + 1} needs "sobject" and a "files" list.`);
        }
        for (const file of entry.files) {
            const path = join(dirname(planPath), file);
            if (!existsSync(path)) throw usageError(`${relative(planPath)} names ${file}, which does not exist.`);
            const records = JSON.parse(readFileSync(path, 'utf8')).records;
            if (!Array.isArray(records)) throw usageError(`${relative(path)} must hold { "records": [...] }.`);
            for (const record of records) {
                const type = record.attributes?.type ?? entry.sobject;
                if (type !== entry.sobject) {
                    throw usageError(
                        `${relative(path)} holds a ${type} record in the ${entry.sobject} step of the plan.`
                    );
                }
                const ref = record.attributes?.referenceId;
                if (ref && referenceIds.has(ref)) {
                    throw usageError(`${relative(path)}: referenceId ${ref} is used twice in the plan.`);
                }
                if (ref) referenceIds.add(ref);
            }
            steps.push({
                sobject: entry.sobject,
                saveRefs: entry.saveRefs !== false,
                resolveRefs: entry.resolveRefs !== false,
                file: relative(path),
                records
            });
        }
    }
    return steps;
}

function dataError(message) {
    return new OrgScriptError(message, EXIT.DEPLOY_FAILED);
}

function lookupCache(conn, retry) {
    const cache = new Map();
    const cached = async (key, soql, describe) => {
        if (!cache.has(key)) {
            const [row] = await query(conn, soql, { retry });
            if (!row) {
                throw dataError(
                    `${describe} does not exist in the org. Deploy the package (npm run org:deploy) before loading data.`
                );
            }
            cache.set(key, row.Id);
        }
        return cache.get(key);
    };
    return {
        recordType: (sobject, developerName) =>
            cached(
                `rt:${sobject}:${developerName}`,
                `SELECT Id FROM RecordType WHERE SobjectType = ${soqlLiteral(sobject)} AND DeveloperName = ${soqlLiteral(developerName)}`,
                `Record type ${developerName} of ${sobject}`
            ),
        queue: (developerName) =>
            cached(
                `queue:${developerName}`,
                `SELECT Id FROM Group WHERE Type = 'Queue' AND DeveloperName = ${soqlLiteral(developerName)}`,
                `Queue ${developerName}`
            )
    };
}

async function resolveRecord(record, step, { refs, lookups, nowMillis }) {
    const type = step.sobject;
    const label = `${step.file} ${record.attributes?.referenceId ?? type}`;
    const fields = { attributes: { type } };
    let finalContractStatus = null;
    for (const [field, value] of Object.entries(record)) {
        if (field === 'attributes') continue;
        let resolved = value;
        if (typeof value === 'string' && value.startsWith('@') && step.resolveRefs) {
            resolved = refs.get(value.slice(1));
            if (!resolved) {
                throw dataError(
                    `${label}: ${field} refers to ${value}, which no earlier file of the plan saved (check the order and saveRefs).`
                );
            }
        } else if (typeof value === 'string' && value.startsWith('$recordType:')) {
            resolved = await lookups.recordType(type, value.slice('$recordType:'.length));
        } else if (typeof value === 'string' && value.startsWith('$queue:')) {
            resolved = await lookups.queue(value.slice('$queue:'.length));
        } else if (typeof value === 'string' && TIME_TOKEN.test(value)) {
            resolved = resolveTimeToken(value, nowMillis);
        }
        fields[field] = resolved;
    }
    if (type === 'Contract' && fields.Status && fields.Status !== 'Draft') {
        finalContractStatus = fields.Status;
        fields.Status = 'Draft';
    }
    return { fields, finalContractStatus, referenceId: record.attributes?.referenceId ?? null };
}

function firstErrors(answers, prepared, file) {
    const lines = [];
    answers.forEach((answer, index) => {
        for (const error of answer.errors ?? []) {
            if (error.statusCode === 'ALL_OR_NONE_OPERATION_ROLLED_BACK') continue;
            const fields = error.fields?.length ? ` [${error.fields.join(', ')}]` : '';
            lines.push(
                `  ${file} ${prepared[index]?.referenceId ?? `record ${index + 1}`}: ${error.statusCode}: ${error.message}${fields}`
            );
        }
    });
    return lines;
}

async function writeBatch(conn, method, records, { file, loaded }) {
    let answers;
    try {
        answers = await sendJson(conn, method, apiPath(conn, '/composite/sobjects'), { allOrNone: true, records });
    } catch (error) {
        if (isAuthError(error)) throw error;
        throw dataError(
            `Loading ${file} failed (${error.errorCode ?? error.code ?? error.name}: ${error.message}); that batch may or may not have been ` +
                `saved (already loaded: ${loaded()}). Check the org before loading again: a second load inserts the records again.`
        );
    }
    return Array.isArray(answers) ? answers : [];
}

/**
 * Loads the plan; returns counts per object (with `interrupted` set when Ctrl-C stopped it between
 * files). Writes are never retried: a retry could insert twice.
 */
export async function loadDataPlan(conn, steps, { retry, out, interrupt }) {
    const refs = new Map();
    const lookups = lookupCache(conn, retry);
    const nowMillis = Date.now();
    const loaded = new Map();
    const describeLoaded = () => [...loaded].map(([type, count]) => `${count} ${type}`).join(', ') || 'nothing';
    for (const step of steps) {
        if (interrupt?.requested) {
            out.error(`Interrupted: the data load stopped before ${step.file}; already loaded: ${describeLoaded()}.`);
            loaded.interrupted = true;
            return loaded;
        }
        const prepared = [];
        for (const record of step.records) prepared.push(await resolveRecord(record, step, { refs, lookups, nowMillis }));
        for (let i = 0; i < prepared.length; i += BATCH) {
            const batch = prepared.slice(i, i + BATCH);
            const answers = await writeBatch(
                conn,
                'POST',
                batch.map((item) => item.fields),
                { file: step.file, loaded: describeLoaded }
            );
            if (answers.length !== batch.length || answers.some((answer) => !answer.success)) {
                throw dataError(
                    [
                        `Loading ${step.file} failed; nothing of that batch was saved (already loaded: ${describeLoaded()}):`,
                        ...firstErrors(answers, batch, step.file)
                    ].join('\n')
                );
            }
            answers.forEach((answer, index) => {
                batch[index].id = answer.id;
                if (step.saveRefs && batch[index].referenceId) refs.set(batch[index].referenceId, answer.id);
            });
            loaded.set(step.sobject, (loaded.get(step.sobject) ?? 0) + batch.length);
        }
        const toActivate = prepared.filter((item) => item.finalContractStatus);
        for (let i = 0; i < toActivate.length; i += BATCH) {
            const batch = toActivate.slice(i, i + BATCH);
            const answers = await writeBatch(
                conn,
                'PATCH',
                batch.map((item) => ({
                    attributes: { type: 'Contract' },
                    Id: item.id,
                    Status: item.finalContractStatus
                })),
                { file: step.file, loaded: describeLoaded }
            );
            if (answers.length !== batch.length || answers.some((answer) => !answer.success)) {
                throw dataError(
                    [
                        `Setting the final Status of the contracts of ${step.file} failed; they stay Draft:`,
                        ...firstErrors(answers, batch, step.file)
                    ].join('\n')
                );
            }
        }
        out.info(
            `Loaded ${step.records.length} ${step.sobject} from ${step.file}${toActivate.length ? ` (${toActivate.length} set to their final Status after insert)` : ''}.`
        );
    }
    return loaded;
}
