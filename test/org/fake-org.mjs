// A fake Salesforce org on 127.0.0.1 for the org scripts' tests. It answers what the scripts call,
// in the shapes jsforce 3.10 sends and parses (read from node_modules/@jsforce/jsforce-node/lib:
// soap.js builds the envelope with SessionHeader/sessionId and the call under Body; http-api.js and
// soap.js parse XML with xml2js explicitArray:false, so one repeated element arrives as an object and
// several as a list):
//   POST /services/oauth2/token                     refresh_token grant (SFDX auth URL)
//   GET  /services/oauth2/userinfo                  the running user
//   GET  /services/data                             API versions (@salesforce/core asks)
//   GET  /services/data/vNN/[tooling/]query?q=      SOQL, with paging through nextRecordsUrl
//   POST /services/data/vNN/tooling/runTestsAsynchronous
//   POST|PATCH /services/data/vNN/composite/sobjects, POST /services/data/vNN/sobjects/<type>
//   POST /services/Soap/m/NN                        deploy, checkDeployStatus, cancelDeploy (SOAP)
//   GET  /services/data/vNN/sobjects[/<type>/describe]  describe global and describe of one object
//   GET  /services/data/vNN/tooling/executeAnonymous?anonymousBody=
// Every request is recorded; `scenario` decides the answers, including failures and dropped sockets.
import http from 'node:http';
import { EventEmitter } from 'node:events';
import { XMLParser } from 'fast-xml-parser';

export const GOOD_TOKEN = '00DFAKE000000001!AQ0AQfake.access.token.value';
export const REFRESH_TOKEN = '5Aep861fake.refresh.token.value';
export const CLIENT_ID = 'PlatformCLI';
export const USER = {
    user_id: '005FAKE000000001AAA',
    organization_id: '00DFAKE000000001AAA',
    preferred_username: 'admin@playbooks.test'
};

function defaultScenario() {
    return {
        tokens: [GOOD_TOKEN],
        refreshToken: REFRESH_TOKEN,
        organization: { IsSandbox: true, TrialExpirationDate: '2031-01-01', OrganizationType: 'Developer Edition' },
        deploy: {
            pollsUntilDone: 2,
            neverFinishes: false,
            status: 'Succeeded',
            componentFailures: [],
            runTestResult: null,
            dropOnPolls: [],
            errorMessage: null
        },
        asyncJobs: [],
        cronTriggers: [],
        permissionSet: { exists: true, assigned: false },
        recordTypes: [
            { Id: '012FAKE000000001AAA', SobjectType: 'Case', DeveloperName: 'Customer_Loyalty_Assessment', IsActive: true },
            { Id: '012FAKE000000002AAA', SobjectType: 'Contact', DeveloperName: 'Installer_Contact', IsActive: true }
        ],
        queues: [
            { Id: '00GFAKE000000001AAA', DeveloperName: 'CLA_Queue' },
            {
                Id: '00GFAKE00000000TLQ',
                DeveloperName: 'Team_Loyalty',
                sobjects: ['Case'],
                members: ['005FAKE00000AGENT']
            },
            {
                Id: '00GFAKE00000000BOQ',
                DeveloperName: 'Back_Office',
                sobjects: ['Case'],
                members: ['005FAKE0000000BO1', '005FAKE0000000BO2']
            }
        ],
        // what org:doctor reads; by default an org where every precondition holds
        settingsRecord: {
            DeveloperName: 'Default',
            Support_Case_Origin__c: 'Customer Loyalty',
            Team_Loyalty_Queue__c: 'Team_Loyalty',
            Back_Office_Queue__c: 'Back_Office',
            Manager_Username__c: 'manager@playbooks.test',
            Data_Steward_Username__c: 'steward@playbooks.test',
            Phone_System_Username__c: 'cxone@playbooks.test',
            Phone_Tasks_By_Call_Object__c: false,
            Installer_Contact_Record_Type__c: 'Installer_Contact',
            Additional_Dispositions_Field__c: 'Additional_Dispositions__c'
        },
        // fields of a describe besides the picklists above (the phone system's Task field)
        describeFields: {
            Task: [
                {
                    name: 'Additional_Dispositions__c',
                    type: 'multipicklist',
                    picklistValues: [
                        { value: 'Warranty', label: 'Warranty', active: true, defaultValue: false },
                        { value: 'Billing Question', label: 'Billing Question', active: true, defaultValue: false }
                    ]
                }
            ]
        },
        picklists: {
            Case: {
                Origin: ['Phone', 'Email', 'Web', 'Customer Loyalty'],
                Status: ['New', 'Working', 'Escalated', 'Closed'],
                Type: ['Problem', 'Question', 'Other'],
                Reason: ['Installation', 'Performance', 'Other']
            }
        },
        inactivePicklistValues: {},
        caseStatuses: [
            { ApiName: 'New', IsClosed: false },
            { ApiName: 'Working', IsClosed: false },
            { ApiName: 'Escalated', IsClosed: false },
            { ApiName: 'Closed', IsClosed: true }
        ],
        sharedActivities: true,
        entitlements: true,
        personAccounts: false,
        activitySharingModel: 'Private',
        users: [
            { Username: 'manager@playbooks.test', Name: 'Mona Manager', IsActive: true },
            { Username: 'steward@playbooks.test', Name: 'Sam Steward', IsActive: true },
            { Username: 'cxone@playbooks.test', Name: 'CXone Integration', IsActive: true }
        ],
        duplicateRules: [],
        // procedure 004's calendar and notification type (Setup > Business Hours, Holidays, Custom Notifications)
        businessHours: [],
        holidays: [],
        notificationTypes: [],
        queryErrors: {},
        // org:deploy schedules the purge job by anonymous Apex; what the class's scheduleDaily() does in the org
        anonymousApex: { compiled: true, success: true, compileProblem: null, exceptionMessage: null, schedules: null },
        dataFailures: {},
        testRun: {
            pollsUntilDone: 2,
            neverFinishes: false,
            status: 'Completed',
            results: [],
            failedClasses: [],
            dropOnPolls: []
        },
        coverage: {},
        queryPageSize: 2000,
        soapSessionInvalid: false
    };
}

