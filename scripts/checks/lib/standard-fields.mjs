// Allow-list of the standard objects, fields and relationships that code in this project may name.
// It is deliberately finite: a name that is neither here nor in objects/ is reported, so a typo cannot
// reach an org. When a check reports a real standard field, add it here (with its relationship if it is
// a lookup) rather than working around the check.
//
// Shape per object: fields (API names), relationships (parent relationship name -> object; the "<Name>Id"
// field is implied), children (child relationship name -> child object, for SOQL subqueries).
// 'Name' is Salesforce's polymorphic owner/who/what object.

const AUDIT_FIELDS = [
    'Id',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp'
];
const AUDIT_RELATIONSHIPS = { CreatedBy: 'User', LastModifiedBy: 'User' };
const ADDRESS = (prefix) =>
    [
        'Street',
        'City',
        'State',
        'PostalCode',
        'Country',
        'StateCode',
        'CountryCode',
        'Latitude',
        'Longitude',
        'Address'
    ].map((part) => `${prefix}${part}`);
const ACTIVITY_CHILDREN = {
    Tasks: 'Task',
    Events: 'Event',
    ActivityHistories: 'ActivityHistory',
    OpenActivities: 'OpenActivity'
};

const OBJECTS = {
    Account: {
        fields: [
            'Name',
            'Type',
            'Phone',
            'Fax',
            'Website',
            'Industry',
            'AccountNumber',
            'Site',
            'Description',
            'Rating',
            'Ownership',
            'Sic',
            'TickerSymbol',
            'NumberOfEmployees',
            'AnnualRevenue',
            'AccountSource',
            'LastActivityDate',
            'LastViewedDate',
            'LastReferencedDate',
            'PhotoUrl',
            'Jigsaw',
            'CleanStatus',
            ...ADDRESS('Billing'),
            ...ADDRESS('Shipping')
        ],
        relationships: { Owner: 'User', Parent: 'Account', RecordType: 'RecordType', MasterRecord: 'Account' },
        children: {
            Contacts: 'Contact',
            Cases: 'Case',
            Contracts: 'Contract',
            Opportunities: 'Opportunity',
            ChildAccounts: 'Account',
            AccountContactRelations: 'AccountContactRelation',
            // Entitlement Management only: read through dynamic SOQL (EntitlementManagement.cls).
            Entitlements: 'Entitlement',
            Notes: 'Note',
            Attachments: 'Attachment',
            ...ACTIVITY_CHILDREN
        }
    },
    Contact: {
        fields: [
            'Name',
            'FirstName',
            'LastName',
            'MiddleName',
            'Suffix',
            'Salutation',
            'Title',
            'Department',
            'Phone',
            'MobilePhone',
            'HomePhone',
            'OtherPhone',
            'Fax',
            'Email',
            'Birthdate',
            'Description',
            'LeadSource',
            'AssistantName',
            'AssistantPhone',
            'HasOptedOutOfEmail',
            'HasOptedOutOfFax',
            'DoNotCall',
            'EmailBouncedDate',
            'EmailBouncedReason',
            'IsEmailBounced',
            'LastActivityDate',
            'LastViewedDate',
            'LastReferencedDate',
            'LastCURequestDate',
            'LastCUUpdateDate',
            'PhotoUrl',
            'Jigsaw',
            'CleanStatus',
            'ContactSource',
            ...ADDRESS('Mailing'),
            ...ADDRESS('Other')
        ],
        relationships: {
            Account: 'Account',
            Owner: 'User',
            ReportsTo: 'Contact',
            RecordType: 'RecordType',
            MasterRecord: 'Contact',
            Individual: 'Individual'
        },
        children: {
            Cases: 'Case',
            AccountContactRelations: 'AccountContactRelation',
            CaseContactRoles: 'CaseContactRole',
            Notes: 'Note',
            Attachments: 'Attachment',
            ...ACTIVITY_CHILDREN
        }
    },
    Case: {
        fields: [
            'CaseNumber',
            'Subject',
            'Status',
            'Origin',
            'Priority',
            'Type',
            'Reason',
            'Description',
            'Comments',
            'ClosedDate',
            'IsClosed',
            'IsEscalated',
            'IsClosedOnCreate',
            'SuppliedName',
            'SuppliedEmail',
            'SuppliedPhone',
            'SuppliedCompany',
            'ContactPhone',
            'ContactMobile',
            'ContactEmail',
            'ContactFax',
            'Language',
            'LastViewedDate',
            'LastReferencedDate'
        ],
        relationships: {
            Account: 'Account',
            Contact: 'Contact',
            Owner: 'Name',
            RecordType: 'RecordType',
            Parent: 'Case',
            Asset: 'Asset',
            MasterRecord: 'Case',
            BusinessHours: 'BusinessHours',
            Source: 'Name',
            // Entitlement Management only (Case.EntitlementId): written through SObject.put, never by name in code.
            Entitlement: 'Entitlement'
        },
        children: {
            Cases: 'Case',
            CaseComments: 'CaseComment',
            Histories: 'CaseHistory',
            EmailMessages: 'EmailMessage',
            CaseContactRoles: 'CaseContactRole',
            Feeds: 'CaseFeed',
            Attachments: 'Attachment',
            ContentDocumentLinks: 'ContentDocumentLink',
            ...ACTIVITY_CHILDREN
        }
    },
    Contract: {
        fields: [
            'ContractNumber',
            'Name',
            'Status',
            'StatusCode',
            'StartDate',
            'EndDate',
            'ContractTerm',
            'Description',
            'ActivatedDate',
            'CompanySignedDate',
            'CustomerSignedDate',
            'CustomerSignedTitle',
            'SpecialTerms',
            'OwnerExpirationNotice',
            'LastActivityDate',
            'LastApprovedDate',
            'LastViewedDate',
            'LastReferencedDate',
            ...ADDRESS('Billing'),
            ...ADDRESS('Shipping')
        ],
        relationships: {
            Account: 'Account',
            Owner: 'User',
            ActivatedBy: 'User',
            CompanySigned: 'User',
            CustomerSigned: 'Contact',
            RecordType: 'RecordType',
            Pricebook2: 'Pricebook2'
        },
        children: { Notes: 'Note', Attachments: 'Attachment', ...ACTIVITY_CHILDREN }
    },
    Task: {
        fields: [
            'Subject',
            'Status',
            'Priority',
            'ActivityDate',
            'Description',
            'TaskSubtype',
            'Type',
            'CallType',
            'CallDurationInSeconds',
            'CallDisposition',
            'CallObject',
            'IsReminderSet',
            'ReminderDateTime',
            'IsClosed',
            'CompletedDateTime',
            'IsHighPriority',
            'IsRecurrence',
            'IsArchived',
            'WhoCount',
            'WhatCount'
        ],
        relationships: { Who: 'Name', What: 'Name', Owner: 'Name', Account: 'Account', RecordType: 'RecordType' },
        children: { TaskRelations: 'TaskRelation', TaskWhoRelations: 'TaskWhoRelation' }
    },
    Event: {
        fields: [
            'Subject',
            'StartDateTime',
            'EndDateTime',
            'ActivityDate',
            'ActivityDateTime',
            'DurationInMinutes',
            'IsAllDayEvent',
            'Location',
            'Description',
            'ShowAs',
            'Type',
            'EventSubtype',
            'IsPrivate',
            'IsReminderSet',
            'ReminderDateTime',
            'IsChild',
            'IsGroupEvent',
            'IsArchived',
            'WhoCount',
            'WhatCount'
        ],
        relationships: { Who: 'Name', What: 'Name', Owner: 'Name', Account: 'Account', RecordType: 'RecordType' },
        children: { EventRelations: 'EventRelation', EventWhoRelations: 'EventWhoRelation' }
    },
    ActivityHistory: {
        fields: [
            'Subject',
            'Status',
            'Priority',
            'ActivityDate',
            'ActivityType',
            'Description',
            'IsTask',
            'IsClosed',
            'CallType'
        ],
        relationships: { Who: 'Name', What: 'Name', Owner: 'User', Account: 'Account' },
        children: {}
    },
    OpenActivity: {
        fields: ['Subject', 'Status', 'Priority', 'ActivityDate', 'ActivityType', 'Description', 'IsTask', 'IsClosed'],
        relationships: { Who: 'Name', What: 'Name', Owner: 'User', Account: 'Account' },
        children: {}
    },
    TaskRelation: {
        fields: ['IsWhat'],
        relationships: { Task: 'Task', Relation: 'Name', Account: 'Account' },
        children: {}
    },
    TaskWhoRelation: {
        fields: ['Type'],
        relationships: { Task: 'Task', Relation: 'Name', Account: 'Account' },
        children: {}
    },
    EventRelation: {
        fields: ['IsWhat', 'IsInvitee', 'IsParent', 'Status', 'RespondedDate', 'Response'],
        relationships: { Event: 'Event', Relation: 'Name', Account: 'Account' },
        children: {}
    },
    EventWhoRelation: {
        fields: ['Type'],
        relationships: { Event: 'Event', Relation: 'Name', Account: 'Account' },
        children: {}
    },
    User: {
        fields: [
            'Name',
            'FirstName',
            'LastName',
            'Username',
            'Email',
            'Alias',
            'CommunityNickname',
            'IsActive',
            'Title',
            'Phone',
            'MobilePhone',
            'Department',
            'Division',
            'CompanyName',
            'EmployeeNumber',
            'TimeZoneSidKey',
            'LocaleSidKey',
            'LanguageLocaleKey',
            'EmailEncodingKey',
            'UserType',
            'FederationIdentifier',
            'SmallPhotoUrl',
            'FullPhotoUrl',
            'LastLoginDate',
            ...ADDRESS('')
        ],
        relationships: {
            Profile: 'Profile',
            UserRole: 'UserRole',
            Manager: 'User',
            Contact: 'Contact',
            Account: 'Account'
        },
        children: { PermissionSetAssignments: 'PermissionSetAssignment', GroupMemberships: 'GroupMember' }
    },
    // Entitlement Management's objects (Object Reference, "Entitlement", "SlaProcess"): they exist only where the feature
    // is on, so the package reads them through dynamic SOQL (EntitlementManagement.cls).
    Entitlement: {
        fields: ['Name', 'Type', 'StartDate', 'EndDate', 'Status', 'IsPerIncident', 'CasesPerEntitlement', 'RemainingCases'],
        relationships: { Account: 'Account', SlaProcess: 'SlaProcess', Asset: 'Asset', BusinessHours: 'BusinessHours' },
        children: { Cases: 'Case' }
    },
    SlaProcess: { fields: ['Name', 'IsActive', 'IsVersionDefault', 'SobjectType', 'Description'], relationships: {}, children: {} },
    Group: {
        fields: ['Name', 'DeveloperName', 'Type', 'Email', 'RelatedId', 'DoesIncludeBosses', 'DoesSendEmailToMembers'],
        relationships: { Owner: 'Name' },
        children: { GroupMembers: 'GroupMember', QueueSobjects: 'QueueSobject' }
    },
    GroupMember: { fields: ['UserOrGroupId'], relationships: { Group: 'Group' }, children: {} },
    QueueSobject: { fields: ['SobjectType'], relationships: { Queue: 'Group' }, children: {} },
    RecordType: {
        fields: ['Name', 'DeveloperName', 'SobjectType', 'IsActive', 'Description', 'NamespacePrefix'],
        relationships: { BusinessProcess: 'BusinessProcess' },
        children: {}
    },
    BusinessProcess: {
        fields: ['Name', 'TableEnumOrId', 'IsActive', 'Description', 'NamespacePrefix'],
        relationships: {},
        children: {}
    },
    Opportunity: {
        fields: [
            'Name',
            'StageName',
            'CloseDate',
            'Amount',
            'Probability',
            'Type',
            'LeadSource',
            'IsClosed',
            'IsWon',
            'Description',
            'NextStep',
            'ForecastCategory',
            'ForecastCategoryName',
            'ExpectedRevenue',
            'LastActivityDate'
        ],
        relationships: {
            Account: 'Account',
            Owner: 'User',
            RecordType: 'RecordType',
            Campaign: 'Campaign',
            Pricebook2: 'Pricebook2',
            Contact: 'Contact'
        },
        children: { ...ACTIVITY_CHILDREN }
    },
    Name: {
        fields: [
            'Name',
            'Type',
            'Alias',
            'Email',
            'FirstName',
            'LastName',
            'IsActive',
            'Phone',
            'Title',
            'Username',
            'CommunityNickname',
            'NameOrAlias',
            'LastReferencedDate',
            'LastViewedDate'
        ],
        relationships: { Profile: 'Profile', UserRole: 'UserRole', RecordType: 'RecordType' },
        children: {}
    },
    Profile: {
        fields: ['Name', 'UserType', 'Description'],
        relationships: { UserLicense: 'UserLicense' },
        children: {}
    },
    UserRole: { fields: ['Name', 'DeveloperName'], relationships: { ParentRole: 'UserRole' }, children: {} },
    UserLicense: { fields: ['Name', 'LicenseDefinitionKey', 'Status'], relationships: {}, children: {} },
    PermissionSet: {
        fields: ['Name', 'Label', 'IsOwnedByProfile', 'NamespacePrefix', 'Type'],
        relationships: { Profile: 'Profile' },
        children: { Assignments: 'PermissionSetAssignment' }
    },
    PermissionSetAssignment: {
        fields: ['IsActive', 'ExpirationDate'],
        relationships: { Assignee: 'User', PermissionSet: 'PermissionSet', PermissionSetGroup: 'PermissionSetGroup' },
        children: {}
    },
    PermissionSetGroup: { fields: ['DeveloperName', 'MasterLabel', 'Status'], relationships: {}, children: {} },
    AccountContactRelation: {
        fields: ['Roles', 'IsActive', 'IsDirect', 'StartDate', 'EndDate'],
        relationships: { Account: 'Account', Contact: 'Contact' },
        children: {}
    },
    CaseComment: { fields: ['CommentBody', 'IsPublished'], relationships: { Parent: 'Case' }, children: {} },
    CaseHistory: {
        fields: ['Field', 'OldValue', 'NewValue', 'DataType'],
        relationships: { Case: 'Case' },
        children: {}
    },
    CaseFeed: { fields: ['Body', 'Type', 'Title', 'LinkUrl'], relationships: { Parent: 'Case' }, children: {} },
    CaseContactRole: { fields: ['Role'], relationships: { Cases: 'Case', Contact: 'Contact' }, children: {} },
    CaseStatus: {
        fields: ['MasterLabel', 'ApiName', 'IsClosed', 'IsDefault', 'SortOrder'],
        relationships: {},
        children: {}
    },
    ContractStatus: {
        fields: ['MasterLabel', 'ApiName', 'StatusCode', 'IsDefault', 'SortOrder'],
        relationships: {},
        children: {}
    },
    TaskStatus: {
        fields: ['MasterLabel', 'ApiName', 'IsClosed', 'IsDefault', 'SortOrder'],
        relationships: {},
        children: {}
    },
    TaskPriority: {
        fields: ['MasterLabel', 'ApiName', 'IsHighPriority', 'IsDefault', 'SortOrder'],
        relationships: {},
        children: {}
    },
    EmailMessage: {
        fields: [
            'Subject',
            'TextBody',
            'HtmlBody',
            'FromAddress',
            'FromName',
            'ToAddress',
            'CcAddress',
            'BccAddress',
            'Status',
            'Incoming',
            'MessageDate',
            'RelatedToId',
            'ActivityId',
            'HasAttachment',
            'IsExternallyVisible'
        ],
        relationships: { Parent: 'Case' },
        children: {}
    },
    // Object Reference, BusinessHours: the start and end time of each weekday.
    BusinessHours: {
        fields: [
            'Name',
            'IsActive',
            'IsDefault',
            'TimeZoneSidKey',
            ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].flatMap((day) => [
                `${day}StartTime`,
                `${day}EndTime`
            ])
        ],
        relationships: {},
        children: {}
    },
    // Object Reference, Holiday: the recurrence fields of a recurring holiday.
    Holiday: {
        fields: [
            'Name',
            'Description',
            'ActivityDate',
            'IsAllDay',
            'IsRecurrence',
            'StartTimeInMinutes',
            'EndTimeInMinutes',
            'RecurrenceType',
            'RecurrenceInterval',
            'RecurrenceDayOfWeekMask',
            'RecurrenceDayOfMonth',
            'RecurrenceInstance',
            'RecurrenceMonthOfYear',
            'RecurrenceStartDate',
            'RecurrenceEndDateOnly'
        ],
        relationships: {},
        children: {}
    },
    // Object Reference, CustomNotificationType.
    CustomNotificationType: {
        fields: ['DeveloperName', 'MasterLabel', 'CustomNotifTypeName', 'Description', 'Desktop', 'Mobile'],
        relationships: {},
        children: {}
    },
    Asset: {
        fields: ['Name', 'SerialNumber', 'Status', 'InstallDate'],
        relationships: { Account: 'Account', Contact: 'Contact' },
        children: {}
    },
    Campaign: { fields: ['Name', 'Type', 'Status', 'IsActive'], relationships: {}, children: {} },
    Pricebook2: { fields: ['Name', 'IsActive', 'IsStandard'], relationships: {}, children: {} },
    Individual: { fields: ['Name', 'FirstName', 'LastName'], relationships: {}, children: {} },
    Note: { fields: ['Title', 'Body', 'IsPrivate', 'ParentId'], relationships: { Owner: 'User' }, children: {} },
    Attachment: {
        fields: ['Name', 'Body', 'ContentType', 'BodyLength', 'ParentId', 'IsPrivate'],
        relationships: { Owner: 'User' },
        children: {}
    },
    ContentDocumentLink: {
        fields: ['ShareType', 'Visibility', 'LinkedEntityId'],
        relationships: { ContentDocument: 'ContentDocument' },
        children: {}
    },
    ContentDocument: {
        fields: ['Title', 'FileExtension', 'FileType', 'ContentSize'],
        relationships: { LatestPublishedVersion: 'ContentVersion' },
        children: {}
    },
    ContentVersion: {
        fields: ['Title', 'PathOnClient', 'VersionData', 'FileExtension', 'IsLatest'],
        relationships: { ContentDocument: 'ContentDocument' },
        children: {}
    },
    StaticResource: {
        fields: ['Name', 'Body', 'ContentType', 'NamespacePrefix', 'BodyLength'],
        relationships: {},
        children: {}
    },
    ApexClass: { fields: ['Name', 'NamespacePrefix', 'Status', 'ApiVersion'], relationships: {}, children: {} },
    AsyncApexJob: {
        fields: [
            'Status',
            'JobType',
            'MethodName',
            'NumberOfErrors',
            'JobItemsProcessed',
            'TotalJobItems',
            'CompletedDate',
            'ExtendedStatus'
        ],
        relationships: { ApexClass: 'ApexClass' },
        children: {}
    },
    CronTrigger: {
        fields: ['State', 'NextFireTime', 'PreviousFireTime', 'CronExpression', 'TimesTriggered'],
        relationships: { CronJobDetail: 'CronJobDetail' },
        children: {}
    },
    CronJobDetail: { fields: ['Name', 'JobType'], relationships: {}, children: {} },
    Organization: {
        fields: [
            'Name',
            'IsSandbox',
            'InstanceName',
            'OrganizationType',
            'TimeZoneSidKey',
            'NamespacePrefix',
            'DefaultLocaleSidKey'
        ],
        relationships: {},
        children: {}
    },
    DuplicateRule: {
        fields: ['DeveloperName', 'MasterLabel', 'IsActive', 'SobjectType'],
        relationships: {},
        children: {}
    }
};

