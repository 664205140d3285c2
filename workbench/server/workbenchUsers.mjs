// The people one can be in the workbench: two agents with the package's permission set (to see a
// claim collide) and a user without it (to see the permission errors an admin would).
export const WORKBENCH_USERS = [
    {
        key: 'agent',
        setup: {
            FirstName: 'Alex',
            LastName: 'Rivera',
            Title: 'Customer Loyalty Agent',
            permissionSets: ['Playbooks_Agent']
        },
        description: 'Agent (Playbooks_Agent)'
    },
    {
        key: 'otherAgent',
        setup: {
            FirstName: 'Jordan',
            LastName: 'Lee',
            Title: 'Customer Loyalty Agent',
            permissionSets: ['Playbooks_Agent']
        },
        description: 'Other agent (Playbooks_Agent)'
    },
    {
        key: 'noPermissionSet',
        setup: { FirstName: 'Casey', LastName: 'Nguyen', Title: 'Support Agent', permissionSets: [] },
        description: 'User without the permission set'
    }
];
