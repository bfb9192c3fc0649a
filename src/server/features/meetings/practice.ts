import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { isCarriedTo, reviewIssue } from '#domain/meetings/practice.ts';
import { AppError } from '../../http/app-error.ts';
import { requireRecorder } from './access.ts';
import { change, requireHeld, requireOpen } from './change.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

/*
 * Seed 002: "chi bộ … xác định và thực hiện làm theo, tháng kế tiếp đánh giá tình hình, kết quả học tập, làm
 * theo của tập thể và cá nhân (có thể duy trì từ một vài tháng)". Recorded by the chair's side or the
 * minute-taker at the meeting (or after it, until the minutes are signed: change.ts requireHeld).
 */

export interface CommitmentInput {
  text: string;
  ownerId?: string | null;
}

/** What the cell (or one member) will put into practice from this meeting's study. */
export async function recordCommitment(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  input: CommitmentInput,
) {
  await change(db, actor, meetingId, 'meeting.commitment_add', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    requireHeld(access.meeting);
    if (input.ownerId) {
      const roll = new Set(
        (await store.listRoll(trx, access.meeting.cell_id, access.meeting.held_on)).map((p) => p.id),
      );
      if (!roll.has(input.ownerId))
        throw new AppError('VALIDATION_FAILED', { ownerId: 'MEETING_PERSON_NOT_IN_CELL' });
    }
    await store.insertCommitment(trx, {
      id: newId(),
      cell_id: access.meeting.cell_id,
      meeting_id: meetingId,
      text: input.text,
      owner_id: input.ownerId ?? null,
      closed_at: null,
      closed_meeting_id: null,
      created_by: actor.userId,
      created_at: nowIso(),
    });
    return {};
  });
}

export interface ReviewInput {
  note: string;
  achieved: boolean;
}

/** A later meeting evaluates a commitment carried to it; achieved closes it, else it stays on the next agenda. */
export async function reviewCommitment(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  commitmentId: string,
  input: ReviewInput,
) {
  await change(db, actor, meetingId, 'meeting.commitment_review', async (trx, access) => {
    requireRecorder(access);
    await requireOpen(trx, access);
    requireHeld(access.meeting);
    const m = access.meeting;
    const c = (await store.listCommitmentsOfCell(trx, m.cell_id)).find((row) => row.id === commitmentId);
    if (!c) throw new AppError('NOT_FOUND');
    const issue = reviewIssue(facts(c), { id: m.id, heldOn: m.held_on });
    if (issue) throw new AppError(issue);
    const now = nowIso();
    await store.insertPracticeReview(trx, {
      id: newId(),
      commitment_id: commitmentId,
      meeting_id: meetingId,
      note: input.note,
      achieved: input.achieved ? 1 : 0,
      created_by: actor.userId,
      created_at: now,
    });
    if (input.achieved) await store.closeCommitment(trx, commitmentId, meetingId, now);
    return {};
  });
}

type CommitmentRow = Awaited<ReturnType<typeof store.listCommitmentsOfCell>>[number];

const facts = (c: CommitmentRow) => ({
  meetingId: c.meeting_id,
  setOn: c.set_on,
  closedMeetingId: c.closed_meeting_id,
  closedOn: c.closed_on,
});

/** The commitments set at a meeting, and those carried to it with what it said of each (view, minutes). */
export async function practiceOf(db: Q, m: DB['meeting']) {
  const [all, reviews] = await Promise.all([
    store.listCommitmentsOfCell(db, m.cell_id),
    store.listPracticeReviews(db, m.id),
  ]);
  const shape = (c: CommitmentRow) => ({
    id: c.id,
    text: c.text,
    ownerId: c.owner_id,
    ownerName: c.owner_name,
    setOn: c.set_on,
    closedAt: c.closed_at,
    closedOn: c.closed_on,
  });
  return {
    commitments: all.filter((c) => c.meeting_id === m.id).map(shape),
    carried: all
      .filter((c) => isCarriedTo(facts(c), { id: m.id, heldOn: m.held_on }))
      .map((c) => ({
        ...shape(c),
        reviews: reviews
          .filter((r) => r.commitment_id === c.id)
          .map((r) => ({ note: r.note, achieved: r.achieved === 1, createdAt: r.created_at })),
      })),
  };
}

export type Practice = Awaited<ReturnType<typeof practiceOf>>;
