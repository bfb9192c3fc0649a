import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { addDays, type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import { refusalIssue } from '#domain/preparation/approval.ts';
import { isDispositionComplete } from '#domain/preparation/disposition.ts';
import { checkCommentDueDate, commentDueDate, expectedReaders } from '#domain/preparation/distribution.ts';
import {
  type DraftAction,
  type DraftRound,
  type DraftStatus,
  draftRound,
  isDraftEditable,
  nextDraftStatus,
} from '#domain/preparation/draft-status.ts';
import { type PreparationFacts, stepProgress, stepsInYear } from '#domain/preparation/step-progress.ts';
import { diffText } from '#domain/preparation/text-diff.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';
import type { ErrorCode } from '../../http/messages.ts';
import {
  loadAccess,
  requireAdoptedPlan,
  requireApprover,
  requirePreparer,
  type TopicAccess,
} from './access.ts';
import { draftPlainText, sanitizeDraftHtml } from './rich-text.ts';
import * as store from './store.ts';

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

export interface ActionInput {
  remark?: string | null;
  commentDueOn?: string | null;
  presentedOn?: string | null;
}

/**
 * Moves the topic's text along draft-status.ts: the preparer submits, withdraws, starts draft 2 and
 * finalises; the cell committee (or secretary) approves or refuses, closes and reopens comments; the
 * secretary records the meeting where it was presented. Approving a draft sends it to members.
 */
export async function act(
  db: Kysely<DB>,
  actor: Actor,
  topicId: string,
  action: DraftAction,
  input: ActionInput = {},
) {
  await db.transaction().execute((trx) => actIn(trx, actor, topicId, action, input));
}

/** `act` inside a transaction the caller holds (ending a meeting presents its topic in the same one). */
export async function actIn(
  trx: Trx,
  actor: Actor,
  topicId: string,
  action: DraftAction,
  input: ActionInput = {},
) {
  const access = await loadAccess(trx, actor, topicId);
  requireAdoptedPlan(access);
  const from = access.prep.status;
  const work = new Transition(trx, actor, access);
  let selfApproval = false;

  switch (action) {
    case 'submit':
    case 'withdraw':
    case 'finalise':
      requirePreparer(access);
      break;
    case 'start_draft2':
      requirePreparer(access);
      break;
    case 'approve':
    case 'refuse':
      selfApproval = await requireApprover(trx, actor, access);
      break;
    case 'close_comments':
      // The secretary or committee may end the window early; the preparer once it has run out.
      if (!access.isApprover && !(access.isPreparer && windowRunOut(access.prep)))
        throw new AppError(access.isPreparer ? 'PREP_COMMENTS_STILL_OPEN' : 'PREP_NOT_APPROVER');
      break;
    case 'reopen_comments':
      if (!access.isApprover) throw new AppError('PREP_NOT_APPROVER');
      break;
    case 'present':
      if (!access.isSecretary) throw new AppError('FORBIDDEN');
      break;
    case 'distribute':
      // Distribution is part of approving draft 1, never a step of its own.
      throw new AppError('PREP_TRANSITION_NOT_ALLOWED');
  }

  if (action === 'start_draft2' && from === 'distributed') {
    if (!windowRunOut(access.prep)) throw new AppError('PREP_COMMENTS_STILL_OPEN');
    await work.move('close_comments', { comments_closed_at: nowIso() });
  }
  if (!nextDraftStatus(work.status, action)) throw new AppError('PREP_TRANSITION_NOT_ALLOWED');

  const latest = await store.latestVersion(trx, topicId, 'draft');
  switch (action) {
    case 'submit': {
      if (latest?.round !== draftRound(from)) throw new AppError('PREP_DRAFT_MISSING');
      if (from === 'draft2_writing' || from === 'draft2_refused') {
        const comments = await store.listComments(trx, topicId);
        if (!isDispositionComplete(comments)) throw new AppError('PREP_DISPOSITIONS_PENDING');
      }
      await work.move('submit', {}, { versionId: latest.id });
      break;
    }
    case 'withdraw':
      await work.move('withdraw', {});
      break;
    case 'refuse': {
      if (refusalIssue(input.remark))
        throw new AppError('VALIDATION_FAILED', { remark: 'PREP_REMARK_REQUIRED' });
      await work.move('refuse', {}, { remark: input.remark, versionId: latest?.id, selfApproval });
      break;
    }
    case 'approve': {
      if (!latest) throw new AppError('PREP_DRAFT_MISSING');
      const now = nowIso();
      if (from === 'draft1_submitted') {
        const dueOn = commentDue(input.commentDueOn);
        await work.move(
          'approve',
          { draft1_approved_at: now },
          { remark: input.remark, versionId: latest.id, selfApproval },
        );
        await work.move('distribute', {
          distributed_at: now,
          comment_due_on: dueOn,
          comments_closed_at: null,
        });
        await work.send('draft1', latest.id, now);
      } else {
        await work.move(
          'approve',
          { draft2_approved_at: now },
          { remark: input.remark, versionId: latest.id, selfApproval },
        );
        await work.send('draft2', latest.id, now);
      }
      break;
    }
    case 'close_comments':
      await work.move('close_comments', { comments_closed_at: nowIso() });
      break;
    case 'reopen_comments':
      await work.move('reopen_comments', {
        comment_due_on: commentDue(input.commentDueOn, true),
        comments_closed_at: null,
      });
      break;
    case 'start_draft2': {
      if (!latest) throw new AppError('PREP_DRAFT_MISSING');
      await work.move('start_draft2', {});
      // Draft 2 starts as draft 1: the preparer edits it beside the disposition table.
      await store.insertVersion(trx, {
        ...latest,
        id: newId(),
        round: 'draft2',
        number: latest.number + 1,
        author_person_id: actor.personId,
        created_at: nowIso(),
      });
      break;
    }
    case 'present': {
      const on = input.presentedOn;
      if (!on) throw new AppError('VALIDATION_FAILED', { presentedOn: 'VALIDATION_FAILED' });
      if (on > today()) throw new AppError('VALIDATION_FAILED', { presentedOn: 'PREP_DATE_IN_FUTURE' });
      await work.move('present', { presented_on: on });
      break;
    }
    case 'finalise': {
      if (latest?.round !== 'final') throw new AppError('PREP_FINAL_TEXT_MISSING');
      const now = nowIso();
      // A resolution topic (seed 003) is issued as the cell's resolution: it takes the next NQ number.
      const final_number =
        access.topic.kind === 'resolution'
          ? await nextDocumentNumber(trx, { unitId: access.topic.cell_id, kind: 'NQ', issuedOn: today() })
          : null;
      await work.move('finalise', { final_at: now, final_number }, { versionId: latest.id });
      await work.send('final', latest.id, now);
      break;
    }
  }
}

/** One request's moves along the lifecycle: each is checked, stored, evented and audited. */
class Transition {
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
    const to = nextDraftStatus(this.status, action);
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
  }
}

