// Cost growth of opening the Call Wizard (CallWizardController.getCallContext) as the dealership
// grows: N contacts at the dealership, each with a CLA case, in an in-memory org built directly with
// spec/ (createProjectOrg, loadSampleData, db.insert in SYSTEM_MODE), no browser. Reported as the
// queries and rows each selector fetches (the org's Limits counters, attributed by wrapping every
// exported select* function of spec/selectors while measuring) and as the median time of a few calls.
// Timing arrays in memory says little about Salesforce; the rows and queries are the measure that
// carries over (GUIDE section 5).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuilt } from '../../workbench/build/ensureBuilt.mjs';
import { projectRoot, serverBuildRoot } from '../../workbench/build/paths.mjs';
import { specModule } from '../../workbench/server/specModules.mjs';
import { median } from './table.mjs';

const DEALERSHIP = 'Northgate Motors';
const CALLED_CONTACT = 'Customer Loyalty Assessment: Samuel Okafor';
const CLOCK = { instant: '2026-11-20T15:00:00Z', timeZone: 'America/New_York' };

/** The compiled spec/ the workbench server runs (built when stale, under the workbench build lock). */
export async function loadSpec() {
    await ensureBuilt({ log: () => {} });
    const selectorDir = join(serverBuildRoot, 'spec', 'selectors');
    const selectors = Object.fromEntries(
        readdirSync(selectorDir)
            .filter((file) => file.endsWith('.js'))
            .map((file) => file.slice(0, -3))
            .map((name) => [name, specModule(`selectors/${name}`)])
    );
    return {
        ...specModule('project/createProjectOrg'),
        ...specModule('controllers/registry'),
        selectors
    };
}

/**
 * Wraps every exported select* function so that each call's Limits usage (queries, rows) is added to
 * `usage` under "Module.function". Returns the function that restores the originals.
 */
export function attributeSelectors(selectorModules, usage) {
    const restore = [];
    for (const [moduleName, exports] of Object.entries(selectorModules)) {
        for (const [name, original] of Object.entries(exports)) {
            if (typeof original !== 'function' || !name.startsWith('select')) continue;
            const key = `${moduleName}.${name}`;
            exports[name] = function attributed(org, ...args) {
                const before = org.limits.usage();
                try {
                    return original.call(this, org, ...args);
                } finally {
                    const after = org.limits.usage();
                    const entry = usage.get(key) ?? { calls: 0, queries: 0, rows: 0 };
                    entry.calls += 1;
                    entry.queries += after.queries - before.queries;
                    entry.rows += after.queryRows - before.queryRows;
                    usage.set(key, entry);
                }
            };
            restore.push(() => {
                exports[name] = original;
            });
        }
    }
    return () => restore.forEach((undo) => undo());
}

/** A project org with the sample data plus `size` contacts at the dealership, each with a CLA case. */
export function orgWithDealershipOf(spec, size) {
    const org = spec.createProjectOrg({ root: projectRoot, clock: CLOCK, entitlements: true });
    spec.loadSampleData(org, projectRoot);
    const agentId = org.createUser({ FirstName: 'Bench', LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
    const dealership = org.db.all('Account').find((account) => account.Name === DEALERSHIP);
    const called = org.db.all('Case').find((record) => record.Subject === CALLED_CONTACT);
    const claRecordTypeId = org.recordTypeId('Case', 'Customer_Loyalty_Assessment');
    const queueId = org.queueId('Team_Loyalty');
    const batch = 200;
    org.runAs(org.adminUserId, () => {
        for (let start = 0; start < size; start += batch) {
            const count = Math.min(batch, size - start);
            const contacts = Array.from({ length: count }, (_, offset) => {
                const n = start + offset + 1;
                return {
                    attributes: { type: 'Contact' },
                    AccountId: dealership.Id,
                    FirstName: 'Bench',
                    LastName: `Contact ${String(n).padStart(5, '0')}`,
                    Title: 'Service Advisor',
                    Phone: `(555) 7${String(n).padStart(2, '0').slice(-2)}-${String(n).padStart(4, '0').slice(-4)}`,
                    Email: `bench.contact.${n}@northgate-motors.example.com`,
                    Employment_Status__c: 'Active'
                };
            });
            // The synthetic contacts differ only by a number, which the org's duplicate rule takes for the same
            // person: the load saves them anyway, as a data load with DuplicateRuleHeader.allowSave does.
            const contactIds = org.db.insert(contacts, 'SYSTEM_MODE', { duplicateRuleHeader: { allowSave: true } });
            org.db.insert(
                contactIds.map((contactId, offset) => ({
                    attributes: { type: 'Case' },
                    RecordTypeId: claRecordTypeId,
                    AccountId: dealership.Id,
                    ContactId: contactId,
                    OwnerId: queueId,
                    Subject: `Customer Loyalty Assessment: Bench Contact ${start + offset + 1}`,
                    Status: 'New',
                    CL_Activity_Status__c: 'Not Started',
                    CL_Call_Attempts__c: 0
                })),
                'SYSTEM_MODE'
            );
        }
    });
    org.setRunningUser(agentId);
    return { org, caseId: called.Id };
}

/**
 * Opens the wizard's context `runs` times at each size.
 * @returns {Promise<Array<{ size, queries, rows, selectors: Record<string, { calls, queries, rows }>, medianMs, contactsShown, duplicates }>>}
 */
export async function measureGrowth({ sizes, runs = 5, spec }) {
    const loaded = spec ?? (await loadSpec());
    const results = [];
    for (const size of sizes) {
        const { org, caseId } = orgWithDealershipOf(loaded, size);
        const open = () =>
            loaded.invokeController(org, 'CallWizardController', 'getCallContext', { request: { caseId } });
        const usage = new Map();
        const restore = attributeSelectors(loaded.selectors, usage);
        let context;
        try {
            context = open();
        } finally {
            restore();
        }
        const limits = org.lastCallLimits;
        const times = [];
        for (let run = 0; run < runs; run += 1) {
            const started = performance.now();
            open();
            times.push(performance.now() - started);
        }
        results.push({
            size,
            queries: limits.queries,
            rows: limits.queryRows,
            selectors: Object.fromEntries([...usage].sort(([a], [b]) => a.localeCompare(b))),
            medianMs: median(times),
            contactsShown: context.dealershipContacts.length,
            hasMoreContacts: context.nextContactsPage !== null
        });
    }
    return results;
}
