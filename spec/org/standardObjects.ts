// The standard objects and fields the package reads or writes, as the platform defines them
// (writability, lengths, required flags, lookups). Custom fields come from objects/ metadata.
import type { ChildRelationship, FieldDefinition, FieldType, ObjectDefinition } from './schema';
import type { FieldValue } from './values';

type FieldOptions = Partial<Omit<FieldDefinition, 'name' | 'type'>>;

function field(name: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
    return { name, type, custom: false, createable: true, updateable: true, nillable: true, ...options };
}

function readOnly(name: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
    return field(name, type, { createable: false, updateable: false, ...options });
}

function text(name: string, length: number, options: FieldOptions = {}): FieldDefinition {
    return field(name, 'string', { length, ...options });
}

function lookup(name: string, referenceTo: readonly string[], relationshipName: string, options: FieldOptions = {}) {
    return field(name, 'reference', { referenceTo, relationshipName, ...options });
}

function picklist(name: string, values: readonly string[] | undefined, defaultValue?: FieldValue): FieldDefinition {
    // Standard picklists are not restricted: the API accepts values outside the list.
    return field(name, 'picklist', { picklistValues: values, restrictedPicklist: false, defaultValue });
}

function checkbox(name: string, options: FieldOptions = {}): FieldDefinition {
    return field(name, 'boolean', { nillable: false, defaultValue: false, ...options });
}

const AUDIT_FIELDS: readonly FieldDefinition[] = [
    readOnly('CreatedDate', 'datetime'),
    readOnly('CreatedById', 'reference', { referenceTo: ['User'], relationshipName: 'CreatedBy' }),
    readOnly('LastModifiedDate', 'datetime'),
    readOnly('LastModifiedById', 'reference', { referenceTo: ['User'], relationshipName: 'LastModifiedBy' }),
    readOnly('SystemModstamp', 'datetime'),
    readOnly('IsDeleted', 'boolean')
];

/** Fields the platform maintains; a change to them alone is not a change of the record. */
export const AUDIT_FIELD_NAMES: readonly string[] = AUDIT_FIELDS.map((definition) => definition.name);

function objectOf(
    name: string,
    fields: readonly FieldDefinition[],
    setup = false,
    childRelationships: readonly ChildRelationship[] = []
): ObjectDefinition {
    const all = [readOnly('Id', 'id', { nillable: false }), ...fields, ...(setup ? [] : AUDIT_FIELDS)];
    return {
        name,
        custom: false,
        setup,
        fields: Object.fromEntries(all.map((definition) => [definition.name, definition])),
        ...(childRelationships.length ? { childRelationships } : {})
    };
}

/** Account.Tasks, Case.Tasks, Contract.Tasks: the tasks whose WhatId is the record. */
const TASKS_OF_WHAT: readonly ChildRelationship[] = [{ name: 'Tasks', childObject: 'Task', field: 'WhatId' }];

