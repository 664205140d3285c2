// The shell's own calls to the workbench server (not counted as component round trips).
import { getJson, postJson } from '../platform/transport';

export interface QueueRow {
    id: string;
    caseNumber: string;
    subject: string;
    dealership: string;
    accountId: string | null;
    contactName: string;
    contactId: string | null;
    ownerName: string;
    claimed: boolean;
    /** Case.CL_Claimable__c: owned by a queue or by a user who is no longer active. */
    claimable: boolean;
    activityStatus: string | null;
    callAttempts: number;
    satisfactionNotes: string | null;
}

/** The list views of the queue page (objects/Case/listViews). */
export type QueueView = 'Team_Loyalty' | 'Team_Loyalty_Claimable';

export interface ActivityRow {
    id: string;
    subject: string;
    status: string;
    activityDate: string | null;
    ownerName: string;
    description: string | null;
    whoName: string | null;
    isClosed: boolean;
}

export const fetchQueue = (view: QueueView) =>
    getJson(`/api/workbench/queue?filterName=${encodeURIComponent(view)}`, 'shell') as Promise<QueueRow[]>;
export const fetchActivities = (recordId: string) =>
    getJson(`/api/workbench/activities?recordId=${encodeURIComponent(recordId)}`, 'shell') as Promise<ActivityRow[]>;
export const fetchSObjectTypes = () => getJson('/api/sobjects', 'shell') as Promise<string[]>;
export const fetchRecords = (sobject: string) =>
    getJson(`/api/records?sobject=${encodeURIComponent(sobject)}`, 'shell') as Promise<Array<Record<string, unknown>>>;
export const switchUser = (userId: string) => postJson('/api/session/user', { userId }, 'shell');
export const resetData = () => postJson('/api/reset', {}, 'shell');
export const failNextCall = () => postJson('/api/fail-next', {}, 'shell');

export interface RelatedList {
    title: string;
    icon: string;
    rows: Array<{ id: string; objectApiName: string; name: string; detail: string }>;
}

export const fetchRelated = (recordId: string) =>
    getJson(`/api/workbench/related?recordId=${encodeURIComponent(recordId)}`, 'shell') as Promise<RelatedList[]>;
