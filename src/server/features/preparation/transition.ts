import type { Transaction } from 'kysely';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { expectedReaders } from '#domain/preparation/distribution.ts';
import {
  type DraftAction,
  type DraftRound,
  type DraftStatus,
  nextDraftStatus,
} from '#domain/preparation/draft-status.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import type { TopicAccess } from './access.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

/** One request's moves along the lifecycle: each is checked, stored, evented and audited. */
export class Transition {
  status: DraftStatus;
  private prep: TopicAccess['prep'];
  private stored: boolean;

  constructor(
    private readonly trx: Trx,
    private readonly actor: Actor,
    private readonly access: TopicAccess,
  ) {
    this.status = access.prep.status;
    this.prep = access.prep;
    this.stored = access.stored;
  }

  async move(
    action: DraftAction,
    patch: Partial<DB['topic_preparation']>,
    event: { remark?: string | null; versionId?: string | null; selfApproval?: boolean } = {},
  ) {
    const to = nextDraftStatus(this.status, action, this.access.topic.kind);
    if (!to) throw new AppError('PREP_TRANSITION_NOT_ALLOWED');
    const written = await writePreparation(
      this.trx,
      { ...this.access, prep: this.prep, stored: this.stored },
      {
        ...patch,
        status: to,
      },
    );
    await store.insertEvent(this.trx, {
      id: newId(),
      topic_id: this.access.topic.id,
      action,
      from_status: this.status,
      to_status: to,
      remark: event.remark ?? null,
      version_id: event.versionId ?? null,
      self_approval: event.selfApproval ? 1 : 0,
      actor_user_id: this.actor.userId,
      at: written.updated_at,
    });
    await recordAudit(this.trx, this.actor, {
      action: `topic.${action}`,
      entityType: 'plan_topic',
      entityId: this.access.topic.id,
      unitId: this.access.topic.cell_id,
      before: { status: this.status },
      after: { status: to, ...patch, remark: event.remark ?? undefined, selfApproval: event.selfApproval },
    });
    this.status = to;
    this.prep = written;
    this.stored = true;
  }

  /** Sends the text to every member expected to study it (seed 001): the read receipts start here. */
  async send(round: DraftRound, versionId: string, at: string) {
    const members = await store.listCellMembers(this.trx, this.access.topic.cell_id);
    const readers = expectedReaders(
      members,
      this.access.preparers.map((p) => p.id),
    );
    await store.insertReaders(
      this.trx,
      readers.map((m) => ({
        topic_id: this.access.topic.id,
        round,
        person_id: m.id,
        version_id: versionId,
        sent_at: at,
        opened_at: null,
      })),
    );
    await notify(this.trx, {
      kind: 'draft_distributed',
      unitId: this.access.topic.cell_id,
      recipients: { personIds: readers.map((m) => m.id) },
      exceptPersonId: this.actor.personId,
      params: {
        topic: this.access.topic.title,
        round,
        dueOn: round === 'draft1' ? this.prep.comment_due_on : null,
      },
      link: `/topics/${this.access.topic.id}`,
    });
  }
}

/**
 * Writes the preparation row (creating it on the topic's first step) guarded by the state the request
 * read: a concurrent change that landed first makes this request fail with 409 and roll back.
 */
export async function writePreparation(
  trx: Trx,
  access: Pick<TopicAccess, 'prep' | 'stored'>,
  patch: Partial<DB['topic_preparation']>,
): Promise<DB['topic_preparation']> {
  const now = access.stored ? nowIsoAfter(access.prep.updated_at) : nowIso();
  const row = { ...access.prep, ...patch, updated_at: now };
  if (!access.stored) {
    await store.insertPreparation(trx, { ...row, created_at: now });
    return { ...row, created_at: now };
  }
  if (
    !(await store.updatePreparation(
      trx,
      access.prep.topic_id,
      { ...patch, updated_at: now },
      access.prep.updated_at,
    ))
  )
    throw new AppError('PREP_VERSION_CHANGED');
  return row;
}
