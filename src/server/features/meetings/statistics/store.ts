/**
 * Meetings counted over a year or a period: the members' statistics and the figures the reports and the
 * scorecard quote. Kept apart from the meeting's own record (../store.ts).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { ROLL_STATUSES } from '#domain/members/membership.ts';

type Q = Kysely<DB> | Transaction<DB>;

const inYear = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

const EXPECTED = ['official', 'probationary'] as const;

// How a meeting is counted for a person (membership.ts): only while they were a member of the meeting's
// cell — the membership period `mp` of the person in that cell covering the day the meeting `m` was held
// (from started_on up to, not including, ended_on), read through membership_period_person_idx. The period's
// status says whether they were expected (official, probationary) or exempt, shown apart.

/**
 * Per member of the cell over the year's ended meetings held while they were its members: meetings on the
 * roll, present, absent with and without reason. `exempt`: the meetings during an exemption instead (miễn
 * sinh hoạt, not expected: shown apart).
 */
export function listAttendanceStats(db: Q, cellId: string, year: number, exempt = false) {
  const [from, to] = inYear(year);
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('membership_period as mp', (join) =>
      join
        .onRef('mp.person_id', '=', 'a.person_id')
        .onRef('mp.unit_id', '=', 'm.cell_id')
        .onRef('mp.started_on', '<=', 'm.held_on')
        .on((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))])),
    )
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select((eb) => [
      'a.person_id',
      'p.full_name',
      'p.name_folded',
      eb.fn.countAll<number>().as('meetings'),
      eb.fn.sum<number>(eb.case().when('a.state', '=', 'present').then(1).else(0).end()).as('present'),
      eb.fn.sum<number>(eb.case().when('a.state', '=', 'absent_excused').then(1).else(0).end()).as('excused'),
      eb.fn
        .sum<number>(eb.case().when('a.state', '=', 'absent_unexcused').then(1).else(0).end())
        .as('unexcused'),
    ])
    .where('m.cell_id', '=', cellId)
    .where('m.status', '=', 'ended')
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .where('mp.status', 'in', exempt ? ['exempt'] : EXPECTED)
    .groupBy(['a.person_id', 'p.full_name', 'p.name_folded'])
    .orderBy('p.name_folded')
    .execute();
}

/** Per person, the speeches given at the cell's ended meetings of the year. */
export function listSpeechCounts(db: Q, cellId: string, year: number) {
  const [from, to] = inYear(year);
  return db
    .selectFrom('meeting_speech as s')
    .innerJoin('meeting as m', 'm.id', 's.meeting_id')
    .select((eb) => ['s.person_id', eb.fn.countAll<number>().as('n')])
    .where('m.cell_id', '=', cellId)
    .where('m.status', '=', 'ended')
    .where('s.status', '=', 'done')
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .groupBy('s.person_id')
    .execute();
}

/**
 * For the period report: per meeting, the members present and the members expected (official and
 * probationary members, and exempt members who came anyway), counting only the people who were members of
 * the cell on the meeting's day.
 */
export async function periodAttendanceData(db: Q, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return new Map<string, { present: number; expected: number }>();
  const rows = await db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('membership_period as mp', (join) =>
      join
        .onRef('mp.person_id', '=', 'a.person_id')
        .onRef('mp.unit_id', '=', 'm.cell_id')
        .onRef('mp.started_on', '<=', 'm.held_on')
        .on((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))])),
    )
    .select((eb) => [
      'a.meeting_id',
      eb.fn.sum<number>(eb.case().when('a.state', '=', 'present').then(1).else(0).end()).as('present'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when('mp.status', 'in', EXPECTED)
            .then(1)
            .when(eb.and([eb('mp.status', '=', 'exempt'), eb('a.state', '=', 'present')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('expected'),
    ])
    .where('a.meeting_id', 'in', meetingIds)
    .where('mp.status', 'in', ROLL_STATUSES)
    .groupBy('a.meeting_id')
    .execute();
  // A meeting held on paper has no roll: its minutes give the number present, the membership periods the
  // members expected that day (paper.ts).
  const paper = await db
    .selectFrom('meeting as m')
    .innerJoin('membership_period as mp', (join) =>
      join
        .onRef('mp.unit_id', '=', 'm.cell_id')
        .onRef('mp.started_on', '<=', 'm.held_on')
        .on((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))])),
    )
    .select((eb) => ['m.id', 'm.paper_present', eb.fn.countAll<number>().as('expected')])
    .where('m.id', 'in', meetingIds)
    .where('m.paper_present', 'is not', null)
    .where('mp.status', 'in', EXPECTED)
    .groupBy(['m.id', 'm.paper_present'])
    .execute();
  return new Map([
    ...rows.map((r) => [r.meeting_id, { present: Number(r.present), expected: Number(r.expected) }] as const),
    ...paper.map((r) => [r.id, { present: Number(r.paper_present), expected: Number(r.expected) }] as const),
  ]);
}

