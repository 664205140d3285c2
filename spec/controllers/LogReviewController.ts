// LogReviewController in TypeScript: the contract of the Apex controller, over the in-memory org.
import type {
    ControllerImplementation,
    LogReviewControllerContract,
    ReviewContextRequest,
    ReviewContextResponse,
    SaveReviewRequest,
    SaveReviewResponse
} from '../../force-app/main/default/lwc/playbookContracts/playbookContracts';
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { reviewContext, saveReview } from '../services/LogReviewService';
import { requestFingerprint } from '../services/RequestFingerprint';
import { runAuraEnabled } from './auraEnabled';

export class LogReviewController implements ControllerImplementation<LogReviewControllerContract> {
    /** Which methods are @AuraEnabled(cacheable=true); checked against the contract by the compiler and against Apex by controller-contracts. */
    static readonly cacheable: { readonly [Method in keyof LogReviewControllerContract]: LogReviewControllerContract[Method]['cacheable'] } = {
        getReviewContext: false,
        saveReview: false
    };

    private readonly org: InMemoryOrg;

    constructor(org: InMemoryOrg) {
        this.org = org;
    }

    getReviewContext(params: { request: ReviewContextRequest }): ReviewContextResponse {
        return runAuraEnabled(this.org, () => {
            const request = params?.request;
            const context = reviewContext(this.org, request?.caseId);
            return {
                caseId: context.caseId,
                caseNumber: context.caseNumber,
                template: context.template,
                maxLength: context.maxLength,
                recentReviews: context.recentReviews.map((task) => ({
                    taskId: task.Id,
                    subject: String(task.Subject),
                    comments: (task.Description as string | null) ?? null,
                    reviewedByName: ((task.CreatedBy as { Name?: string } | null)?.Name as string | undefined) ?? null,
                    reviewedOn: String(task.CreatedDate)
                }))
            };
        });
    }

    saveReview(params: { request: SaveReviewRequest }): SaveReviewResponse {
        return runAuraEnabled(this.org, () => {
            const request = params?.request;
            const saved = saveReview(this.org, request?.requestKey, request?.caseId, request?.comments, requestFingerprint(request));
            return {
                caseId: saved.caseId,
                reviewedById: saved.reviewedById,
                reviewedByName: saved.reviewedByName,
                reviewedOn: saved.reviewedOn,
                replayed: saved.replayed
            };
        });
    }
}
