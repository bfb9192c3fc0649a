import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { isAllowed } from '#domain/authz/policy.ts';
import { addDays, type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import { refusalIssue } from '#domain/preparation/approval.ts';
import { isDispositionComplete } from '#domain/preparation/disposition.ts';
import { checkCommentDueDate, commentDueDate } from '#domain/preparation/distribution.ts';
import { type DraftAction, draftRound, nextDraftStatus } from '#domain/preparation/draft-status.ts';
import { resolutionIssueBlock } from '#domain/preparation/resolution-issue.ts';
import { AppError } from '../../http/app-error.ts';
import type { ErrorCode } from '../../http/messages.ts';
import {
  loadAccess,
  requireAdoptedPlan,
  requireApprover,
  requirePreparer,
  type TopicAccess,
} from './access.ts';
import { windowRunOut } from './service.ts';
import * as store from './store.ts';
import { Transition } from './transition.ts';

type Trx = Transaction<DB>;

export interface ActionInput {
  /**
   * Issuing a resolution: whether its meeting passed a vote adopting it (seed 003). The meetings feature
   * knows; the caller asks it (documents' issue route) — preparation does not read the meetings' tables.
   */
  hasPassedVote?: boolean;
  remark?: string | null;
  commentDueOn?: string | null;
  presentedOn?: string | null;
}

/** What a move of the topic's text works with, once the actor was let through. */
interface Move {
  trx: Trx;
  actor: Actor;
  access: TopicAccess;
  work: Transition;
  input: ActionInput;
  /** The status the request found. */
  from: TopicAccess['prep']['status'];
  latest: Awaited<ReturnType<typeof store.latestVersion>>;
  /** The approver approves or refuses a text they prepared themselves (recorded on the event). */
  selfApproval: boolean;
}

/**
 * One action of draft-status.ts: who may take it (`allow`, true when an approver judges their own text),
 * what must be done first (`before`, ahead of the transition check) and the move itself (`run`).
 */
interface ActionHandler {
  allow(trx: Trx, actor: Actor, access: TopicAccess): boolean | Promise<boolean>;
  before?(access: TopicAccess, work: Transition, input: ActionInput, trx: Trx): Promise<void>;
  run(move: Move): Promise<void>;
}

const preparer = (_trx: Trx, _actor: Actor, access: TopicAccess) => {
  requirePreparer(access);
  return false;
};

const approver = (trx: Trx, actor: Actor, access: TopicAccess) => requireApprover(trx, actor, access);

const ACTIONS: Record<DraftAction, ActionHandler> = {
  submit: {
    allow: preparer,
    async run({ trx, access, work, from, latest }) {
      if (latest?.round !== draftRound(from)) throw new AppError('PREP_DRAFT_MISSING');
      if (from === 'draft2_writing' || from === 'draft2_refused') {
        const comments = await store.listComments(trx, access.topic.id);
        if (!isDispositionComplete(comments)) throw new AppError('PREP_DISPOSITIONS_PENDING');
      }
      await work.move('submit', {}, { versionId: latest.id });
    },
  },
  withdraw: {
    allow: preparer,
    run: ({ work }) => work.move('withdraw', {}),
  },
  refuse: {
    allow: approver,
    async run({ work, input, latest, selfApproval }) {
      if (refusalIssue(input.remark))
        throw new AppError('VALIDATION_FAILED', { remark: 'PREP_REMARK_REQUIRED' });
      await work.move('refuse', {}, { remark: input.remark, versionId: latest?.id, selfApproval });
    },
  },
  approve: {
    allow: approver,
    async run({ work, input, from, latest, selfApproval }) {
      if (!latest) throw new AppError('PREP_DRAFT_MISSING');
      const now = nowIso();
      const event = { remark: input.remark, versionId: latest.id, selfApproval };
      if (from === 'draft1_submitted') {
        const dueOn = commentDue(input.commentDueOn);
        await work.move('approve', { draft1_approved_at: now }, event);
        await work.move('distribute', {
          distributed_at: now,
          comment_due_on: dueOn,
          comments_closed_at: null,
        });
        await work.send('draft1', latest.id, now);
      } else if (from === 'draft2_submitted') {
        await work.move('approve', { draft2_approved_at: now }, event);
        await work.send('draft2', latest.id, now);
      } else {
        // Seed 001: "Cấp ủy duyệt lần cuối trước khi ban hành Nghị quyết" — the committee's final approval of
        // the completed resolution; the date is the event's (topic history), the secretary issues it next.
        await work.move('approve', {}, event);
      }
    },
  },
  // Distribution is part of approving draft 1, never a step of its own.
  distribute: {
    allow: () => {
      throw new AppError('PREP_TRANSITION_NOT_ALLOWED');
    },
    run: async () => {},
  },
  close_comments: {
    allow(_trx, _actor, access) {
      // The secretary or committee may end the window early; the preparer once it has run out.
      if (!access.isApprover && !(access.isPreparer && windowRunOut(access.prep)))
        throw new AppError(access.isPreparer ? 'PREP_COMMENTS_STILL_OPEN' : 'PREP_NOT_APPROVER');
      return false;
    },
    run: ({ work }) => work.move('close_comments', { comments_closed_at: nowIso() }),
  },
  reopen_comments: {
    allow(_trx, _actor, access) {
      if (!access.isApprover) throw new AppError('PREP_NOT_APPROVER');
      return false;
    },
    run: ({ work, input }) =>
      work.move('reopen_comments', {
        comment_due_on: commentDue(input.commentDueOn, true),
        comments_closed_at: null,
      }),
  },
  start_draft2: {
    allow: preparer,
    async before(access, work) {
      // Starting draft 2 closes a comment window that has run out.
      if (access.prep.status !== 'distributed') return;
      if (!windowRunOut(access.prep)) throw new AppError('PREP_COMMENTS_STILL_OPEN');
      await work.move('close_comments', { comments_closed_at: nowIso() });
    },
    async run({ trx, actor, work, latest }) {
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
    },
  },
  present: {
    allow(_trx, _actor, access) {
      if (!access.isSecretary) throw new AppError('FORBIDDEN');
      return false;
    },
    async run({ work, input }) {
      const on = input.presentedOn;
      if (!on) throw new AppError('VALIDATION_FAILED', { presentedOn: 'VALIDATION_FAILED' });
      if (on > today()) throw new AppError('VALIDATION_FAILED', { presentedOn: 'PREP_DATE_IN_FUTURE' });
      await work.move('present', { presented_on: on });
    },
  },
  finalise: {
    allow: preparer,
    async run({ access, work, latest }) {
      if (latest?.round !== 'final') throw new AppError('PREP_FINAL_TEXT_MISSING');
      // Seed 001: "Đảng viên được phân công … hoàn chỉnh chuyên đề. Cấp ủy duyệt lần cuối trước khi ban hành
      // Nghị quyết" — the preparer of a resolution topic only completes the text; the committee approves it
      // last and the secretary issues it (`issue`).
      if (access.topic.kind === 'resolution') {
        await work.move('finalise', {}, { versionId: latest.id });
        return;
      }
      const now = nowIso();
      await work.move('finalise', { final_at: now }, { versionId: latest.id });
      await work.send('final', latest.id, now);
    },
  },
  issue: {
    allow(_trx, actor, access) {
      // The secretary signs for the cell ("T/M CHI BỘ — BÍ THƯ"); the system administrator does not.
      if (!isAllowed(actor, 'resolution.issue', access.chain) || !access.rolesHeld.includes('secretary'))
        throw new AppError('RESOLUTION_NOT_SECRETARY');
      return false;
    },
    async before(access, work, input, trx) {
      if (access.topic.kind !== 'resolution') throw new AppError('PREP_TRANSITION_NOT_ALLOWED');
      const block = resolutionIssueBlock({
        status: work.status,
        hasPassedVote: input.hasPassedVote === true,
        adoptedDecisions: await store.countAdoptedDecisions(trx, access.topic.id),
      });
      if (block === 'VOTE_MISSING') throw new AppError('RESOLUTION_VOTE_MISSING');
      if (block === 'DECISIONS_MISSING') throw new AppError('RESOLUTION_DECISIONS_MISSING');
      if (block === 'FINAL_APPROVAL_MISSING') throw new AppError('RESOLUTION_FINAL_APPROVAL_MISSING');
    },
    async run({ trx, access, work }) {
      // Seed 003: the resolution the cell voted for, approved last by the committee, is issued with the next
      // NQ number of the cell; it then goes to members and the committee above.
      const text = await store.latestVersion(trx, access.topic.id, 'draft');
      if (text?.round !== 'final') throw new AppError('PREP_FINAL_TEXT_MISSING');
      const now = nowIso();
      const final_number = await nextDocumentNumber(trx, {
        unitId: access.topic.cell_id,
        kind: 'NQ',
        issuedOn: today(),
      });
      await work.move('issue', { final_at: now, final_number }, { versionId: text.id });
      await work.send('final', text.id, now);
    },
  },
};

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
  const handler = ACTIONS[action];
  const selfApproval = await handler.allow(trx, actor, access);
  const work = new Transition(trx, actor, access);
  await handler.before?.(access, work, input, trx);
  if (!nextDraftStatus(work.status, action, access.topic.kind))
    throw new AppError('PREP_TRANSITION_NOT_ALLOWED');
  const latest = await store.latestVersion(trx, topicId, 'draft');
  await handler.run({ trx, actor, access, work, input, from: access.prep.status, latest, selfApproval });
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
