// Every precondition org:doctor checks, in the order it reports them. A check is a module in checks/
// exporting `name` and `async run(org)`, which returns one or more outcomes (outcome.mjs) and writes
// nothing to the org. A new feature adds its precondition here with its own module and test.
import * as settings from './checks/settings.mjs';
import * as caseOrigin from './checks/case-origin.mjs';
import * as caseStatus from './checks/case-status.mjs';
import * as caseTypeReason from './checks/case-type-reason.mjs';
import * as sharedActivities from './checks/shared-activities.mjs';
import * as entitlementManagement from './checks/entitlement-management.mjs';
import * as activitySharing from './checks/activity-sharing.mjs';
import * as queues from './checks/queues.mjs';
import * as users from './checks/users.mjs';
import * as duplicateRules from './checks/duplicate-rules.mjs';
import * as personAccounts from './checks/person-accounts.mjs';
import * as scheduledJobs from './checks/scheduled-jobs.mjs';
import * as integrationStatuses from './checks/integration-statuses.mjs';
import * as businessHours from './checks/business-hours.mjs';
import * as notificationType from './checks/notification-type.mjs';
import * as phoneSystem from './checks/phone-system.mjs';
import * as installerContactRecordType from './checks/installer-contact-record-type.mjs';
import * as additionalDispositions from './checks/additional-dispositions.mjs';

export const CHECKS = [
    settings,
    caseOrigin,
    caseStatus,
    caseTypeReason,
    integrationStatuses,
    sharedActivities,
    entitlementManagement,
    activitySharing,
    queues,
    businessHours,
    notificationType,
    users,
    duplicateRules,
    personAccounts,
    scheduledJobs,
    phoneSystem,
    installerContactRecordType,
    additionalDispositions
];