function build() {
    const byName = new Map();
    for (const [name, spec] of Object.entries(OBJECTS)) {
        const relationships = { ...AUDIT_RELATIONSHIPS, ...spec.relationships };
        const fields = new Set([
            ...AUDIT_FIELDS,
            ...spec.fields,
            ...Object.keys(relationships).map((rel) => `${rel}Id`)
        ]);
        byName.set(name.toLowerCase(), {
            name,
            fields: new Map([...fields].map((field) => [field.toLowerCase(), field])),
            relationships: new Map(
                Object.entries(relationships).map(([rel, target]) => [rel.toLowerCase(), { name: rel, target }])
            ),
            children: new Map(
                Object.entries(spec.children).map(([rel, child]) => [rel.toLowerCase(), { name: rel, child }])
            )
        });
    }
    return byName;
}

const STANDARD = build();

/** The allow-listed standard object (case-insensitive), or undefined. */
export function standardObject(name) {
    return STANDARD.get(String(name).toLowerCase());
}

/** Standard fields every custom object (__c) has. */
export const CUSTOM_OBJECT_FIELDS = [
    ...AUDIT_FIELDS,
    'Name',
    'OwnerId',
    'RecordTypeId',
    'LastActivityDate',
    'LastViewedDate',
    'LastReferencedDate'
];
export const CUSTOM_OBJECT_RELATIONSHIPS = { ...AUDIT_RELATIONSHIPS, Owner: 'Name', RecordType: 'RecordType' };

/** Standard fields every custom metadata type (__mdt) has. */
export const CUSTOM_METADATA_FIELDS = [
    'Id',
    'DeveloperName',
    'MasterLabel',
    'Label',
    'Language',
    'NamespacePrefix',
    'QualifiedApiName',
    'SystemModstamp'
];

/** Standard fields every platform event (__e) has. */
export const PLATFORM_EVENT_FIELDS = ['ReplayId', 'CreatedDate', 'CreatedById', 'EventUuid'];

/** Objects whose custom fields live under objects/Activity. */
export const ACTIVITY_OBJECTS = ['Task', 'Event'];
