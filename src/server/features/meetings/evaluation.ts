import type { Kysely } from 'kysely';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { type EvaluationField, evaluationProblem, lessonsForTopic } from '#domain/meetings/evaluation.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { findIssued } from '../../issuing/store.ts';
import { findTopic } from '../preparation/index.ts';
import { loadMeeting, requireManager } from './access.ts';
import { announce } from './live.ts';
import * as store from './store.ts';

export type EvaluationInput = Record<EvaluationField, string | null>;

/**
 * The secretary's evaluation of the ended meeting (domain/meetings/evaluation.ts): the preparers' strengths and
 * weaknesses, the meeting's result, the lessons. Rewritten freely until the meeting's report is issued.
 */
export async function saveEvaluation(
  db: Kysely<DB>,
  actor: Actor,
  meetingId: string,
  input: EvaluationInput,
) {
  await db.transaction().execute(async (trx) => {
    const access = await loadMeeting(trx, actor, meetingId);
    requireManager(access);
    const { meeting } = access;
    const issued = await findIssued(trx, meeting.cell_id, { kind: 'meeting_report', meetingId });
    const problem = evaluationProblem(meeting.status, issued !== undefined);
    if (problem) throw new AppError(problem);
    const before = await store.findEvaluation(trx, meetingId);
    const row: DB['meeting_evaluation'] = {
      meeting_id: meetingId,
      preparer: input.preparer,
      result: input.result,
      lessons: input.lessons,
      evaluated_by: actor.personId,
      updated_at: nowIso(),
    };
    await store.saveEvaluation(trx, row);
    await recordAudit(trx, actor, {
      action: 'meeting.evaluate',
      entityType: 'meeting',
      entityId: meetingId,
      unitId: meeting.cell_id,
      before,
      after: row,
    });
  });
  announce(meetingId);
}

/**
 * Seed 001: "Rút kinh nghiệm cho những buổi sinh hoạt chuyên đề tiếp theo" — the lessons the briefing of a topic
 * shows its preparer: those of the cell's latest evaluated meeting on another topic (before this topic's own
 * meeting once held), with its day and topic. For everyone who reads the topic.
 */
export async function lessonsForTopicOf(db: Kysely<DB>, actor: Actor, topicId: string) {
  const topic = await findTopic(db, topicId);
  if (!topic) throw new AppError('NOT_FOUND');
  await authorize(db, actor, 'topic.read', topic.cell_id);
  const [meetings, heldOn] = await Promise.all([
    store.listMeetingLessons(db, topic.cell_id),
    store.topicHeldOn(db, topicId),
  ]);
  const latest = lessonsForTopic(topicId, meetings, heldOn);
  return {
    lessons:
      latest?.lessons == null
        ? null
        : {
            meetingId: latest.meetingId,
            heldOn: latest.heldOn,
            topicTitle: latest.topicTitle,
            text: latest.lessons,
          },
  };
}
