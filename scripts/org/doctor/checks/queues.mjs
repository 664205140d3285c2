// The case queues: the ones the package ships and the ones the settings name. Unclaimed CLA cases belong to
// Team Loyalty; with Case sharing Private, an agent who is not a member neither sees nor claims them.
import { soqlList } from '../../rest.mjs';
import { shippedQueues } from '../project-facts.mjs';
import { fail, ok, warn } from '../outcome.mjs';

export const name = 'queues';

export async function run(org) {
    const settings = await org.settings();
    const names = [
        ...new Set(
            [
                ...shippedQueues(org.project.root),
                settings.values.Team_Loyalty_Queue__c,
                settings.values.Back_Office_Queue__c,
                settings.values.Integrations_Queue__c
            ].filter(Boolean)
        )
    ];
    if (!names.length) return [ok('the package uses no queue')];
    const queues = await org.query(
        `SELECT Id, DeveloperName FROM Group WHERE Type = 'Queue' AND DeveloperName IN ${soqlList(names)}`
    );
    const ids = queues.map((queue) => queue.Id);
    const caseQueues = ids.length
        ? new Set(
              (
                  await org.query(
                      `SELECT QueueId FROM QueueSobject WHERE SobjectType = 'Case' AND QueueId IN ${soqlList(ids)}`
                  )
              ).map((row) => row.QueueId)
          )
        : new Set();
    const members = new Map();
    if (ids.length) {
        for (const row of await org.query(
            `SELECT GroupId, UserOrGroupId FROM GroupMember WHERE GroupId IN ${soqlList(ids)}`
        )) {
            members.set(row.GroupId, (members.get(row.GroupId) ?? 0) + 1);
        }
    }
    return names.map((developerName) => {
        const queue = queues.find((candidate) => candidate.DeveloperName === developerName);
        const where = `Setup > Queues > ${developerName}`;
        if (!queue) {
            return settings.installed
                ? fail(
                      `queue ${developerName} does not exist, so cases cannot be routed to it`,
                      `create it (Setup > Queues > New, queue name ${developerName}, supported object Case) or correct the queue name in the Playbook Setting Default record`
                  )
                : warn(
                      `queue ${developerName} does not exist yet; the package installs it`,
                      'install the package, then add its members'
                  );
        }
        if (!caseQueues.has(queue.Id)) {
            return fail(
                `queue ${developerName} does not hold cases`,
                `add Case to its Supported Objects: ${where} > Edit`
            );
        }
        const count = members.get(queue.Id) ?? 0;
        if (!count) {
            return warn(
                `queue ${developerName} has no members: with Case sharing Private, agents who are not members can neither see nor claim its cases`,
                `add the team to it: ${where} > Edit > Queue Members`
            );
        }
        return ok(`queue ${developerName} holds cases and has ${count} member${count === 1 ? '' : 's'}`);
    });
}
