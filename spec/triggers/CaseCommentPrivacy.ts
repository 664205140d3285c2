// CaseCommentPrivacy: "Do not put a check mark in the 'Make Public' box on Case Comments. In the future,
// this will allow customers to see any Case Comments" (procedure 004). Every comment on an integration case
// is private, whatever path wrote it (the comment box, the API, an email, another package): before insert
// and before update, IsPublished is set to false. Mirrors the Apex class of the same name.
import type { SObjectRecord } from '../org/values';

/** Before insert and update: unpublish the comments whose case is an integration case. */
export function keepIntegrationCommentsPrivate(comments: readonly SObjectRecord[], integrationCaseIds: ReadonlySet<string>): void {
    for (const comment of comments) {
        if (integrationCaseIds.has(String(comment.ParentId)) && comment.IsPublished === true) comment.IsPublished = false;
    }
}
