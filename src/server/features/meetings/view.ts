import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { checkAgenda } from '#domain/meetings/agenda.ts';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import { evaluationProblem } from '#domain/meetings/evaluation.ts';
import { allowedMeetingActions } from '#domain/meetings/meeting-status.ts';
import { minutesStatus } from '#domain/meetings/minutes-status.ts';
import { studyTimeWarning, thematicMinutes } from '#domain/meetings/timing.ts';
import { CELL_VOTE_RULE } from '#domain/meetings/vote-rule.ts';
import { findIssued } from '../documents/issued.ts';
import { getUnit } from '../orgs/service.ts';
import * as prepStore from '../preparation/store.ts';
import { loadMeeting } from './access.ts';
import * as store from './store.ts';

/** Everything the meeting page and the live console show, for this actor. */
export async function getMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const access = await loadMeeting(db, actor, meetingId);
  const m = access.meeting;
  const [
    cell,
    agenda,
    attendance,
    guests,
    speeches,
    tasks,
    votes,
    minutes,
    addenda,
    topic,
    people,
    report,
    evaluation,
  ] = await Promise.all([
    getUnit(db, m.cell_id),
    store.listAgenda(db, meetingId),
    store.listAttendance(db, meetingId),
    store.listGuests(db, meetingId),
    store.listSpeeches(db, meetingId),
    store.listTasks(db, meetingId),
    store.listVotes(db, meetingId),
    store.findMinutes(db, meetingId),
    store.listAddenda(db, meetingId),
    m.topic_id ? prepStore.findTopic(db, m.topic_id) : undefined,
    db
      .selectFrom('person')
      .select(['id', 'full_name'])
      .where('id', 'in', [m.chair_id ?? '', m.minute_taker_id ?? ''])
      .execute(),
    findIssued(db, m.cell_id, { kind: 'meeting_report', meetingId }),
    db.selectFrom('meeting_evaluation').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst(),
  ]);
  const name = (id: string | null) => people.find((p) => p.id === id)?.full_name ?? null;
  const signatures = {
    chair: Boolean(minutes?.chair_signed_at),
    minuteTaker: Boolean(minutes?.taker_signed_at),
  };
  const me = attendance.find((a) => a.person_id === actor.personId);
  const now = new Date();
  return {
    id: m.id,
    cellId: m.cell_id,
    cellName: cell.name,
    topic: topic ? { id: topic.id, title: topic.title, kind: topic.kind, quarter: topic.quarter } : null,
    kind: m.kind,
    partOrder: m.part_order,
    heldOn: m.held_on,
    startsAt: m.starts_at,
    place: m.place,
    status: m.status,
    chair: m.chair_id ? { id: m.chair_id, name: name(m.chair_id) } : null,
    minuteTaker: m.minute_taker_id ? { id: m.minute_taker_id, name: name(m.minute_taker_id) } : null,
    noticeSentAt: m.notice_sent_at,
    noticeNumber: m.notice_number,
    reportIssued: report ? { id: report.id, number: report.number, issuedOn: report.issued_on } : null,
    evaluation: evaluation
      ? {
          preparer: evaluation.preparer,
          result: evaluation.result,
          lessons: evaluation.lessons,
          updatedAt: evaluation.updated_at,
        }
      : null,
    startedAt: m.started_at,
    endedAt: m.ended_at,
    conclusion: m.conclusion,
    updatedAt: m.updated_at,
    agenda: agenda.map((i) => ({
      id: i.id,
      part: i.part,
      kind: i.kind,
      title: i.title,
      plannedMinutes: i.planned_minutes,
      startedAt: i.started_at,
      endedAt: i.ended_at,
    })),
    agendaIssues: checkAgenda(agenda, m.kind, m.part_order).map((i) => i.code),
    thematicMinutes: thematicMinutes(
      agenda.map((i) => ({ part: i.part, startedAt: i.started_at, endedAt: i.ended_at })),
      now,
    ),
    studyTimeWarning:
      studyTimeWarning(
        topic?.kind ?? '',
        agenda.map((i) => ({ part: i.part, startedAt: i.started_at, endedAt: i.ended_at })),
        now,
      ) ?? null,
    attendance: attendance.map((a) => ({
      personId: a.person_id,
      name: a.full_name,
      groupName: a.group_name,
      memberStatus: a.member_status,
      state: a.state,
      reason: a.reason,
      late: a.late === 1,
      suspended: a.suspended === 1,
    })),
    counts: attendanceCounts(attendance.map((a) => ({ status: a.member_status, state: a.state }))),
    guests: guests.map((g) => ({
      id: g.id,
      kind: g.kind,
      fullName: g.full_name,
      title: g.title,
      unitName: g.unit_name,
    })),
    speeches: speeches.map((s) => ({
      id: s.id,
      personId: s.person_id,
      guestId: s.guest_id,
      speaker: s.person_name ?? s.guest_name ?? '',
      status: s.status,
      position: s.position,
      requestedAt: s.requested_at,
      startedAt: s.started_at,
      endedAt: s.ended_at,
      note: s.note,
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      ownerId: t.owner_id,
      ownerName: t.owner_name,
      dueOn: t.due_on,
    })),
    votes: votes.map((v) => ({
      id: v.id,
      subject: v.subject,
      mode: v.mode,
      for: v.votes_for,
      against: v.votes_against,
      abstain: v.votes_abstain,
      base: v.base,
      needed: v.needed,
      passed: v.passed === 1,
      basis: JSON.parse(v.basis_json) as {
        rule: string;
        counted: string[];
        setAside: { id: string; reason: string }[];
        voters: string[];
      },
      createdAt: v.created_at,
    })),
    voteRule: CELL_VOTE_RULE.citation,
    minutes: minutes
      ? {
          text: minutes.text,
          status: minutesStatus(signatures),
          chairSignedAt: minutes.chair_signed_at,
          minuteTakerSignedAt: minutes.taker_signed_at,
          textHash: minutes.text_hash,
          lockedAt: minutes.locked_at,
          number: minutes.number,
          updatedAt: minutes.updated_at,
          addenda: addenda.map((a) => ({
            id: a.id,
            text: a.text,
            textHash: a.text_hash,
            addedByName: a.added_by_name,
            addedAt: a.added_at,
          })),
        }
      : null,
    me: {
      personId: actor.personId,
      onRoll: me !== undefined,
      waitingToSpeak: speeches.some((s) => s.person_id === actor.personId && s.status === 'requested'),
    },
    permissions: {
      manage: access.manages,
      evaluate: access.manages && evaluationProblem(m.status, report !== undefined) === null,
      record: access.records,
      actions: access.manages ? allowedMeetingActions(m.status) : [],
      askToSpeak: access.mayAskToSpeak && me !== undefined && m.status === 'in_progress',
      sign:
        minutes !== undefined &&
        actor.personId !== null &&
        ((actor.personId === m.chair_id && !signatures.chair) ||
          (actor.personId === m.minute_taker_id && !signatures.minuteTaker)),
    },
  };
}

export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;
