import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import {
  type Ballot,
  CELL_VOTE_RULE,
  checkCountedTally,
  type Tally,
  tallyNamed,
  type VoterFacts,
  voteBase,
  voteResult,
} from '#domain/meetings/vote-rule.ts';
import { decisionVoteBlock, taskFromDecision } from '#domain/preparation/resolution-decisions.ts';
import { AppError } from '../../http/app-error.ts';
import { decisionsOf, recordDecisionVote } from '../preparation/index.ts';
import { requireRecorder } from './access.ts';
import { change, requireLive } from './change.ts';
import { notifyTaskOwner } from './notices.ts';
import * as store from './store.ts';

export interface VoteInput {
  subject: string;
  mode: 'count' | 'named';
  /** Hands counted in the room. */
  tally?: Tally | null;
  /** Each official member present, by name. */
  ballots?: { personId: string; choice: Ballot['choice'] }[] | null;
  /** The resolution decision voted on (seed 003: "Đảng viên thảo luận và biểu quyết"), if any. */
  decisionId?: string | null;
}

/**
 * A vote at the meeting: the base and the voters come from the attendance as marked (vote-rule.ts), the
 * result and how the base was computed are stored with the vote and shown.
 */
export async function recordVote(db: Kysely<DB>, actor: Actor, meetingId: string, input: VoteInput) {
  await change(db, actor, meetingId, 'meeting.vote', async (trx, access) => {
    requireRecorder(access);
    requireLive(access);
    const attendance = await store.listAttendance(trx, meetingId);
    const facts: VoterFacts[] = attendance.map((a) => ({
      id: a.person_id,
      status: a.member_status,
      // Not marked yet counts as not present: such a member stays in the base and cannot vote.
      presence: a.state ?? 'absent_unexcused',
      suspended: a.suspended === 1,
    }));
    const basis = voteBase(facts);
    let tally: Tally;
    if (input.mode === 'named') {
      const named = tallyNamed(
        (input.ballots ?? []).map((b) => ({ voterId: b.personId, choice: b.choice })),
        basis.voters,
      );
      const issue = named.issues[0];
      if (issue)
        throw new AppError('VALIDATION_FAILED', {
          ballots: issue.code === 'VOTED_TWICE' ? 'VOTE_TWICE' : 'VOTE_NOT_A_VOTER',
        });
      tally = named.tally;
    } else {
      tally = input.tally ?? { for: 0, against: 0, abstain: 0 };
      if (checkCountedTally(tally, basis.voters.length).length > 0)
        throw new AppError('VALIDATION_FAILED', { tally: 'VOTE_TOO_MANY' });
    }
    const decision = input.decisionId
      ? await decisionVotedOn(trx, access.meeting.topic_id, input.decisionId)
      : null;
    const result = voteResult(tally, basis.base);
    const id = newId();
    const ballots = input.mode === 'named' ? (input.ballots ?? []) : [];
    await store.insertVote(
      trx,
      {
        id,
        meeting_id: meetingId,
        subject: input.subject,
        mode: input.mode,
        votes_for: tally.for,
        votes_against: tally.against,
        votes_abstain: tally.abstain,
        base: result.base,
        needed: result.needed,
        passed: result.passed ? 1 : 0,
        basis_json: JSON.stringify({ rule: CELL_VOTE_RULE.citation, ...basis }),
        created_at: nowIso(),
        decision_id: decision?.id ?? null,
      },
      ballots.map((b) => ({ vote_id: id, person_id: b.personId, choice: b.choice })),
    );
    if (decision) await adoptIfPassed(trx, actor, access.meeting, decision, result.passed);
    return {};
  });
}

type Trx = Parameters<Parameters<typeof change>[4]>[0];
type DecisionRow = Awaited<ReturnType<typeof decisionsOf>>[number];

/** The decision a vote is on: one of the meeting's own resolution topic, not adopted yet (resolution-decisions.ts). */
async function decisionVotedOn(trx: Trx, topicId: string | null, decisionId: string): Promise<DecisionRow> {
  const decision = topicId ? (await decisionsOf(trx, topicId)).find((d) => d.id === decisionId) : undefined;
  const block = decisionVoteBlock({
    meetingTopicId: topicId,
    decision: decision ?? { topicId: '', adopted: false },
  });
  if (!decision || block === 'NOT_OF_TOPIC')
    throw new AppError('VALIDATION_FAILED', { decisionId: 'VOTE_DECISION_NOT_OF_TOPIC' });
  if (block === 'ALREADY_ADOPTED') throw new AppError('DECISION_ALREADY_ADOPTED');
  return decision;
}

/**
 * A passed vote adopts the decision, and the decision becomes a task of this meeting at once (seed 003, step 5:
 * "Tổ chức triển khai thực hiện"), copied as voted — what, who, by when — so follow-up tracks it and the
 * reviews list it with no re-typing. In the vote's transaction: the decision is marked adopted only if it was
 * not (a console racing on the same decision makes no second task), and the task table allows one task a
 * decision.
 */
async function adoptIfPassed(
  trx: Trx,
  actor: Actor,
  meeting: DB['meeting'],
  decision: DecisionRow,
  passed: boolean,
) {
  const meetingId = meeting.id;
  const now = nowIso();
  const adopted = await recordDecisionVote(trx, decision.id, passed, now);
  if (!passed) return;
  if (!adopted) throw new AppError('DECISION_ALREADY_ADOPTED');
  if (await store.findTaskOfDecision(trx, decision.id)) return;
  const task = taskFromDecision(decision);
  await store.insertTask(trx, {
    id: newId(),
    meeting_id: meetingId,
    title: task.title,
    owner_id: task.ownerId,
    due_on: task.dueOn,
    created_at: now,
    decision_id: task.decisionId,
  });
  await notifyTaskOwner(trx, actor, meeting, task);
}
