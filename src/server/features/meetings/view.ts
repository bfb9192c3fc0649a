import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { checkAgenda } from '#domain/meetings/agenda.ts';
import { attendanceCounts } from '#domain/meetings/attendance.ts';
import { attendanceChangeClosed, delegateGrant } from '#domain/meetings/delegates.ts';
import { draftLeadDays, shortLeadWarning } from '#domain/meetings/draft-gate.ts';
import { evaluationProblem, isEvaluationMissing } from '#domain/meetings/evaluation.ts';
import { allowedMeetingActions } from '#domain/meetings/meeting-status.ts';
import { minutesStatus } from '#domain/meetings/minutes-status.ts';
import { designationProblem } from '#domain/meetings/model-meetings.ts';
import {
  HO_CHI_MINH_MIN_MINUTES,
  isStudyShort,
  studyMinutes,
  studyTimeWarning,
  thematicMinutes,
} from '#domain/meetings/timing.ts';
import { CELL_VOTE_RULE } from '#domain/meetings/vote-rule.ts';
import { findIssued } from '../../issuing/store.ts';
import { readAll } from '../../read-all.ts';
import { getUnit } from '../orgs/index.ts';
import { decisionsOf, findPreparation, findTopic } from '../preparation/index.ts';
import { loadMeeting, type MeetingAccess } from './access.ts';
import * as modelStore from './model/store.ts';
import { practiceOf } from './practice.ts';
import * as store from './store.ts';
import { taskChecksOf } from './task-checks.ts';

/** Everything recorded about one meeting, read at once. */
async function loadRecord(db: Kysely<DB>, m: DB['meeting']) {
  return readAll({
    cell: getUnit(db, m.cell_id),
    agenda: store.listAgenda(db, m.id),
    attendance: store.listAttendance(db, m.id),
    guests: store.listGuests(db, m.id),
    speeches: store.listSpeeches(db, m.id),
    tasks: store.listTasks(db, m.id),
    votes: store.listVotes(db, m.id),
    minutes: store.findMinutes(db, m.id),
    addenda: store.listAddenda(db, m.id),
    topic: m.topic_id ? findTopic(db, m.topic_id) : undefined,
    prep: m.topic_id ? findPreparation(db, m.topic_id) : undefined,
    people: store.listSignerNames(db, [m.chair_id, m.minute_taker_id]),
    report: findIssued(db, m.cell_id, { kind: 'meeting_report', meetingId: m.id }),
    evaluation: store.findEvaluation(db, m.id),
    practice: practiceOf(db, m),
    taskChecks: taskChecksOf(db, m),
    decisions: m.topic_id ? decisionsOf(db, m.topic_id) : [],
    paper: m.paper_present === null ? undefined : store.findPaperMinutesInfo(db, m.id),
    model: modelStore.findByMeeting(db, m.id),
  });
}

type MeetingRecord = Awaited<ReturnType<typeof loadRecord>>;

const signaturesOf = (minutes: MeetingRecord['minutes']) => ({
  chair: Boolean(minutes?.chair_signed_at),
  minuteTaker: Boolean(minutes?.taker_signed_at),
});

/** Everything the meeting page and the live console show, for this actor. */
export async function getMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const access = await loadMeeting(db, actor, meetingId);
  const m = access.meeting;
  const r = await loadRecord(db, m);
  const name = (id: string | null) => r.people.find((p) => p.id === id)?.full_name ?? null;
  return {
    id: m.id,
    cellId: m.cell_id,
    cellName: r.cell.name,
    topic: r.topic
      ? { id: r.topic.id, title: r.topic.title, kind: r.topic.kind, quarter: r.topic.quarter }
      : null,
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
    reportIssued: r.report
      ? { id: r.report.id, number: r.report.number, issuedOn: r.report.issued_on }
      : null,
    evaluation: r.evaluation
      ? {
          preparer: r.evaluation.preparer,
          result: r.evaluation.result,
          lessons: r.evaluation.lessons,
          updatedAt: r.evaluation.updated_at,
        }
      : null,
    // Seed 001: a thematic meeting's report goes up with the secretary's evaluation (evaluation.ts).
    reportHold: isEvaluationMissing(m.kind, r.evaluation) ? ('MEETING_EVALUATION_MISSING' as const) : null,
    taskChecks: r.taskChecks,
    startedAt: m.started_at,
    endedAt: m.ended_at,
    conclusion: m.conclusion,
    updatedAt: m.updated_at,
    // A past meeting held on paper, entered with its signed minutes (paper.ts).
    paper:
      m.paper_present === null
        ? null
        : {
            present: m.paper_present,
            fileName: r.paper?.file_name ?? null,
            sizeBytes: r.paper?.size_bytes ?? null,
          },
    // Seed 001: chosen by a committee as a model meeting ("sinh hoạt chuyên đề mẫu", model/service.ts).
    model: r.model
      ? { committeeName: r.model.committee_name, purpose: r.model.purpose, lessons: r.model.lessons }
      : null,
    ...agendaView(m, r),
    ...roomView(r),
    decisions: r.decisions.map((d) => ({
      id: d.id,
      number: d.number,
      text: d.text,
      ownerName: d.ownerName,
      dueOn: d.dueOn,
      adopted: d.adopted,
    })),
    votes: r.votes.map(voteView),
    voteRule: CELL_VOTE_RULE.citation,
    minutes: minutesView(r),
    ...actorView(actor, access, r),
  };
}