/**
 * Writes the preparation row (creating it on the topic's first step) guarded by the state the request
 * read: a concurrent change that landed first makes this request fail with 409 and roll back.
 */
async function writePreparation(
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

function today(): LocalDate {
  return todayInVietnam();
}

/** The comment due date asked for, checked; or the proposed one (distribution.ts) when none is given. */
function commentDue(asked: string | null | undefined, required = false): LocalDate {
  const distributedOn = today();
  if (!asked) {
    if (required) throw new AppError('VALIDATION_FAILED', { commentDueOn: 'VALIDATION_FAILED' });
    const proposed = commentDueDate(distributedOn);
    return proposed.ok ? proposed.dueOn : addDays(distributedOn, 1);
  }
  const issue = checkCommentDueDate(distributedOn, asked)[0];
  if (issue) {
    const code: ErrorCode =
      issue.code === 'DUE_BEFORE_DISTRIBUTION' ? 'PREP_DUE_BEFORE_DISTRIBUTION' : 'PREP_TOO_LITTLE_TIME';
    throw new AppError('VALIDATION_FAILED', { commentDueOn: code });
  }
  return asked;
}

/** The comment window has run out: its due day is over (in Việt Nam). */
export function windowRunOut(prep: Pick<DB['topic_preparation'], 'comment_due_on'>): boolean {
  return prep.comment_due_on !== null && prep.comment_due_on < today();
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

export function preparationFacts(prep: FactColumns | undefined): PreparationFacts {
  if (!prep) return {};
  const day = (instant: string | null) => (instant ? todayInVietnam(new Date(instant)) : undefined);
  // A window that ran out closed on its due day even if nobody pressed "close".
  const closedByTime =
    prep.status === 'distributed' && windowRunOut(prep) ? (prep.comment_due_on ?? undefined) : undefined;
  return {
    outlineSavedOn: day(prep.outline_saved_at),
    draft1ApprovedOn: day(prep.draft1_approved_at),
    commentsClosedOn: day(prep.comments_closed_at) ?? closedByTime,
    draft2ApprovedOn: day(prep.draft2_approved_at),
    meetingHeldOn: prep.presented_on ?? undefined,
  };
}

/** The five steps of a topic with their state today. */
export function progressOf(
  year: number,
  steps: readonly { step: DB['plan_step']['step']; due_month: number }[],
  prep: FactColumns | undefined,
) {
  return stepProgress(
    stepsInYear(
      year,
      steps.map((s) => ({ step: s.step, dueMonth: s.due_month })),
    ),
    preparationFacts(prep),
    today(),
  );
}

/** Versions the actor may read: all of them for the preparers and approvers, otherwise the texts sent out. */
export async function visibleVersionIds(
  db: Kysely<DB> | Trx,
  access: TopicAccess,
): Promise<Set<string> | 'all'> {
  if (access.isInsider) return 'all';
  const readers = await store.listReaders(db, access.topic.id);
  return new Set(readers.map((r) => r.version_id));
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