let idCounter = 0;
export function fakeId(prefix) {
    idCounter += 1;
    return `${prefix}FAKE${String(idCounter).padStart(8, '0')}AAA`;
}

function xmlEscape(value) {
    return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Renders like the real API: a list becomes repeated elements, so a one-item list is one element. */
export function toXml(name, value) {
    if (value === undefined || value === null) return '';
    if (Array.isArray(value)) return value.map((item) => toXml(name, item)).join('');
    if (typeof value === 'object') {
        return `<${name}>${Object.entries(value)
            .map(([key, item]) => toXml(key, item))
            .join('')}</${name}>`;
    }
    return `<${name}>${xmlEscape(value)}</${name}>`;
}

function soapEnvelope(body) {
    return (
        '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"' +
        ' xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
    );
}

function soapFault(code, message) {
    return soapEnvelope(
        `<soapenv:Fault><faultcode>${code}</faultcode><faultstring>${xmlEscape(message)}</faultstring></soapenv:Fault>`
    );
}

/** Entry names of a zip, read from its central directory. */
export function zipEntries(buffer) {
    let end = buffer.length - 22;
    while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
    if (end < 0) throw new Error('not a zip: no end of central directory');
    const count = buffer.readUInt16LE(end + 10);
    let offset = buffer.readUInt32LE(end + 16);
    const names = [];
    for (let i = 0; i < count; i += 1) {
        if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt central directory');
        const nameLength = buffer.readUInt16LE(offset + 28);
        const extraLength = buffer.readUInt16LE(offset + 30);
        const commentLength = buffer.readUInt16LE(offset + 32);
        names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

function literal(soql, field) {
    const match = new RegExp(`\\b${field.replace('.', '\\.')}\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'i').exec(soql);
    return match ? match[1].replace(/\\(.)/g, '$1') : null;
}

function inList(soql, field) {
    const match = new RegExp(`\\b${field.replace('.', '\\.')}\\s+IN\\s*\\(([^)]*)\\)`, 'i').exec(soql);
    if (!match) return null;
    return [...match[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((item) => item[1].replace(/\\(.)/g, '$1'));
}

const withType = (type, rows) => rows.map((row) => ({ attributes: { type }, ...row }));

/** An answer the REST API gives as an error: status and [{ errorCode, message }]. */
class FakeApiError extends Error {
    constructor(status, errorCode, message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }
}

export async function startFakeOrg(overrides = {}) {
    const scenario = defaultScenario();
    for (const [key, value] of Object.entries(overrides)) {
        scenario[key] =
            value &&
            typeof value === 'object' &&
            !Array.isArray(value) &&
            scenario[key] &&
            typeof scenario[key] === 'object' &&
            !Array.isArray(scenario[key])
                ? { ...scenario[key], ...value }
                : value;
    }
    const events = new EventEmitter();
    const requests = [];
    const tokens = new Set(scenario.tokens);
    const deploys = new Map();
    const testRuns = new Map();
    const pages = new Map();
    let pageCounter = 0;
    const records = [];
    const assignments = [];
    const aborted = new Set();
    const classIds = new Map();
    const xml = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false });

    const classId = (name, kind) => {
        if (!classIds.has(name)) classIds.set(name, fakeId(kind === 'ApexTrigger' ? '01q' : '01p'));
        return classIds.get(name);
    };

    function deployResult(deploy) {
        const d = scenario.deploy;
        const base = {
            id: deploy.id,
            checkOnly: deploy.checkOnly,
            createdBy: USER.user_id,
            createdByName: 'Admin User',
            createdDate: '2025-01-01T00:00:00.000Z',
            ignoreWarnings: false,
            rollbackOnError: true,
            runTestsEnabled: Boolean(d.runTestResult),
            numberComponentsTotal: deploy.componentCount,
            numberTestErrors: 0,
            numberTestsCompleted: 0,
            numberTestsTotal: 0
        };
        if (deploy.canceled) {
            return {
                ...base,
                done: true,
                status: 'Canceled',
                success: false,
                numberComponentErrors: 0,
                numberComponentsDeployed: 0,
                canceledByName: 'Admin User'
            };
        }
        if (d.neverFinishes || deploy.polls < d.pollsUntilDone) {
            return {
                ...base,
                done: false,
                status: 'InProgress',
                success: false,
                stateDetail: 'Processing Type: ApexClass',
                numberComponentErrors: 0,
                numberComponentsDeployed: Math.min(deploy.polls, deploy.componentCount)
            };
        }
        const failures = d.componentFailures.map((failure) => ({
            changed: false,
            created: false,
            createdDate: '2025-01-01T00:00:00.000Z',
            deleted: false,
            problemType: 'Error',
            success: false,
            ...failure
        }));
        const run = d.runTestResult;
        const testFailures = run?.failures?.length ?? 0;
        const testsRun = run ? Number(run.numTestsRun) : 0;
        return {
            ...base,
            done: true,
            status: d.status,
            success: d.status === 'Succeeded',
            errorMessage: d.errorMessage ?? undefined,
            numberComponentErrors: failures.length,
            numberComponentsDeployed: deploy.componentCount - failures.length,
            numberTestsTotal: testsRun,
            numberTestsCompleted: testsRun - testFailures,
            numberTestErrors: testFailures,
            details: {
                componentFailures: failures.length === 1 ? failures[0] : failures,
                componentSuccesses: [],
                runTestResult: run ?? undefined
            }
        };
    }

    function answerSoap(call, body, res, req) {
        const [method] = Object.keys(body);
        const args = body[method] ?? {};
        call.soapMethod = method;
        if (method === 'deploy') {
            const id = fakeId('0Af');
            const options = args.DeployOptions ?? {};
            const entries = zipEntries(Buffer.from(args.ZipFile, 'base64'));
            const componentCount = entries.filter(
                (name) => !name.endsWith('/') && name !== 'package.xml' && !name.endsWith('-meta.xml')
            ).length;
            const deploy = {
                id,
                polls: 0,
                checkOnly: options.checkOnly === 'true',
                options,
                entries,
                componentCount,
                canceled: false
            };
            deploys.set(id, deploy);
            call.deployId = id;
            return send(
                res,
                200,
                soapEnvelope(
                    `<deployResponse>${toXml('result', { done: false, id, state: 'Queued' })}</deployResponse>`
                ),
                'text/xml'
            );
        }
        if (method === 'checkDeployStatus') {
            const deploy = deploys.get(args.asyncProcessId);
            if (!deploy) {
                return send(
                    res,
                    500,
                    soapFault('sf:INVALID_ID_FIELD', `INVALID_ID_FIELD: invalid deploy id ${args.asyncProcessId}`),
                    'text/xml'
                );
            }
            deploy.polls += 1;
            call.poll = deploy.polls;
            if (scenario.deploy.dropOnPolls.includes(deploy.polls) && !deploy[`dropped${deploy.polls}`]) {
                deploy[`dropped${deploy.polls}`] = true;
                call.dropped = true;
                req.socket.destroy();
                return undefined;
            }
            return send(
                res,
                200,
                soapEnvelope(
                    `<checkDeployStatusResponse>${toXml('result', deployResult(deploy))}</checkDeployStatusResponse>`
                ),
                'text/xml'
            );
        }
        if (method === 'cancelDeploy') {
            const deploy = deploys.get(args.id);
            if (deploy) deploy.canceled = true;
            return send(
                res,
                200,
                soapEnvelope(
                    `<cancelDeployResponse>${toXml('result', { done: false, id: args.id })}</cancelDeployResponse>`
                ),
                'text/xml'
            );
        }
        return send(res, 500, soapFault('sf:INVALID_OPERATION', `fake org does not know ${method}`), 'text/xml');
    }

    function testRunStatus(runId, call, req) {
        const run = testRuns.get(runId);
        if (!run) return [];
        run.polls += 1;
        call.poll = run.polls;
        if (scenario.testRun.dropOnPolls.includes(run.polls) && !run[`dropped${run.polls}`]) {
            run[`dropped${run.polls}`] = true;
            call.dropped = true;
            req.socket.destroy();
            return null;
        }
        const done = !scenario.testRun.neverFinishes && run.polls >= scenario.testRun.pollsUntilDone;
        const status = aborted.has(runId) ? 'Aborted' : done ? scenario.testRun.status : 'Processing';
        const failed = scenario.testRun.results.filter((row) => row.Outcome === 'Fail').length;
        return withType('ApexTestRunResult', [
            {
                AsyncApexJobId: runId,
                Status: status,
                ClassesEnqueued: run.classes.length,
                ClassesCompleted: done ? run.classes.length : 0,
                MethodsEnqueued: scenario.testRun.results.length,
                MethodsCompleted: done ? scenario.testRun.results.length : 0,
                MethodsFailed: done ? failed : 0,
                TestTime: 1234
            }
        ]);
    }

    function queryRows(soql, call, req) {
        const from = /\bFROM\s+(\w+)/i.exec(soql)?.[1];
        call.from = from;
        const injected = scenario.queryErrors[from];
        if (injected) throw new FakeApiError(injected.status ?? 400, injected.errorCode, injected.message);
        switch (from) {
            case 'Organization':
                return withType('Organization', [
                    { Name: 'Fake', InstanceName: 'FAKE1', NamespacePrefix: null, ...scenario.organization }
                ]);
            case 'AsyncApexJob': {
                const names = inList(soql, 'ApexClass.Name') ?? [];
                return withType(
                    'AsyncApexJob',
                    scenario.asyncJobs.filter((job) => names.includes(job.ApexClass.Name))
                );
            }
            case 'CronTrigger': {
                const jobName = literal(soql, 'CronJobDetail.Name');
                if (jobName !== null) {
                    return withType(
                        'CronTrigger',
                        scenario.cronTriggers.filter((row) => row.CronJobDetail?.Name === jobName)
                    );
                }
                const ids = inList(soql, 'Id') ?? [];
                const states = inList(soql, 'State') ?? [];
                return withType(
                    'CronTrigger',
                    scenario.cronTriggers.filter((row) => ids.includes(row.Id) && states.includes(row.State))
                );
            }
            case 'Playbook_Setting__mdt':
                if (scenario.settingsRecord === 'not-installed') {
                    throw new FakeApiError(
                        400,
                        'INVALID_TYPE',
                        "sObject type 'Playbook_Setting__mdt' is not supported."
                    );
                }
                return scenario.settingsRecord &&
                    literal(soql, 'DeveloperName') === scenario.settingsRecord.DeveloperName
                    ? withType('Playbook_Setting__mdt', [scenario.settingsRecord])
                    : [];
            case 'CaseStatus':
                return withType('CaseStatus', scenario.caseStatuses);
            case 'BusinessHours':
                return withType(
                    'BusinessHours',
                    scenario.businessHours.filter((hours) => hours.Name === literal(soql, 'Name'))
                );
            case 'Holiday': {
                const names = inList(soql, 'Name') ?? [];
                return withType('Holiday', scenario.holidays.filter((holiday) => names.includes(holiday.Name)));
            }
            case 'CustomNotificationType': {
                const names = inList(soql, 'DeveloperName') ?? [];
                return withType(
                    'CustomNotificationType',
                    scenario.notificationTypes.filter((type) => names.includes(type.DeveloperName))
                );
            }
            case 'EntityDefinition':
                return literal(soql, 'QualifiedApiName') === 'Task' && scenario.activitySharingModel
                    ? withType('EntityDefinition', [
                          { QualifiedApiName: 'Task', InternalSharingModel: scenario.activitySharingModel }
                      ])
                    : [];
            case 'QueueSobject': {
                const ids = inList(soql, 'QueueId') ?? [];
                const type = literal(soql, 'SobjectType');
                return withType(
                    'QueueSobject',
                    scenario.queues
                        .filter((queue) => ids.includes(queue.Id) && (queue.sobjects ?? []).includes(type))
                        .map((queue) => ({ QueueId: queue.Id, SobjectType: type }))
                );
            }
            case 'GroupMember': {
                const ids = inList(soql, 'GroupId') ?? [];
                return withType(
                    'GroupMember',
                    scenario.queues
                        .filter((queue) => ids.includes(queue.Id))
                        .flatMap((queue) =>
                            (queue.members ?? []).map((member) => ({ GroupId: queue.Id, UserOrGroupId: member }))
                        )
                );
            }
            case 'User': {
                const names = (inList(soql, 'Username') ?? []).map((name) => name.toLowerCase());
                return withType(
                    'User',
                    scenario.users.filter((user) => names.includes(user.Username.toLowerCase()))
                );
            }
            case 'DuplicateRule':
                return withType(
                    'DuplicateRule',
                    scenario.duplicateRules.filter(
                        (rule) => rule.SobjectType === literal(soql, 'SobjectType') && rule.IsActive === true
                    )
                );
            case 'PermissionSet':
                return scenario.permissionSet.exists && literal(soql, 'Name')
                    ? withType('PermissionSet', [{ Id: '0PSFAKE000000001AAA' }])
                    : [];
            case 'PermissionSetAssignment':
                return scenario.permissionSet.assigned || assignments.length
                    ? withType('PermissionSetAssignment', [{ Id: '0PaFAKE000000001AAA' }])
                    : [];
            case 'RecordType':
                return withType(
                    'RecordType',
                    scenario.recordTypes.filter(
                        (row) =>
                            row.SobjectType === literal(soql, 'SobjectType') &&
                            row.DeveloperName === literal(soql, 'DeveloperName')
                    )
                );
            case 'Group': {
                if (literal(soql, 'Type') !== 'Queue') return [];
                const names = inList(soql, 'DeveloperName') ?? [literal(soql, 'DeveloperName')];
                return withType(
                    'Group',
                    scenario.queues
                        .filter((row) => names.includes(row.DeveloperName))
                        .map(({ Id, DeveloperName }) => ({ Id, DeveloperName }))
                );
            }
            case 'ApexClass':
            case 'ApexTrigger': {
                const names = (inList(soql, 'Name') ?? []).filter(
                    (name) => name in scenario.coverage || scenario.classesInOrg?.includes(name)
                );
                return withType(
                    from,
                    names.map((name) => ({ Id: classId(name, from), Name: name }))
                );
            }
            case 'ApexCodeCoverageAggregate': {
                const ids = inList(soql, 'ApexClassOrTriggerId') ?? [];
                const rows = [];
                for (const [name, lines] of Object.entries(scenario.coverage)) {
                    const id = classIds.get(name);
                    if (id && ids.includes(id) && lines) {
                        rows.push({
                            ApexClassOrTriggerId: id,
                            NumLinesCovered: lines.covered,
                            NumLinesUncovered: lines.uncovered
                        });
                    }
                }
                return withType('ApexCodeCoverageAggregate', rows);
            }
            case 'ApexTestRunResult':
                return testRunStatus(literal(soql, 'AsyncApexJobId'), call, req);
            case 'ApexTestResult': {
                const runId = literal(soql, 'AsyncApexJobId');
                const run = testRuns.get(runId);
                if (!run) return [];
                return withType(
                    'ApexTestResult',
                    scenario.testRun.results.map((row) => ({
                        Id: fakeId('07M'),
                        QueueItemId:
                            run.queueItems.find((item) => item.ApexClass.Name === row.ApexClass.Name)?.Id ?? null,
                        AsyncApexJobId: runId,
                        Message: null,
                        StackTrace: null,
                        RunTime: 12,
                        ...row
                    }))
                );
            }
            case 'ApexTestQueueItem': {
                const run = testRuns.get(literal(soql, 'ParentJobId'));
                if (!run) return [];
                const statuses = inList(soql, 'Status');
                const finished = !scenario.testRun.neverFinishes && run.polls >= scenario.testRun.pollsUntilDone;
                const items = run.queueItems.map((item) => ({
                    ...item,
                    Status: aborted.has(run.id)
                        ? 'Aborted'
                        : !finished
                          ? 'Queued'
                          : scenario.testRun.failedClasses.find((failed) => failed.name === item.ApexClass.Name)
                            ? 'Failed'
                            : 'Completed',
                    ExtendedStatus:
                        scenario.testRun.failedClasses.find((failed) => failed.name === item.ApexClass.Name)
                            ?.extendedStatus ?? null
                }));
                return withType(
                    'ApexTestQueueItem',
                    statuses ? items.filter((item) => statuses.includes(item.Status)) : items
                );
            }
            default:
                return withType(from ?? 'Unknown', []);
        }
    }

    function answerQuery(url, call, req, res) {
        const soql = url.searchParams.get('q');
        call.soql = soql;
        let rows;
        try {
            rows = queryRows(soql, call, req);
        } catch (error) {
            if (!(error instanceof FakeApiError)) throw error;
            return send(res, error.status, [{ errorCode: error.errorCode, message: error.message }]);
        }
        if (rows === null) return undefined;
        const size = scenario.queryPageSize;
        if (rows.length > size) {
            pageCounter += 1;
            const locator = `01gFAKE${pageCounter}`;
            pages.set(locator, rows.slice(size));
            return send(res, 200, {
                totalSize: rows.length,
                done: false,
                nextRecordsUrl: `${url.pathname.replace(/\/query$/, '')}/query/${locator}-${size}`,
                records: rows.slice(0, size)
            });
        }
        return send(res, 200, { totalSize: rows.length, done: true, records: rows });
    }

    function answerNextPage(locator, url, res) {
        const rest = pages.get(locator) ?? [];
        const size = scenario.queryPageSize;
        if (rest.length > size) {
            pages.set(locator, rest.slice(size));
            return send(res, 200, {
                totalSize: rest.length,
                done: false,
                nextRecordsUrl: url.pathname.replace(/-\d+$/, `-${size * 2}`),
                records: rest.slice(0, size)
            });
        }
        pages.delete(locator);
        return send(res, 200, { totalSize: rest.length, done: true, records: rest });
    }

    /** Describe of one object: the picklists of the scenario, and Account's IsPersonAccount when person accounts are on. */
    function describeOf(type) {
        const inactive = scenario.inactivePicklistValues[type] ?? {};
        const fields = Object.entries(scenario.picklists[type] ?? {}).map(([name, values]) => ({
            name,
            type: 'picklist',
            picklistValues: [...values, ...(inactive[name] ?? [])].map((value) => ({
                value,
                label: value,
                active: !(inactive[name] ?? []).includes(value),
                defaultValue: false
            }))
        }));
        fields.unshift({ name: 'Id', type: 'id' }, { name: 'Name', type: 'string' });
        if (type === 'Account' && scenario.personAccounts) fields.push({ name: 'IsPersonAccount', type: 'boolean' });
        fields.push(...(scenario.describeFields?.[type] ?? []));
        return { name: type, fields };
    }

    function objectNames() {
        const names = ['Account', 'Case', 'Contact', 'Contract', 'Task', 'Event', 'User', 'Group'];
        if (scenario.sharedActivities) names.push('TaskRelation', 'TaskWhoRelation');
        if (scenario.entitlements) names.push('Entitlement', 'SlaProcess');
        return names;
    }

    /** Anonymous Apex as the Tooling API runs it; a successful scheduleDaily() call schedules the scenario's job. */
    function executeAnonymous(body) {
        const answer = { line: -1, column: -1, exceptionStackTrace: null, ...scenario.anonymousApex };
        delete answer.schedules;
        const aborted = /System\.abortJob\('(\w+)'\)/.exec(body);
        if (aborted) {
            if (!answer.success) return answer;
            const trigger = scenario.cronTriggers.find((row) => row.Id === aborted[1]);
            if (!trigger)
                return {
                    ...answer,
                    success: false,
                    exceptionMessage: `System.StringException: Invalid id: ${aborted[1]}`
                };
            trigger.State = 'DELETED';
            scenario.asyncJobs = scenario.asyncJobs.filter((job) => job.CronTriggerId !== aborted[1]);
            return { ...answer, compiled: true, success: true };
        }
        // `schedules`: the job name any scheduleDaily() schedules, or { ClassName: job name } per class
        const scheduling = /(\w+)\.scheduleDaily\(\)/.exec(body);
        const { schedules } = scenario.anonymousApex;
        const jobName = typeof schedules === 'string' ? schedules : schedules?.[scheduling?.[1]];
        if (answer.success && jobName && scheduling) {
            scenario.cronTriggers.push({
                Id: fakeId('08e'),
                State: 'WAITING',
                NextFireTime: '2031-01-02T02:00:00.000+0000',
                CronJobDetail: { Name: jobName }
            });
        }
        return answer;
    }

    function saveRecords(method, body, res) {
        const answers = body.records.map((record) => {
            const type = record.attributes?.type;
            const failure = scenario.dataFailures[type];
            if (failure) return { success: false, errors: [failure] };
            if (method === 'POST' && type === 'Contract' && record.Status && record.Status !== 'Draft') {
                return {
                    success: false,
                    errors: [
                        {
                            statusCode: 'FIELD_INTEGRITY_EXCEPTION',
                            message: 'A contract can only be created in Draft status.',
                            fields: ['Status']
                        }
                    ]
                };
            }
            if (method === 'PATCH' && type === 'ApexTestQueueItem') {
                for (const run of testRuns.values()) {
                    if (run.queueItems.some((item) => item.Id === record.Id)) aborted.add(run.id);
                }
                return { id: record.Id, success: true, errors: [] };
            }
            if (method === 'PATCH') {
                const existing = records.find((row) => row.Id === record.Id);
                if (!existing) {
                    return {
                        success: false,
                        errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'no such record', fields: [] }]
                    };
                }
                Object.assign(existing, record, { attributes: existing.attributes });
                return { id: record.Id, success: true, errors: [] };
            }
            return { id: null, success: true, errors: [], pending: record };
        });
        const allOrNoneFailed = body.allOrNone && answers.some((answer) => !answer.success);
        const finalAnswers = answers.map((answer) => {
            if (allOrNoneFailed && answer.success) {
                return {
                    success: false,
                    errors: [
                        {
                            statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                            message:
                                'Record rolled back because not all records were valid and the request was using AllOrNone header',
                            fields: []
                        }
                    ]
                };
            }
            if (answer.pending) {
                const id = fakeId(answer.pending.attributes.type.slice(0, 3));
                records.push({ ...answer.pending, Id: id });
                return { id, success: true, errors: [] };
            }
            return answer;
        });
        return send(res, 200, finalAnswers);
    }

    function authorised(req, call, soapSession) {
        const header = req.headers.authorization ?? '';
        const token = soapSession ?? header.replace(/^Bearer\s+/i, '');
        call.token = token;
        return tokens.has(token);
    }

    function send(res, status, body, contentType = 'application/json') {
        const text = typeof body === 'string' && contentType !== 'application/json' ? body : JSON.stringify(body);
        res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
        res.end(text);
        return undefined;
    }

    async function handle(req, res) {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const raw = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url, 'http://127.0.0.1');
        const call = { method: req.method, path: url.pathname, body: raw };
        requests.push(call);
        events.emit('request', call);
        const api = /^\/services\/data\/v(\d+\.\d)(\/tooling)?(\/.*)$/.exec(url.pathname);

        if (url.pathname === '/services/oauth2/token' && req.method === 'POST') {
            const form = new URLSearchParams(raw);
            call.grant = form.get('grant_type');
            if (
                form.get('grant_type') !== 'refresh_token' ||
                form.get('refresh_token') !== scenario.refreshToken ||
                form.get('client_id') !== CLIENT_ID
            ) {
                return send(res, 400, { error: 'invalid_grant', error_description: 'expired access/refresh token' });
            }
            const issued = `00DFAKE000000001!issued.${tokens.size}.token`;
            tokens.add(issued);
            const origin = `http://127.0.0.1:${server.address().port}`;
            return send(res, 200, {
                access_token: issued,
                instance_url: origin,
                id: `${origin}/id/${USER.organization_id}/${USER.user_id}`,
                token_type: 'Bearer',
                issued_at: String(Date.now()),
                signature: 'fake'
            });
        }
        if (url.pathname.startsWith('/services/Soap/m/')) {
            const envelope = xml.parse(raw).Envelope;
            if (
                scenario.soapSessionInvalid ||
                !authorised(req, call, envelope?.Header?.SessionHeader?.sessionId ?? '')
            ) {
                return send(
                    res,
                    500,
                    soapFault(
                        'sf:INVALID_SESSION_ID',
                        'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session'
                    ),
                    'text/xml'
                );
            }
            return answerSoap(call, envelope.Body, res, req);
        }
        if (url.pathname === '/services/data' && req.method === 'GET') {
            return send(res, 200, [{ label: "Spring '25", url: '/services/data/v63.0', version: '63.0' }]);
        }
        if (!authorised(req, call)) {
            return send(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
        }
        if (url.pathname === '/services/oauth2/userinfo') return send(res, 200, USER);
        if (!api) return send(res, 404, [{ errorCode: 'NOT_FOUND', message: `fake org has no ${url.pathname}` }]);
        const [, , tooling, rest] = api;
        call.tooling = Boolean(tooling);
        if (rest === '/query' && req.method === 'GET') return answerQuery(url, call, req, res);
        if (rest === '/sobjects' && req.method === 'GET' && !tooling) {
            return send(res, 200, { sobjects: objectNames().map((name) => ({ name })) });
        }
        const describe = /^\/sobjects\/(\w+)\/describe$/.exec(rest);
        if (describe && req.method === 'GET' && !tooling) {
            if (!objectNames().includes(describe[1])) {
                return send(res, 404, [{ errorCode: 'NOT_FOUND', message: `The requested resource does not exist` }]);
            }
            return send(res, 200, describeOf(describe[1]));
        }
        if (/^\/executeAnonymous\/?$/.test(rest) && tooling && req.method === 'GET') {
            call.anonymousBody = url.searchParams.get('anonymousBody');
            return send(res, 200, executeAnonymous(call.anonymousBody));
        }
        const page = /^\/query\/(01gFAKE\d+)-/.exec(rest);
        if (page) return answerNextPage(page[1], url, res);
        if (rest === '/runTestsAsynchronous' && tooling && req.method === 'POST') {
            const body = JSON.parse(raw);
            call.json = body;
            const runId = fakeId('707');
            const classes = body.tests.map((test) => test.className);
            testRuns.set(runId, {
                id: runId,
                polls: 0,
                classes,
                queueItems: classes.map((name) => ({ Id: fakeId('709'), ApexClass: { Name: name } }))
            });
            call.runId = runId;
            return send(res, 200, runId);
        }
        if (rest === '/composite/sobjects' && (req.method === 'POST' || req.method === 'PATCH')) {
            call.json = JSON.parse(raw);
            return saveRecords(req.method, call.json, res);
        }
        const create = /^\/sobjects\/(\w+)$/.exec(rest);
        if (create && req.method === 'POST') {
            call.json = JSON.parse(raw);
            const id = fakeId(create[1].slice(0, 3));
            if (create[1] === 'PermissionSetAssignment') assignments.push({ Id: id, ...call.json });
            else records.push({ attributes: { type: create[1] }, Id: id, ...call.json });
            return send(res, 201, { id, success: true, errors: [] });
        }
        return send(res, 404, [{ errorCode: 'NOT_FOUND', message: `fake org has no ${req.method} ${url.pathname}` }]);
    }

    const server = http.createServer((req, res) => {
        handle(req, res).catch((error) => {
            if (!res.headersSent) send(res, 500, [{ errorCode: 'FAKE_ORG_BUG', message: error.stack }]);
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}`;

    return {
        url,
        scenario,
        requests,
        records,
        assignments,
        deploys,
        testRuns,
        events,
        soapCalls: (method) => requests.filter((call) => call.soapMethod === method),
        queries: (from) => requests.filter((call) => call.from === from),
        /** Resolves with the first request (already seen or still to come) that matches. */
        waitFor(predicate) {
            const seen = requests.find(predicate);
            if (seen) return Promise.resolve(seen);
            return new Promise((resolve) => {
                const listener = (call) => {
                    // the call is recorded before it is answered, so let the handler fill in its details first
                    setImmediate(() => {
                        if (predicate(call)) {
                            events.off('request', listener);
                            resolve(call);
                        }
                    });
                };
                events.on('request', listener);
            });
        },
        close() {
            server.closeAllConnections();
            return new Promise((resolve) => server.close(resolve));
        }
    };
}