/** The agenda with its clock, and what the rules say of it (seed 000; the Hồ Chí Minh study floor). */
function agendaView(m: DB['meeting'], r: MeetingRecord) {
  const now = new Date();
  const clock = r.agenda.map((i) => ({
    part: i.part,
    kind: i.kind,
    startedAt: i.started_at,
    endedAt: i.ended_at,
  }));
  const topicKind = r.topic?.kind ?? '';
  // Seed 002: the study's minutes as recorded when the meeting ended, else as the clock runs.
  const studied = m.study_minutes ?? studyMinutes(m.kind, topicKind, clock, now);
  return {
    agenda: r.agenda.map((i) => ({
      id: i.id,
      part: i.part,
      kind: i.kind,
      title: i.title,
      plannedMinutes: i.planned_minutes,
      startedAt: i.started_at,
      endedAt: i.ended_at,
    })),
    agendaIssues: checkAgenda(r.agenda, m.kind, m.part_order).map((i) => i.code),
    thematicMinutes: thematicMinutes(clock, now),
    studyTimeWarning: studyTimeWarning(m.kind, topicKind, clock, now) ?? null,
    study:
      studied === null
        ? null
        : {
            minutes: studied,
            required: HO_CHI_MINH_MIN_MINUTES,
            recorded: m.study_minutes !== null,
            short: isStudyShort(studied),
          },
    practice: r.practice,
    ...draftView(m, r),
  };
}

/**
 * When the topic's draft reached members (seed 000), and whether that left them less time than the cell's
 * setting (practice, draft-gate.ts).
 */
function draftView(m: DB['meeting'], r: MeetingRecord) {
  const distributedAt = r.prep?.distributed_at ?? null;
  const required = draftLeadDays(r.cell.draft_lead_days);
  return {
    draftDistributedAt: distributedAt,
    draftLeadDays: required,
    draftLeadWarning:
      m.kind === 'regular' ? null : (shortLeadWarning(distributedAt, m.held_on, required) ?? null),
  };
}

/** Who was there and what was said and assigned. */
function roomView(r: MeetingRecord) {
  return {
    attendance: r.attendance.map((a) => ({
      personId: a.person_id,
      name: a.full_name,
      groupName: a.group_name,
      memberStatus: a.member_status,
      state: a.state,
      reason: a.reason,
      late: a.late === 1,
      suspended: a.suspended === 1,
    })),
    counts: attendanceCounts(r.attendance.map((a) => ({ status: a.member_status, state: a.state }))),
    // Guests typed in at the console; the committee's people who registered themselves are `delegates`.
    guests: r.guests
      .filter((g) => g.person_id === null)
      .map((g) => ({
        id: g.id,
        kind: g.kind,
        fullName: g.full_name,
        title: g.title,
        unitName: g.unit_name,
      })),
    delegates: r.guests
      .filter((g) => g.person_id !== null)
      .map((g) => ({
        id: g.id,
        personId: g.person_id ?? '',
        fullName: g.full_name,
        title: g.title,
        unitName: g.unit_name,
        present: g.present === 1,
        registeredAt: g.created_at,
      })),
    speeches: r.speeches.map((s) => ({
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
    tasks: r.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      ownerId: t.owner_id,
      ownerName: t.owner_name,
      dueOn: t.due_on,
      decisionId: t.decision_id,
    })),
  };
}

function voteView(v: DB['meeting_vote']) {
  return {
    id: v.id,
    subject: v.subject,
    mode: v.mode,
    for: v.votes_for,
    against: v.votes_against,
    abstain: v.votes_abstain,
    base: v.base,
    needed: v.needed,
    passed: v.passed === 1,
    decisionId: v.decision_id,
    basis: store.voteBasis(v),
    createdAt: v.created_at,
  };
}

function minutesView({ minutes, addenda }: MeetingRecord) {
  if (!minutes) return null;
  return {
    text: minutes.text,
    status: minutesStatus(signaturesOf(minutes)),
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
  };
}

/** The actor at this meeting: on the roll or not, and what the page lets them do. */
function actorView(actor: Actor, access: MeetingAccess, r: MeetingRecord) {
  const m = access.meeting;
  const me = r.attendance.find((a) => a.person_id === actor.personId);
  const signatures = signaturesOf(r.minutes);
  // Seed 000: a delegate of a committee above registers before the meeting starts (delegates/service.ts).
  const registered = r.guests.some((g) => g.person_id !== null && g.person_id === actor.personId);
  const attendOpen =
    delegateGrant(actor, access.chain) !== undefined &&
    !attendanceChangeClosed(m.status, m.held_on, todayInVietnam());
  return {
    me: {
      personId: actor.personId,
      onRoll: me !== undefined,
      waitingToSpeak: r.speeches.some((s) => s.person_id === actor.personId && s.status === 'requested'),
      registeredDelegate: registered,
    },
    permissions: {
      manage: access.manages,
      evaluate: access.manages && evaluationProblem(m.status, r.report !== undefined) === null,
      record: access.records,
      registerAsDelegate: attendOpen && !registered,
      withdrawAsDelegate: attendOpen && registered,
      actions: access.manages ? allowedMeetingActions(m.status) : [],
      designateModel:
        r.model === undefined &&
        isAllowed(actor, 'model_meeting.designate', access.chain) &&
        designationProblem({ kind: m.kind, status: m.status, heldOn: m.held_on }, todayInVietnam()) === null,
      askToSpeak: access.mayAskToSpeak && me !== undefined && m.status === 'in_progress',
      sign:
        r.minutes !== undefined &&
        actor.personId !== null &&
        ((actor.personId === m.chair_id && !signatures.chair) ||
          (actor.personId === m.minute_taker_id && !signatures.minuteTaker)),
    },
  };
}

export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;
