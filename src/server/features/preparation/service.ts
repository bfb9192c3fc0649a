import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { dayInVietnamOf, type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import { draftRound, isDraftEditable } from '#domain/preparation/draft-status.ts';
import { type PreparationFacts, stepProgress, stepsInYear } from '#domain/preparation/step-progress.ts';
import { diffText } from '#domain/preparation/text-diff.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import { loadAccess, requireAdoptedPlan, requirePreparer, type TopicAccess } from './access.ts';
import { draftPlainText, sanitizeDraftHtml } from './rich-text.ts';
import * as store from './store.ts';
import { writePreparation } from './transition.ts';

export { type ActionInput, act, actIn } from './actions.ts';

type Trx = Transaction<DB>;

export interface BriefingInput {
  purpose?: string | null;
  requirements?: string | null;
  content?: string | null;
  method?: string | null;
  briefedOn?: string | null;
}

/**
 * The secretary's briefing of the preparer (seed 000: "Bí thư chi bộ … trao đổi với đảng viên được phân
 * công về mục đích, yêu cầu, nội dung, phương pháp"): recorded on the topic, editable until it is final.
 */
export async function saveBriefing(db: Kysely<DB>, actor: Actor, topicId: string, input: BriefingInput) {
  await db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    if (!access.isSecretary) throw new AppError('FORBIDDEN');
    requireAdoptedPlan(access);
    if (access.prep.status === 'final') throw new AppError('PREP_TRANSITION_NOT_ALLOWED');
    if (input.briefedOn && input.briefedOn > today())
      throw new AppError('VALIDATION_FAILED', { briefedOn: 'PREP_DATE_IN_FUTURE' });
    const patch = {
      briefing_purpose: input.purpose ?? null,
      briefing_requirements: input.requirements ?? null,
      briefing_content: input.content ?? null,
      briefing_method: input.method ?? null,
      briefed_on: input.briefedOn ?? null,
      briefed_by: actor.personId,
    };
    await writePreparation(trx, access, patch);
    await recordAudit(trx, actor, {
      action: 'topic.brief',
      entityType: 'plan_topic',
      entityId: topicId,
      unitId: access.topic.cell_id,
      after: patch,
    });
  });
}

export interface VersionInput {
  kind: 'outline' | 'draft';
  html: string;
  /** The version the editor started from (null for the first): a newer one saved since refuses the save. */
  baseVersionId: string | null;
}

/**
 * The preparer saves the outline or the draft; every save is a new version, none is overwritten. A draft
 * is editable only in the states `isDraftEditable` names (what the approver read is what members get).
 */
export async function saveVersion(db: Kysely<DB>, actor: Actor, topicId: string, input: VersionInput) {
  return db.transaction().execute(async (trx) => {
    const access = await loadAccess(trx, actor, topicId);
    requirePreparer(access);
    requireAdoptedPlan(access);
    const status = access.prep.status;
    if (input.kind === 'draft' ? !isDraftEditable(status) : status === 'final')
      throw new AppError('PREP_NOT_EDITABLE');
    const latest = await store.latestVersion(trx, topicId, input.kind);
    if ((latest?.id ?? null) !== input.baseVersionId) throw new AppError('PREP_VERSION_CHANGED');
    const now = nowIso();
    const html = sanitizeDraftHtml(input.html);
    const row: DB['topic_version'] = {
      id: newId(),
      topic_id: topicId,
      kind: input.kind,
      round: input.kind === 'draft' ? draftRound(status) : null,
      number: (latest?.number ?? 0) + 1,
      html,
      plain_text: draftPlainText(html),
      author_person_id: actor.personId,
      created_at: now,
    };
    // The preparation row is written first, guarded by the state read above, so two saves racing on the
    // same base cannot both land (the second finds the row changed).
    const patch: Partial<DB['topic_preparation']> = {};
    if (input.kind === 'outline' && access.prep.outline_saved_at === null) patch.outline_saved_at = now;
    await writePreparation(trx, access, patch);
    await store.insertVersion(trx, row);
    await recordAudit(trx, actor, {
      action: `topic.save_${input.kind}`,
      entityType: 'plan_topic',
      entityId: topicId,
      unitId: access.topic.cell_id,
      after: { versionId: row.id, round: row.round, number: row.number },
    });
    return row.id;
  });
}

