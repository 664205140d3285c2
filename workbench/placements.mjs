// Where an admin would place each component in the Service Console. One entry per component:
//   component    module specifier: 'c/<bundle>' for the project's components (force-app/main/default/lwc),
//                'demo/<name>' for the workbench's own demo (workbench/src/modules/demo)
//   pages        the record pages (object API names) it is placed on
//   quickAction  the action button's label when it opens as a quick action modal; omit for a page component
//   region       where a page component sits: 'header' (full width above the tabs), 'main' or 'sidebar'
//   utilityBar   the label of a utility item in the console app's utility bar, on every page (no pages then)
//   recordType   optional: only on records of this record type (DeveloperName), like a record page assignment
//   demo         optional: shown only when the workbench runs with ?demo=1
// A component whose bundle does not exist yet is simply not placed.
export const placements = [
    { component: 'c/contractWarning', pages: ['Case'], region: 'header' },
    {
        component: 'c/callWizard',
        pages: ['Case'],
        quickAction: 'Call Wizard',
        recordType: 'Customer_Loyalty_Assessment'
    },
    { component: 'c/logACall', pages: ['Case', 'Account', 'Contact'], quickAction: 'Log a Call' },
    { component: 'c/logReview', pages: ['Case'], quickAction: 'Log Review' },
    { component: 'c/newCase', pages: ['Account', 'Contract', 'Contact'], quickAction: 'New Case' },
    { component: 'c/assignToBackOffice', pages: ['Case'], quickAction: 'Assign to Back Office' },
    { component: 'c/integrationCase', pages: ['Case'], region: 'sidebar', recordType: 'Integration_Case' },
    { component: 'c/findCaller', utilityBar: 'Find Caller' },
    { component: 'demo/caseClaimAction', pages: ['Case'], quickAction: 'Claim (demo)', demo: true }
];
