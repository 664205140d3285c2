// What the record pages show per object: the fields of the highlights panel and the Details tab,
// like a page layout. Fields are requested as optionalFields, so one the running user cannot read
// is left out instead of failing the page.
export interface LayoutField {
    name: string;
    label: string;
}

export interface Layout {
    icon: string;
    label: string;
    titleField: string;
    highlights: LayoutField[];
    details: LayoutField[];
}

const f = (name: string, label: string): LayoutField => ({ name, label });

export const layouts: Record<string, Layout> = {
    Case: {
        icon: 'standard:case',
        label: 'Case',
        titleField: 'CaseNumber',
        highlights: [
            f('Subject', 'Subject'),
            f('Status', 'Status'),
            f('Owner.Name', 'Case Owner'),
            f('Account.Name', 'Dealership')
        ],
        details: [
            f('CaseNumber', 'Case Number'),
            f('RecordType.Name', 'Case Record Type'),
            f('Contact.Name', 'Contact Name'),
            f('Account.Name', 'Account Name'),
            f('Origin', 'Case Origin'),
            f('Priority', 'Priority'),
            f('CL_Activity_Status__c', 'Activity Status'),
            f('CL_Satisfaction_Score__c', 'CL Satisfaction Score'),
            f('CL_Score_Date__c', 'Date of Score'),
            f('CL_Call_Attempts__c', 'Call Attempts'),
            f('CL_Last_Attempt__c', 'Last Attempt'),
            f('Contact_Inactive__c', 'Contact Inactive'),
            f('CL_Referral__c', 'Referral'),
            f('Related_Support_Case__r.CaseNumber', 'Related Support Case'),
            f('Contract__r.ContractNumber', 'Contract'),
            f('Installer_Contact__r.Name', 'Installer Contact'),
            f('Product_Type__c', 'Product Type'),
            f('Last_Reviewed_By__r.Name', 'Last Reviewed By'),
            f('Last_Reviewed_On__c', 'Last Reviewed On'),
            f('Last_Review_Comments__c', 'Last Review Comments'),
            f('CL_Satisfaction_Notes__c', 'CL Satisfaction Notes'),
            f('Description', 'Description')
        ]
    },
    Account: {
        icon: 'standard:account',
        label: 'Account',
        titleField: 'Name',
        highlights: [f('Phone', 'Phone'), f('Type', 'Type'), f('Owner.Name', 'Account Owner')],
        details: [
            f('Name', 'Account Name'),
            f('Phone', 'Phone'),
            f('Type', 'Type'),
            f('BillingCity', 'Billing City'),
            f('Website', 'Website')
        ]
    },
    Contact: {
        icon: 'standard:contact',
        label: 'Contact',
        titleField: 'Name',
        highlights: [f('Title', 'Title'), f('Account.Name', 'Account Name'), f('Phone', 'Phone'), f('Email', 'Email')],
        details: [
            f('Name', 'Name'),
            f('Account.Name', 'Account Name'),
            f('Title', 'Title'),
            f('Phone', 'Phone'),
            f('Email', 'Email'),
            f('Employment_Status__c', 'Employment Status')
        ]
    },
    Contract: {
        icon: 'standard:contract',
        label: 'Contract',
        titleField: 'ContractNumber',
        highlights: [
            f('Status', 'Status'),
            f('Cancellation_Status__c', 'Cancellation Status'),
            f('Account.Name', 'Account Name')
        ],
        details: [
            f('ContractNumber', 'Contract Number'),
            f('Account.Name', 'Account Name'),
            f('Status', 'Status'),
            f('Cancellation_Status__c', 'Cancellation Status'),
            f('StartDate', 'Contract Start Date'),
            f('EndDate', 'Contract End Date')
        ]
    }
};

/** Standard key prefixes, for a URL that names no object. */
const keyPrefixes: Record<string, string> = { '500': 'Case', '001': 'Account', '003': 'Contact', '800': 'Contract' };

export function objectForRecordId(recordId: string): string | undefined {
    return keyPrefixes[recordId.slice(0, 3)];
}

export function layoutFields(objectApiName: string): string[] {
    const layout = layouts[objectApiName];
    if (!layout) return [];
    const names = new Set([
        layout.titleField,
        ...layout.highlights.map((x) => x.name),
        ...layout.details.map((x) => x.name)
    ]);
    if (objectApiName === 'Case') names.add('RecordType.DeveloperName');
    return [...names].map((name) => `${objectApiName}.${name}`);
}