/** Case.Tasks and Case.CaseComments (Object Reference, CaseComment: ParentId is the case). */
const CASE_CHILDREN: readonly ChildRelationship[] = [
    ...TASKS_OF_WHAT,
    { name: 'CaseComments', childObject: 'CaseComment', field: 'ParentId' }
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Account.Cases, Account.Contracts and Contact.Cases (Object Reference, "Account" and "Contact": child relationships). */
const CASES_OF_ACCOUNT: ChildRelationship = { name: 'Cases', childObject: 'Case', field: 'AccountId' };
const CONTRACTS_OF_ACCOUNT: ChildRelationship = { name: 'Contracts', childObject: 'Contract', field: 'AccountId' };
const CASES_OF_CONTACT: ChildRelationship = { name: 'Cases', childObject: 'Case', field: 'ContactId' };

const owner = (referenceTo: readonly string[] = ['User']) => lookup('OwnerId', referenceTo, 'Owner', { nillable: false });

export interface PicklistValueSets {
    caseStatus: readonly string[];
    caseOrigin: readonly string[];
    caseType: readonly string[];
    caseReason: readonly string[];
    taskStatus: readonly string[];
}

/**
 * The values a new org's standard value sets hold, as a scratch org retrieves them (Salesforce's sample app
 * trailheadapps/dreamhouse-lwc, force-app/main/default/standardValueSets). A project's
 * standardValueSets/*.standardValueSet-meta.xml replaces them, as a deploy does.
 */
export const DEFAULT_PICKLIST_VALUE_SETS: PicklistValueSets = {
    caseStatus: ['New', 'Working', 'Escalated', 'Closed'],
    caseOrigin: ['Phone', 'Email', 'Web'],
    caseType: ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other'],
    caseReason: ['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other'],
    taskStatus: ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred']
};

export function standardObjects(valueSets: PicklistValueSets = DEFAULT_PICKLIST_VALUE_SETS): ObjectDefinition[] {
    return [
        objectOf('Account', [
            text('Name', 255, { nillable: false }),
            owner(),
            lookup('ParentId', ['Account'], 'Parent'),
            picklist('Type', undefined),
            picklist('Industry', undefined),
            field('Phone', 'phone', { length: 40 }),
            field('Website', 'url', { length: 255 }),
            text('BillingStreet', 255),
            text('BillingCity', 40),
            text('BillingState', 80),
            text('BillingPostalCode', 20),
            text('BillingCountry', 80),
            field('Description', 'textarea', { length: 32000 })
        ], false, [...TASKS_OF_WHAT, CASES_OF_ACCOUNT, CONTRACTS_OF_ACCOUNT]),
        objectOf('Contact', [
            text('FirstName', 40),
            text('LastName', 80, { nillable: false }),
            readOnly('Name', 'string', { length: 121 }),
            picklist('Salutation', undefined),
            text('Title', 128),
            field('Email', 'email', { length: 80 }),
            field('Phone', 'phone', { length: 40 }),
            field('MobilePhone', 'phone', { length: 40 }),
            lookup('AccountId', ['Account'], 'Account'),
            owner(),
            field('MailingStreet', 'textarea', { length: 255 }),
            text('MailingCity', 40),
            text('MailingState', 80),
            text('MailingPostalCode', 20),
            field('Description', 'textarea', { length: 32000 })
        ], false, [CASES_OF_CONTACT]),
        objectOf('Case', [
            readOnly('CaseNumber', 'string', { length: 30, autoNumberFormat: '{00000000}' }),
            text('Subject', 255),
            field('Description', 'textarea', { length: 32000 }),
            picklist('Status', valueSets.caseStatus, valueSets.caseStatus[0] ?? 'New'),
            picklist('Origin', valueSets.caseOrigin),
            picklist('Priority', ['High', 'Medium', 'Low'], 'Medium'),
            picklist('Type', valueSets.caseType),
            picklist('Reason', valueSets.caseReason),
            owner(['User', 'Group']),
            lookup('RecordTypeId', ['RecordType'], 'RecordType'),
            lookup('AccountId', ['Account'], 'Account'),
            lookup('ContactId', ['Contact'], 'Contact'),
            lookup('ParentId', ['Case'], 'Parent'),
            readOnly('IsClosed', 'boolean', { nillable: false }),
            readOnly('ClosedDate', 'datetime'),
            checkbox('IsEscalated'),
            text('SuppliedName', 80),
            field('SuppliedEmail', 'email', { length: 80 }),
            text('SuppliedPhone', 40),
            readOnly('ContactPhone', 'phone'),
            readOnly('ContactEmail', 'email')
        ], false, CASE_CHILDREN),
        // Object Reference, CaseComment: CommentBody up to 4,000 characters; IsPublished "Defaulted on create"
        // (false: a comment is private unless published); ParentId is set on create only.
        objectOf('CaseComment', [
            lookup('ParentId', ['Case'], 'Parent', { nillable: false, updateable: false }),
            field('CommentBody', 'textarea', { length: 4000 }),
            checkbox('IsPublished')
        ]),
        objectOf('Task', [
            text('Subject', 255),
            field('Description', 'textarea', { length: 32000 }),
            picklist('Status', valueSets.taskStatus, valueSets.taskStatus[0] ?? 'Not Started'),
            picklist('Priority', ['High', 'Normal', 'Low'], 'Normal'),
            owner(),
            lookup('WhatId', ['Account', 'Case', 'Contract'], 'What'),
            lookup('WhoId', ['Contact'], 'Who'),
            field('ActivityDate', 'date'),
            // TaskSubtype can be set on insert only.
            field('TaskSubtype', 'picklist', { picklistValues: ['Task', 'Email', 'Call'], updateable: false }),
            picklist('Type', undefined),
            readOnly('IsClosed', 'boolean', { nillable: false }),
            readOnly('CompletedDateTime', 'datetime'),
            checkbox('IsReminderSet'),
            field('ReminderDateTime', 'datetime'),
            picklist('CallType', ['Internal', 'Inbound', 'Outbound']),
            text('CallDisposition', 255),
            field('CallDurationInSeconds', 'int'),
            // "Call Object Identifier", which CTI systems fill (SOAP API Developer Guide, "Call Centers and the API").
            text('CallObject', 255)
        ]),
        objectOf('Contract', [
            readOnly('ContractNumber', 'string', { length: 30, autoNumberFormat: '{00000000}' }),
            lookup('AccountId', ['Account'], 'Account', { nillable: false }),
            picklist('Status', ['Draft', 'In Approval Process', 'Activated'], 'Draft'),
            field('StartDate', 'date'),
            field('ContractTerm', 'int'),
            // EndDate is computed from StartDate and ContractTerm.
            readOnly('EndDate', 'date'),
            readOnly('ActivatedDate', 'datetime'),
            owner(),
            field('Description', 'textarea', { length: 32000 })
        ], false, TASKS_OF_WHAT),
        objectOf(
            'User',
            [
                text('Username', 80, { nillable: false, unique: true }),
                text('FirstName', 40),
                text('LastName', 80, { nillable: false }),
                readOnly('Name', 'string', { length: 121 }),
                text('Alias', 8, { nillable: false }),
                field('Email', 'email', { length: 128, nillable: false }),
                text('TimeZoneSidKey', 40, { nillable: false }),
                text('LocaleSidKey', 40),
                text('LanguageLocaleKey', 40),
                text('EmailEncodingKey', 40),
                checkbox('IsActive', { defaultValue: true }),
                text('Title', 80),
                lookup('ManagerId', ['User'], 'Manager'),
                lookup('UserRoleId', ['UserRole'], 'UserRole')
            ],
            true
        ),
        objectOf(
            'UserRole',
            [
                text('Name', 80, { nillable: false }),
                text('DeveloperName', 80),
                lookup('ParentRoleId', ['UserRole'], 'ParentRole')
            ],
            true
        ),
        objectOf(
            'Group',
            [
                text('Name', 40, { nillable: false }),
                text('DeveloperName', 80),
                picklist('Type', ['Regular', 'Queue']),
                field('Email', 'email', { length: 255 })
            ],
            true
        ),
        // Queue and group membership; only users are modelled as members (no nested groups or roles).
        objectOf(
            'GroupMember',
            [
                lookup('GroupId', ['Group'], 'Group', { nillable: false, updateable: false }),
                lookup('UserOrGroupId', ['User'], 'UserOrGroup', { nillable: false, updateable: false })
            ],
            true
        ),
        // Object Reference, BusinessHours: the hours of each weekday (Time; both null on a day without hours,
        // both 00:00 on a day open 24 hours) in the record's time zone. A new org has one, "Default", 24 hours
        // 7 days a week (InMemoryOrg creates it). Apex tests cannot insert business hours.
        objectOf(
            'BusinessHours',
            [
                text('Name', 80, { nillable: false }),
                checkbox('IsActive', { defaultValue: true }),
                checkbox('IsDefault'),
                text('TimeZoneSidKey', 40, { nillable: false }),
                ...WEEKDAYS.flatMap((day) => [field(`${day}StartTime`, 'time'), field(`${day}EndTime`, 'time')])
            ],
            true
        ),
        // Object Reference, Holiday: "All users ... can view holidays via the API". An all-day holiday's date is
        // ActivityDate; a recurring one repeats by RecurrenceType from RecurrenceStartDate to RecurrenceEndDateOnly.
        objectOf(
            'Holiday',
            [
                text('Name', 80, { nillable: false }),
                text('Description', 100),
                field('ActivityDate', 'date'),
                checkbox('IsAllDay', { defaultValue: true }),
                field('StartTimeInMinutes', 'int'),
                field('EndTimeInMinutes', 'int'),
                checkbox('IsRecurrence'),
                picklist('RecurrenceType', [
                    'RecursDaily',
                    'RecursEveryWeekday',
                    'RecursMonthly',
                    'RecursMonthlyNth',
                    'RecursWeekly',
                    'RecursYearly',
                    'RecursYearlyNth'
                ]),
                field('RecurrenceInterval', 'int'),
                field('RecurrenceDayOfWeekMask', 'int'),
                field('RecurrenceDayOfMonth', 'int'),
                picklist('RecurrenceInstance', ['First', 'Second', 'Third', 'Fourth', 'Last']),
                picklist('RecurrenceMonthOfYear', [
                    'January',
                    'February',
                    'March',
                    'April',
                    'May',
                    'June',
                    'July',
                    'August',
                    'September',
                    'October',
                    'November',
                    'December'
                ]),
                field('RecurrenceStartDate', 'date'),
                field('RecurrenceEndDateOnly', 'date')
            ],
            true
        ),
        // Object Reference, CustomNotificationType: one row per notification type the org has (notificationtypes/).
        objectOf(
            'CustomNotificationType',
            [
                text('DeveloperName', 80, { nillable: false }),
                text('MasterLabel', 80, { nillable: false }),
                text('CustomNotifTypeName', 80, { nillable: false }),
                checkbox('Desktop'),
                checkbox('Mobile')
            ],
            true
        ),
        objectOf(
            'RecordType',
            [
                text('Name', 80, { nillable: false }),
                text('DeveloperName', 80, { nillable: false }),
                text('SobjectType', 40, { nillable: false }),
                checkbox('IsActive', { defaultValue: true }),
                field('Description', 'textarea', { length: 255 })
            ],
            true
        )
    ];
}

/** The standard fields every custom object has, besides its custom fields. */
export function customObjectStandardFields(nameField: FieldDefinition): FieldDefinition[] {
    return [readOnly('Id', 'id', { nillable: false }), nameField, owner(['User', 'Group']), ...AUDIT_FIELDS];
}