/** The vote that adopted a resolution topic: the latest passed vote at an ended meeting on the topic. */
export async function adoptingVoteData(db: Q, topicId: string) {
  const row = await db
    .selectFrom('meeting_vote as v')
    .innerJoin('meeting as m', 'm.id', 'v.meeting_id')
    .select(['m.held_on', 'v.votes_for', 'v.base'])
    .where('m.topic_id', '=', topicId)
    .where('m.status', '=', 'ended')
    .where('v.passed', '=', 1)
    .orderBy('m.held_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .executeTakeFirst();
  return row ? { heldOn: row.held_on, for: row.votes_for, base: row.base } : null;
}

/**
 * The votes on a resolution topic's decisions, latest last, per decision: the one that adopted it, or the latest
 * that failed (seed 003, "Đảng viên thảo luận và biểu quyết").
 */
export async function decisionVotesData(db: Q, topicId: string) {
  const rows = await db
    .selectFrom('meeting_vote as v')
    .innerJoin('meeting as m', 'm.id', 'v.meeting_id')
    .select([
      'v.decision_id',
      'm.held_on',
      'v.votes_for',
      'v.votes_against',
      'v.votes_abstain',
      'v.base',
      'v.passed',
    ])
    .where('m.topic_id', '=', topicId)
    .where('v.decision_id', 'is not', null)
    .orderBy('m.held_on')
    .orderBy('v.created_at')
    .execute();
  const votes = new Map<
    string,
    { heldOn: string; for: number; against: number; abstain: number; base: number; passed: boolean }
  >();
  for (const r of rows) {
    if (!r.decision_id || votes.get(r.decision_id)?.passed) continue;
    votes.set(r.decision_id, {
      heldOn: r.held_on,
      for: r.votes_for,
      against: r.votes_against,
      abstain: r.votes_abstain,
      base: r.base,
      passed: r.passed === 1,
    });
  }
  return votes;
}

/**
 * A member's year at the meetings, for the scorecard: how they attended the ended meetings held while they
 * were an expected member of the meeting's cell (not before they joined, not after they left, not while
 * exempt), how often they spoke.
 */
export async function scorecardMeetingData(db: Q, personId: string, year: number) {
  const [from, to] = inYear(year);
  const [attendance, spoke] = await Promise.all([
    db
      .selectFrom('meeting_attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
      .innerJoin('membership_period as mp', (join) =>
        join
          .onRef('mp.person_id', '=', 'a.person_id')
          .onRef('mp.unit_id', '=', 'm.cell_id')
          .onRef('mp.started_on', '<=', 'm.held_on')
          .on((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))])),
      )
      .select('a.state')
      .where('a.person_id', '=', personId)
      .where('m.status', '=', 'ended')
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to)
      .where('mp.status', 'in', EXPECTED)
      .execute(),
    db
      .selectFrom('meeting_speech as s')
      .innerJoin('meeting as m', 'm.id', 's.meeting_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('s.person_id', '=', personId)
      .where('s.status', '=', 'done')
      .where('m.status', '=', 'ended')
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to)
      .executeTakeFirstOrThrow(),
  ]);
  const count = (state: string) => attendance.filter((a) => a.state === state).length;
  return {
    held: attendance.length,
    present: count('present'),
    absentExcused: count('absent_excused'),
    absentUnexcused: count('absent_unexcused'),
    spoke: Number(spoke.n),
  };
}

/**
 * The year-end review of a cell (issue 16): the roll of every ended meeting of the cell in the year (person, day,
 * state) and the speeches given there — the scorecard's facts for the whole cell in two queries; the review
 * counts a row only while the person was an expected member of the cell (domain/year-review/participation.ts).
 */
export async function yearMeetingFactsOfCell(db: Q, cellId: string, year: number) {
  const [from, to] = inYear(year);
  const [attendance, speeches] = await Promise.all([
    db
      .selectFrom('meeting_attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
      .select(['a.person_id', 'm.held_on', 'a.state'])
      .where('m.cell_id', '=', cellId)
      .where('m.status', '=', 'ended')
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to)
      .execute(),
    db
      .selectFrom('meeting_speech as s')
      .innerJoin('meeting as m', 'm.id', 's.meeting_id')
      .select(['s.person_id', 'm.held_on'])
      .where('m.cell_id', '=', cellId)
      .where('m.status', '=', 'ended')
      .where('s.status', '=', 'done')
      .where('s.person_id', 'is not', null)
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to)
      .execute(),
  ]);
  return {
    attendance: attendance.map((a) => ({
      personId: a.person_id,
      heldOn: a.held_on,
      state: a.state ?? 'unmarked',
    })),
    speeches: speeches.flatMap((s) => (s.person_id ? [{ personId: s.person_id, heldOn: s.held_on }] : [])),
  };
}

