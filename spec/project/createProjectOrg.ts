// The in-memory org as the project's metadata defines it, optionally seeded with data/.
import { existsSync } from 'fs';
import { join } from 'path';
import type { ClockSetting } from '../org/clock';
import { InMemoryOrg } from '../org/InMemoryOrg';
import type { ObjectDefinition } from '../org/schema';
import type { TriggerHandler } from '../org/triggers';
import { PACKAGE_TRIGGER_HANDLERS } from '../triggers/packageTriggers';
import { findProjectRoot, loadProjectMetadata } from './projectMetadata';
import { loadTreePlan, type TreePlanOptions } from './treeData';
import { withSharedActivities } from '../org/sharedActivities';
import { withEntitlementManagement } from '../org/entitlements';
import { teamOrgProfileAdditions, teamOrgRecordTypes, withTeamOrgObjects, type TeamOrgOptions } from '../org/teamOrg';
import type { ActivitySharing } from '../org/sharing';

export interface ProjectOrgOptions extends TeamOrgOptions {
    /** The folder holding sfdx-project.json; found from the working directory when omitted. */
    root?: string;
    clock?: ClockSetting;
    /** Defaults to the handlers mirroring the package's Apex triggers. */
    triggerHandlers?: readonly TriggerHandler[];
    /** Shared Activities on: the org has TaskRelation (spec/org/sharedActivities.ts). Off by default. */
    sharedActivities?: boolean;
    /** Entitlement Management on: the org has Entitlement, SlaProcess and Case.EntitlementId (spec/org/entitlements.ts). Off by default. */
    entitlements?: boolean;
    /** The Activity organization-wide default; 'Private' as in a new org (spec/org/sharing.ts). */
    activitySharing?: ActivitySharing;
    /** The Standard Contact Duplicate Rule, active as in a new org unless false (spec/org/duplicateRules.ts). */
    standardContactDuplicateRule?: boolean;
    /** Adjusts the project's object definitions, e.g. the setup objects the Apex runtime's tests write. */
    adjustObjects?: (objects: ObjectDefinition[]) => ObjectDefinition[];
}

export function createProjectOrg(options: ProjectOrgOptions = {}): InMemoryOrg {
    const metadata = loadProjectMetadata(options.root ?? findProjectRoot());
    return new InMemoryOrg({
        objects: withTeamOrgObjects(
            withEntitlementManagement(
                withSharedActivities(
                    (options.adjustObjects ?? ((objects) => objects))(metadata.objects),
                    options.sharedActivities
                ),
                options.entitlements
            ),
            options
        ),
        permissionSets: metadata.permissionSets,
        recordTypes: [...metadata.recordTypes, ...teamOrgRecordTypes(options)],
        profileAdditions: teamOrgProfileAdditions(options),
        queues: metadata.queues,
        notificationTypes: metadata.notificationTypes,
        settingsDefaults: metadata.settingsDefaults,
        settingsSource: metadata.settingsSource,
        closedCaseStatuses: metadata.closedCaseStatuses,
        closedTaskStatuses: metadata.closedTaskStatuses,
        clock: options.clock,
        activitySharing: options.activitySharing,
        standardContactDuplicateRule: options.standardContactDuplicateRule,
        triggerHandlers: options.triggerHandlers ?? PACKAGE_TRIGGER_HANDLERS
    });
}

export const SAMPLE_PLAN = join('data', 'sample-plan.json');

/** Loads data/sample-plan.json (the scratch org's sample data); returns referenceId -> Id. */
export function loadSampleData(org: InMemoryOrg, root: string = findProjectRoot(), options: TreePlanOptions = {}): Map<string, string> {
    const plan = join(root, SAMPLE_PLAN);
    if (!existsSync(plan)) throw new Error(`No sample data plan at ${plan}`);
    return loadTreePlan(org, plan, options);
}
