// Submits a deploy through the Metadata API (SOAP, zip in base64), polls it, cancels it.
import { OrgScriptError } from './org-error.mjs';
import { EXIT } from './exit-codes.mjs';
import { isAuthError, withRetry } from './retry.mjs';
import { pollUntil } from './poll.mjs';

export const isTrue = (value) => value === true || value === 'true';

/** Sent once and never retried: a second submission would start a second deploy. */
export async function submitDeploy(conn, zipBuffer, deployOptions) {
    let answer;
    try {
        answer = await conn.metadata.deploy(zipBuffer, deployOptions);
    } catch (error) {
        if (isAuthError(error)) throw error;
        throw new OrgScriptError(
            `The deploy request failed before the org answered with a deploy id (${error.errorCode ?? error.code ?? error.name}: ${error.message}). ` +
                'It may or may not have started: look at Setup > Deployment Status before deploying again.',
            EXIT.DEPLOY_FAILED,
            { cause: error }
        );
    }
    if (!answer?.id) {
        throw new OrgScriptError('The org accepted the deploy request but returned no deploy id.', EXIT.UNEXPECTED);
    }
    return answer.id;
}

export function progressLine(id, result) {
    const total = Number(result.numberComponentsTotal) || 0;
    const handled = (Number(result.numberComponentsDeployed) || 0) + (Number(result.numberComponentErrors) || 0);
    const testsTotal = Number(result.numberTestsTotal) || 0;
    const tests = testsTotal
        ? `, tests ${(Number(result.numberTestsCompleted) || 0) + (Number(result.numberTestErrors) || 0)}/${testsTotal}`
        : '';
    const detail = result.stateDetail ? ` (${result.stateDetail})` : '';
    return `Deploy ${id}: ${result.status}${detail}, components ${handled}/${total}${tests}`;
}

export async function waitForDeploy(conn, id, { intervalMs, timeoutMs, interrupt, retry, out }) {
    let last = '';
    return pollUntil({
        check: () => withRetry(() => conn.metadata.checkDeployStatus(id, true), retry),
        isDone: (result) => isTrue(result.done),
        intervalMs,
        timeoutMs,
        interrupt,
        onProgress: (result) => {
            const line = progressLine(id, result);
            if (line !== last) out.info(line);
            last = line;
        }
    });
}

/** Asking twice to cancel the same deploy is harmless, so this one is retried. */
export async function cancelDeploy(conn, id, { retry, out }) {
    try {
        await withRetry(() => conn.metadata.cancelDeploy(id), retry);
        out.error(`Cancel requested for deploy ${id}; Setup > Deployment Status shows when it has stopped.`);
    } catch (error) {
        out.error(`Could not cancel deploy ${id} (${error.message}). Cancel it in Setup > Deployment Status.`);
    }
}
