import type { Kysely } from 'kysely';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { groupSendingIssue } from '#domain/preparation/group-sending.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { loadAccess, requireAdoptedPlan } from './access.ts';
import * as store from './store.ts';

/**
 * The secretary sends the finished topic to the cell's party groups (group-sending.ts, seed 000: "đông đảng
 * viên có thể gửi cho tổ đảng"): one record per group, to its leader, today. Without `groupIds`, to every
 * group not sent to yet.
 */
export async function sendToGroups(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  input: { groupIds?: string[] | null },
) {
  await db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    if (!access.isSecretary) throw new AppError('FORBIDDEN');
    requireAdoptedPlan(access);
    const [groups, sent] = await Promise.all([
      store.listGroupsOfCell(trx, access.topic.cell_id),
      store.listGroupSendings(trx, topicId),
    ]);
    const sentTo = sent.map((s) => s.group_id);
    const asked = input.groupIds ?? groups.map((g) => g.id).filter((id) => !sentTo.includes(id));
    const issue = groupSendingIssue({
      status: access.prep.status,
      groupIds: groups.map((g) => g.id),
      asked,
      sentTo,
    });
    if (issue === 'NOT_A_GROUP_OF_CELL')
      throw new AppError('VALIDATION_FAILED', { groupIds: 'PREP_GROUP_NOT_OF_CELL' });
    if (issue) throw new AppError(`PREP_GROUPS_${issue}`);
    const today = todayInVietnam();
    const now = nowIso();
    const rows = asked.map((groupId) => ({
      topic_id: topicId,
      group_id: groupId,
      leader_id: groups.find((g) => g.id === groupId)?.leader_id ?? null,
      sent_on: today,
      sent_by: actor.personId,
      created_at: now,
    }));
    await store.insertGroupSendings(trx, rows);
    await recordAudit(trx, actor, {
      action: 'topic.send_to_groups',
      entityType: 'plan_topic',
      entityId: topicId,
      unitId: access.topic.cell_id,
      after: { groups: rows },
    });
  });
}