// --- The committee's oversight (features/oversight): every cell under a unit, grouped in SQL. ---

/** The month of a meeting's day, 'MM' (portable: substr on the 'YYYY-MM-DD' text on both engines). */
const monthOf = sql<string>`substr(${sql.ref('m.held_on')}, 6, 2)`;

/** The ended meetings of the year of every cell under the unit (org_closure), as a query to group. */
function endedMeetingsUnder(db: Q, unitId: string, year: number) {
  const [from, to] = inYear(year);
  return db
    .selectFrom('org_closure as c')
    .innerJoin('meeting as m', 'm.cell_id', 'c.descendant_id')
    .where('c.ancestor_id', '=', unitId)
    .where('m.status', '=', 'ended')
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to);
}

/**
 * Per cell under the unit and month: the ended thematic (or combined) and regular (or combined) meetings, their
 * recorded Hồ Chí Minh study minutes, and how many fell under `studyMinimum` (seed 002). One grouped query.
 */
export async function monthlyMeetingsUnder(db: Q, unitId: string, year: number, studyMinimum: number) {
  const rows = await endedMeetingsUnder(db, unitId, year)
    .select((eb) => [
      'm.cell_id',
      monthOf.as('month'),
      eb.fn
        .sum<number>(eb.case().when('m.kind', 'in', ['thematic', 'combined']).then(1).else(0).end())
        .as('thematic'),
      eb.fn
        .sum<number>(eb.case().when('m.kind', 'in', ['regular', 'combined']).then(1).else(0).end())
        .as('regular'),
      eb.fn.sum<number>(eb.fn.coalesce('m.study_minutes', sql.lit(0))).as('study_minutes'),
      eb.fn.count<number>('m.study_minutes').as('study_meetings'),
      eb.fn
        .sum<number>(eb.case().when('m.study_minutes', '<', studyMinimum).then(1).else(0).end())
        .as('study_short'),
    ])
    .groupBy(['m.cell_id', monthOf])
    .execute();
  return rows.map((r) => ({
    cellId: r.cell_id,
    month: Number(r.month),
    thematic: Number(r.thematic),
    regular: Number(r.regular),
    studyMinutes: Number(r.study_minutes),
    studyMeetings: Number(r.study_meetings),
    studyShort: Number(r.study_short),
  }));
}

/**
 * Per cell under the unit and month: members present and expected at its ended meetings, counted as the period
 * report counts them (periodAttendanceData): only people who were members of the cell on the meeting's day;
 * official and probationary members expected, exempt members only when they came; a meeting held on paper by
 * its minutes' number present against the members expected that day. Two grouped queries.
 */
export async function monthlyAttendanceUnder(db: Q, unitId: string, year: number) {
  const [roll, paper] = await Promise.all([
    endedMeetingsUnder(db, unitId, year)
      .innerJoin('meeting_attendance as a', 'a.meeting_id', 'm.id')
      .innerJoin('membership_period as mp', (join) =>
        join
          .onRef('mp.person_id', '=', 'a.person_id')
          .onRef('mp.unit_id', '=', 'm.cell_id')
          .onRef('mp.started_on', '<=', 'm.held_on')
          .on((eb) => eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))])),
      )
      .select((eb) => [
        'm.cell_id',
        monthOf.as('month'),
        eb.fn.sum<number>(eb.case().when('a.state', '=', 'present').then(1).else(0).end()).as('present'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when('mp.status', 'in', EXPECTED)
              .then(1)
              .when(eb.and([eb('mp.status', '=', 'exempt'), eb('a.state', '=', 'present')]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('expected'),
      ])
      .where('m.paper_present', 'is', null)
      .where('mp.status', 'in', ROLL_STATUSES)
      .groupBy(['m.cell_id', monthOf])
      .execute(),
    db
      .selectFrom(
        endedMeetingsUnder(db, unitId, year)
          .innerJoin('membership_period as mp', (join) =>
            join
              .onRef('mp.unit_id', '=', 'm.cell_id')
              .onRef('mp.started_on', '<=', 'm.held_on')
              .on((eb) =>
                eb.or([eb('mp.ended_on', 'is', null), eb('mp.ended_on', '>', eb.ref('m.held_on'))]),
              ),
          )
          .select((eb) => [
            'm.id',
            'm.cell_id',
            monthOf.as('month'),
            'm.paper_present',
            eb.fn.countAll<number>().as('expected'),
          ])
          .where('m.paper_present', 'is not', null)
          .where('mp.status', 'in', EXPECTED)
          .groupBy(['m.id', 'm.cell_id', 'm.held_on', 'm.paper_present'])
          .as('pm'),
      )
      .select((eb) => [
        'pm.cell_id',
        'pm.month',
        eb.fn.sum<number>('pm.paper_present').as('present'),
        eb.fn.sum<number>('pm.expected').as('expected'),
      ])
      .groupBy(['pm.cell_id', 'pm.month'])
      .execute(),
  ]);
  return [...roll, ...paper].map((r) => ({
    cellId: r.cell_id,
    month: Number(r.month),
    present: Number(r.present),
    expected: Number(r.expected),
  }));
}

