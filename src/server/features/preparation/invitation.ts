import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { findOpenSupportOfCell } from '../support/index.ts';
import { loadAccess } from './access.ts';
import * as store from './store.ts';

/**
 * The cell's secretary (or deputy) invites the committee above to comment on a topic's drafts (seed 000: the
 * committee above "chỉ đạo, hướng dẫn cách sinh hoạt"): the person assigned to follow the cell and the officers
 * of the committee directly above are told, and may then read the drafts and comment (access.ts).
 */
export async function inviteCommittee(db: Kysely<DB>, actor: Actor, topicId: string) {
  await db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    if (!isAllowed(actor, 'topic.invite_committee', access.chain)) throw new AppError('FORBIDDEN');
    if (access.prep.status === 'final') throw new AppError('PREP_INVITATION_CLOSED');
    if (access.invitation) throw new AppError('PREP_ALREADY_INVITED');
    const row: DB['topic_committee_invitation'] = {
      id: newId(),
      topic_id: topicId,
      invited_by: actor.personId,
      invited_at: nowIso(),
      withdrawn_by: null,
      withdrawn_at: null,
    };
    await store.insertInvitation(trx, row);
    const support = await findOpenSupportOfCell(trx, access.topic.cell_id);
    await notify(trx, {
      kind: 'committee_invited',
      unitId: access.topic.cell_id,
      recipients: { personIds: support ? [support.assignee_id] : [], committeeRoles: ['officer'] },
      exceptPersonId: actor.personId,
      params: { topic: access.topic.title },
      link: `/topics/${topicId}`,
    });
    await recordAudit(trx, actor, {
      action: 'topic.invite_committee',
      entityType: 'topic_committee_invitation',
      entityId: row.id,
      unitId: access.topic.cell_id,
      after: row,
    });
  });
}

/** The secretary (or deputy) withdraws the invitation: from then on the committee reads what it read before. */
export async function withdrawCommitteeInvitation(db: Kysely<DB>, actor: Actor, topicId: string) {
  await db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    if (!isAllowed(actor, 'topic.invite_committee', access.chain)) throw new AppError('FORBIDDEN');
    if (!access.invitation) throw new AppError('PREP_NOT_INVITED');
    const at = nowIso();
    await store.withdrawInvitation(trx, access.invitation.id, actor.personId, at);
    await recordAudit(trx, actor, {
      action: 'topic.withdraw_invitation',
      entityType: 'topic_committee_invitation',
      entityId: access.invitation.id,
      unitId: access.topic.cell_id,
      before: { withdrawnAt: null },
      after: { withdrawnAt: at, withdrawnBy: actor.personId },
    });
  });
}