function today(): LocalDate {
  return todayInVietnam();
}

/** The comment window has run out: its due day is over (in Việt Nam). */
export function windowRunOut(
  prep: Pick<DB['topic_preparation'], 'comment_due_on'>,
  on: LocalDate = today(),
): boolean {
  return prep.comment_due_on !== null && prep.comment_due_on < on;
}

/** Whether members may still comment: the draft is out and its due day has not passed. */
export function commentsOpen(prep: Pick<DB['topic_preparation'], 'status' | 'comment_due_on'>): boolean {
  return prep.status === 'distributed' && !windowRunOut(prep);
}

/** What has actually happened, as dates in Việt Nam, for the plan's five steps (step-progress.ts). */
export type FactColumns = Pick<
  DB['topic_preparation'],
  | 'status'
  | 'outline_saved_at'
  | 'draft1_approved_at'
  | 'comment_due_on'
  | 'comments_closed_at'
  | 'draft2_approved_at'
  | 'presented_on'
>;

export function preparationFacts(prep: FactColumns | undefined, on: LocalDate = today()): PreparationFacts {
  if (!prep) return {};
  const day = (instant: string | null) => (instant ? dayInVietnamOf(instant) : undefined);
  // A window that ran out closed on its due day even if nobody pressed "close".
  const closedByTime =
    prep.status === 'distributed' && windowRunOut(prep, on) ? (prep.comment_due_on ?? undefined) : undefined;
  return {
    outlineSavedOn: day(prep.outline_saved_at),
    draft1ApprovedOn: day(prep.draft1_approved_at),
    commentsClosedOn: day(prep.comments_closed_at) ?? closedByTime,
    draft2ApprovedOn: day(prep.draft2_approved_at),
    meetingHeldOn: prep.presented_on ?? undefined,
  };
}

/** The five steps of a topic with their state today (`on`: today, worked out once by a caller with many topics). */
export function progressOf(
  year: number,
  steps: readonly { step: DB['plan_step']['step']; due_month: number }[],
  prep: FactColumns | undefined,
  on: LocalDate = today(),
) {
  return stepProgress(
    stepsInYear(
      year,
      steps.map((s) => ({ step: s.step, dueMonth: s.due_month })),
    ),
    preparationFacts(prep, on),
    on,
  );
}

/** Versions the actor may read: all of them for the preparers and approvers, otherwise the texts sent out. */
export async function visibleVersionIds(
  db: Kysely<DB> | Trx,
  access: TopicAccess,
): Promise<Set<string> | 'all'> {
  if (access.isInsider) return 'all';
  const readers = await store.listReaders(db, access.topic.id);
  const ids = new Set(readers.map((r) => r.version_id));
  // Invited by the cell (access.ts): every draft, those not yet sent to members too; never the outline.
  if (access.isInvitedGuest)
    for (const v of await store.listVersions(db, access.topic.id)) if (v.kind === 'draft') ids.add(v.id);
  return ids;
}

export async function getVersion(db: Kysely<DB>, actor: Actor, topicId: string, versionId: string) {
  const access = await loadAccess(db, actor, topicId);
  const version = await store.findVersion(db, topicId, versionId);
  const visible = await visibleVersionIds(db, access);
  if (!version || (visible !== 'all' && !visible.has(version.id))) throw new AppError('NOT_FOUND');
  return version;
}

export async function diffVersions(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  fromId: string,
  toId: string,
) {
  const from = await getVersion(db, actor, topicId, fromId);
  const to = await getVersion(db, actor, topicId, toId);
  return { from, to, segments: diffText(from.plain_text, to.plain_text) };
}