/**
 * The first ended thematic or combined meeting of each quarter of the cells directly under the committee (the
 * cells it shows as rows), with the topic's title: one row a cell and quarter (a window over the year's meetings).
 */
export async function firstThematicMeetingsOfChildCells(db: Q, committeeId: string, year: number) {
  const [from, to] = inYear(year);
  const quarter = sql<number>`(cast(substr(${sql.ref('m.held_on')}, 6, 2) as integer) + 2) / 3`;
  const ranked = db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select([
      'm.id',
      'm.cell_id',
      'm.held_on',
      't.title',
      quarter.as('quarter'),
      sql<number>`row_number() over (partition by ${sql.ref('m.cell_id')}, ${quarter} order by ${sql.ref('m.held_on')}, ${sql.ref('m.id')})`.as(
        'rank',
      ),
    ])
    .where('u.parent_id', '=', committeeId)
    .where('u.kind', '=', 'cell')
    .where('m.status', '=', 'ended')
    .where('m.kind', 'in', ['thematic', 'combined'])
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to);
  const rows = await db
    .selectFrom(ranked.as('r'))
    .select(['r.id', 'r.cell_id', 'r.held_on', 'r.title', 'r.quarter'])
    .where('r.rank', '=', 1)
    .execute();
  return rows.map((r) => ({
    cellId: r.cell_id,
    quarter: Number(r.quarter),
    meetingId: r.id,
    heldOn: r.held_on,
    topicTitle: r.title,
  }));
}

/**
 * The minute book's export (issue 18), one row per meeting of the cell in the year: date, kind, topic, chair,
 * minute taker and the roll's counts (present, absent with and without reason), in one query.
 */
export function minuteBookRows(db: Q, cellId: string, year: number) {
  const [from, to] = inYear(year);
  return db
    .selectFrom('meeting as m')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .leftJoin('person as ch', 'ch.id', 'm.chair_id')
    .leftJoin('person as mt', 'mt.id', 'm.minute_taker_id')
    .leftJoin('minutes as n', 'n.meeting_id', 'm.id')
    .select((eb) => {
      const count = (state: 'present' | 'absent_excused' | 'absent_unexcused') =>
        eb
          .selectFrom('meeting_attendance as a')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .whereRef('a.meeting_id', '=', 'm.id')
          .where('a.state', '=', state);
      return [
        'm.id',
        'm.held_on',
        'm.starts_at',
        'm.place',
        'm.kind',
        'm.status',
        'm.paper_present',
        'm.study_minutes',
        't.title as topic_title',
        'ch.full_name as chair_name',
        'mt.full_name as minute_taker_name',
        'n.number as minutes_number',
        count('present').as('present'),
        count('absent_excused').as('excused'),
        count('absent_unexcused').as('unexcused'),
      ];
    })
    .where('m.cell_id', '=', cellId)
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .orderBy('m.held_on')
    .orderBy('m.starts_at')
    .execute();
}

/** The minute book's export: every roll entry of the cell's meetings in the year, by meeting then name. */
export function minuteBookRoll(db: Q, cellId: string, year: number) {
  const [from, to] = inYear(year);
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select([
      'a.meeting_id',
      'm.held_on',
      'm.kind',
      'p.full_name',
      'a.member_status',
      'a.state',
      'a.reason',
      'a.late',
    ])
    .where('m.cell_id', '=', cellId)
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .orderBy('m.held_on')
    .orderBy('m.starts_at')
    .orderBy('p.name_folded')
    .execute();
}
