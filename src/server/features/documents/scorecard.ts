import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type ScorecardData, scorecardDocument } from '#documents/scorecard-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { tasksOfPerson } from '../follow-up/index.ts';
import { scorecardMeetingData } from '../meetings/index.ts';
import { findPerson, mayReadScorecard } from '../members/index.ts';
import { scorecardDraftData, scorecardTopicData } from '../preparation/index.ts';
import { currentSecretary, letterhead } from './letterhead.ts';

const TOPIC_STATE: Record<string, string> = {
  final: 'đã hoàn chỉnh',
  presented: 'đã trình bày tại sinh hoạt',
};

/** A member's year in thematic meetings, for the year-end review (who may read it: mayReadScorecard). */
export async function scorecardFor(db: Kysely<DB>, actor: Actor, personId: string, year: number) {
  return scorecardDocument(await scorecardData(db, actor, personId, year));
}

/** The scorecard's facts, read under its rule: the document and the .xlsx export show the same. */
export async function scorecardData(
  db: Kysely<DB>,
  actor: Actor,
  personId: string,
  year: number,
): Promise<ScorecardData> {
  const person = await findPerson(db, personId);
  if (!person) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'members.read', person.unit_id);
  if (!mayReadScorecard(actor, person.id, chain)) throw new AppError('FORBIDDEN');
  const [meetings, drafts, topics, tasks, unit, secretaryName] = await Promise.all([
    scorecardMeetingData(db, personId, year),
    scorecardDraftData(db, personId, year),
    scorecardTopicData(db, personId, year),
    tasksOfPerson(db, personId, year),
    letterhead(db, person.unit_id),
    currentSecretary(db, person.unit_id),
  ]);
  return {
    year,
    member: { name: person.full_name, status: person.status },
    ...unit,
    secretaryName,
    today: todayInVietnam(),
    meetings,
    drafts,
    // A topic held at several meetings appears once, with the latest evaluation written.
    topics: [...new Map(topics.map((t) => [t.id, t])).values()].map((t) => ({
      title: t.title,
      status: TOPIC_STATE[t.status ?? ''] ?? 'đang chuẩn bị',
      remark: topics.filter((x) => x.id === t.id && x.remark).at(-1)?.remark ?? null,
    })),
    tasks: tasks.map((k) => ({ title: k.title, dueOn: k.dueOn, state: k.state, doneLate: k.doneLate })),
  };
}
