import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { dispositionDocument } from '#documents/disposition-document.ts';
import { guidanceDocument } from '#documents/guidance-document.ts';
import { minutesDocument } from '#documents/minutes-document.ts';
import { noticeDocument } from '#documents/notice-document.ts';
import type { PartyDocument } from '#documents/party-document.ts';
import { planDocument } from '#documents/plan-document.ts';
import { renderDocx } from '#documents/render-docx.ts';
import { renderHtml } from '#documents/render-html.ts';
import { renderPdf } from '#documents/render-pdf.ts';
import { meetingReport, periodReport } from '#documents/report-documents.ts';
import { reviewDocument } from '#documents/review-document.ts';
import { scorecardDocument } from '#documents/scorecard-document.ts';
import { topicDocument } from '#documents/topic-document.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { mayIssuePeriodReport } from '#domain/documents/issuing.ts';
import { countTasks } from '#domain/follow-up/task-progress.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { cellTasks, getReview, tasksOfPerson } from '../follow-up/view.ts';
import { readGuidance } from '../guidance/service.ts';
import { meetingStats, minuteBook } from '../meetings/book.ts';
import { getMeeting } from '../meetings/view.ts';
import { mayReadScorecard } from '../members/service.ts';
import { getUnit } from '../orgs/service.ts';
import { getPlanDetail } from '../plans/service.ts';
import * as planStore from '../plans/store.ts';
import { getVersion } from '../preparation/service.ts';
import * as prepStore from '../preparation/store.ts';
import { getPreparation } from '../preparation/view.ts';
import { findIssued, frozen, issueReport, listIssued } from './issued.ts';

export type DocumentFormat = 'docx' | 'pdf' | 'html';

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export async function render(doc: PartyDocument, format: DocumentFormat): Promise<RenderedDocument> {
  const body =
    format === 'docx'
      ? await renderDocx(doc)
      : format === 'pdf'
        ? await renderPdf(doc)
        : Buffer.from(renderHtml(doc), 'utf8');
  return { fileName: `${doc.fileName}.${format}`, contentType: CONTENT_TYPES[format], body };
}

/** The annual plan as an official document, for anyone who may read the plan. */
export async function planDocumentFor(db: Kysely<DB>, actor: Actor, planId: string) {
  const d = await getPlanDetail(db, actor, planId);
  const today = todayInVietnam();
  const [parent, secretary] = await Promise.all([
    d.cell.parent_id
      ? db
          .selectFrom('org_unit')
          .select(['name', 'place'])
          .where('id', '=', d.cell.parent_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom('role_assignment as r')
      .innerJoin('person as p', 'p.id', 'r.person_id')
      .select('p.full_name')
      .where('r.unit_id', '=', d.cell.id)
      .where('r.role', '=', 'secretary')
      .where('r.started_on', '<=', today)
      .where((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', today)]))
      .executeTakeFirst(),
  ]);
  return planDocument({
    year: d.plan.year,
    number: d.plan.number,
    adoptedOn: d.plan.adopted_on,
    cell: { name: d.cell.name, place: d.cell.place },
    parent: parent ? { name: parent.name, place: parent.place } : null,
    legalBases: JSON.parse(d.plan.legal_bases_json) as string[],
    purpose: d.plan.purpose,
    requirements: d.plan.requirements,
    organisation: d.plan.organisation,
    topics: d.topics.map((t) => ({
      title: t.title,
      workContent: t.work_content,
      quarter: t.quarter,
      preparers: t.preparers.map((p) => p.full_name),
      steps: t.steps.map((s) => ({
        step: s.step,
        dueMonth: s.due_month,
        responsible: s.responsible_name,
        note: s.note,
      })),
    })),
    secretaryName: secretary?.full_name ?? null,
  });
}

/** The committee's guidance letter, for the committee and everyone in the units it addresses. */
export async function guidanceDocumentFor(db: Kysely<DB>, actor: Actor, guidanceId: string) {
  const { guidance: g, committee } = await readGuidance(db, actor, guidanceId);
  const parent = committee.parent_id
    ? await db.selectFrom('org_unit').select('name').where('id', '=', committee.parent_id).executeTakeFirst()
    : undefined;
  return guidanceDocument({
    referenceNumber: g.reference_number,
    issuedOn: g.issued_on,
    title: g.title,
    theme: g.theme,
    documents: JSON.parse(g.documents_json) as string[],
    topicGroups: JSON.parse(g.topic_groups_json) as string[],
    planDeadline: g.plan_deadline,
    content: g.content,
    year: g.year,
    committee: { name: committee.name, place: committee.place },
    parent: parent ? { name: parent.name } : null,
  });
}

async function unitAndParent(db: Kysely<DB>, unitId: string) {
  const unit = await db
    .selectFrom('org_unit')
    .select(['name', 'place', 'parent_id'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const parent = unit.parent_id
    ? await db
        .selectFrom('org_unit')
        .select(['name', 'place'])
        .where('id', '=', unit.parent_id)
        .executeTakeFirst()
    : undefined;
  return { cell: { name: unit.name, place: unit.place }, parent: parent ?? null };
}

const dayOf = (instant: string | null) => (instant ? todayInVietnam(new Date(instant)) : null);

/**
 * A topic's text as a document: the given version, or the one the actor reads on the topic page (the
 * latest for the preparers and approvers, the latest sent out for everyone else).
 */
export async function topicDocumentFor(db: Kysely<DB>, actor: Actor, topicId: string, versionId?: string) {
  const view = await getPreparation(db, actor, topicId);
  const version = versionId ? await getVersion(db, actor, topicId, versionId) : undefined;
  const text = version
    ? { round: version.round, html: version.html, kind: version.kind }
    : view.draft
      ? { round: view.draft.round, html: view.draft.html, kind: 'draft' as const }
      : undefined;
  if (text?.kind !== 'draft' || !text.round) throw new AppError('PREP_DRAFT_MISSING');
  const date =
    text.round === 'draft1'
      ? view.dates.draft1ApprovedAt
      : text.round === 'draft2'
        ? view.dates.draft2ApprovedAt
        : view.dates.finalAt;
  return topicDocument({
    title: view.topic.title,
    year: view.topic.year,
    quarter: view.topic.quarter,
    round: text.round,
    html: text.html,
    date: dayOf(date),
    ...(await unitAndParent(db, view.topic.cellId)),
    preparers: view.preparers.map((p) => p.name),
    resolution:
      view.topic.kind === 'resolution' && view.status === 'final'
        ? {
            number: view.dates.finalNumber,
            secretaryName: await currentSecretary(db, view.topic.cellId),
            vote: await adoptingVote(db, topicId),
          }
        : undefined,
  });
}

/** The comment-disposition table of a topic, for anyone who may read the topic. */
export async function dispositionDocumentFor(db: Kysely<DB>, actor: Actor, topicId: string) {
  const view = await getPreparation(db, actor, topicId);
  return dispositionDocument({
    title: view.topic.title,
    date: todayInVietnam(),
    ...(await unitAndParent(db, view.topic.cellId)),
    preparers: view.preparers.map((p) => p.name),
    sentTo: view.expectedReaderCount,
    comments: view.comments.map((c) => ({
      personName: c.personName,
      quote: c.quote,
      body: c.body,
      disposition: c.disposition,
      explanation: c.explanation,
    })),
  });
}

/** A meeting's minutes as they stand in the minute book, for anyone who may read the meeting. */
export async function minutesDocumentFor(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (!m.minutes) throw new AppError('MINUTES_MISSING');
  const { cell, parent } = await unitAndParent(db, m.cellId);
  return minutesDocument({
    cell,
    parent,
    heldOn: m.heldOn,
    topicTitle: m.topic?.title ?? null,
    number: m.minutes.number,
    text: m.minutes.text,
    chair: m.chair?.name ?? null,
    minuteTaker: m.minuteTaker?.name ?? null,
    signed: m.minutes.lockedAt !== null,
    textHash: m.minutes.textHash,
    addenda: m.minutes.addenda.map((a) => ({ addedAt: a.addedAt, text: a.text, by: a.addedByName })),
  });
}

/** The notice of a meeting, once sent, for anyone who may read the meeting. */
export async function noticeDocumentFor(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (!m.noticeSentAt) throw new AppError('MEETING_NOTICE_NOT_SENT');
  const { cell, parent } = await unitAndParent(db, m.cellId);
  const presenters = m.topic
    ? (
        await db
          .selectFrom('plan_topic_preparer as tp')
          .innerJoin('person as p', 'p.id', 'tp.person_id')
          .select('p.full_name')
          .where('tp.topic_id', '=', m.topic.id)
          .execute()
      ).map((p) => p.full_name)
    : [];
  return noticeDocument({
    cell,
    parent,
    number: m.noticeNumber,
    sentOn: dayOf(m.noticeSentAt),
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    place: m.place,
    kind: m.kind,
    topicTitle: m.topic?.title ?? null,
    presenters,
    secretaryName: m.chair?.name ?? null,
  });
}

/** The secretary in office today, who signs for the cell. */
async function currentSecretary(db: Kysely<DB>, cellId: string) {
  const today = todayInVietnam();
  const row = await db
    .selectFrom('role_assignment as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select('p.full_name')
    .where('r.unit_id', '=', cellId)
    .where('r.role', '=', 'secretary')
    .where('r.started_on', '<=', today)
    .where((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', today)]))
    .executeTakeFirst();
  return row?.full_name ?? null;
}

/** The report of one ended meeting to the committee: preparation, conduct, results. */
export async function meetingReportFor(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (m.status !== 'ended') throw new AppError('MINUTES_MEETING_NOT_ENDED');
  const issued = await findIssued(db, m.cellId, { kind: 'meeting_report', meetingId });
  if (issued) return frozen(issued);
  const [unit, secretaryName, prep, readers, comments, preparers] = await Promise.all([
    unitAndParent(db, m.cellId),
    currentSecretary(db, m.cellId),
    m.topic ? prepStore.findPreparation(db, m.topic.id) : undefined,
    m.topic ? prepStore.listReaders(db, m.topic.id) : [],
    m.topic ? prepStore.listComments(db, m.topic.id) : [],
    m.topic ? prepStore.listPreparers(db, m.topic.id) : [],
  ]);
  const draft1 = readers.filter((r) => r.round === 'draft1');
  const count = (k: string) => comments.filter((c) => c.disposition === k).length;
  return meetingReport({
    ...unit,
    secretaryName,
    today: todayInVietnam(),
    topicTitle: m.topic?.title ?? null,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    place: m.place,
    chair: m.chair?.name ?? null,
    minuteTaker: m.minuteTaker?.name ?? null,
    delegates: m.guests
      .filter((g) => g.kind === 'delegate')
      .map((g) => [g.fullName, g.title, g.unitName].filter(Boolean).join(', ')),
    presenters: preparers.map((p) => p.full_name),
    preparation: prep
      ? {
          draft1ApprovedOn: dayOf(prep.draft1_approved_at),
          sentTo: draft1.length,
          opened: draft1.filter((r) => r.opened_at).length,
          comments: comments.length,
          commenters: new Set(comments.map((c) => c.person_id)).size,
          accepted: count('accepted'),
          partlyAccepted: count('partly_accepted'),
          notAccepted: count('not_accepted'),
          draft2ApprovedOn: dayOf(prep.draft2_approved_at),
        }
      : null,
    counts: m.counts,
    thematicMinutes: m.thematicMinutes,
    hoChiMinh: m.topic?.kind === 'ho_chi_minh',
    speeches: m.speeches.filter((s) => s.status === 'done').length,
    conclusion: m.conclusion,
    votes: m.votes.map((v) => ({ subject: v.subject, for: v.for, base: v.base, passed: v.passed })),
    tasks: m.tasks.map((t) => ({ title: t.title, owner: t.ownerName, dueOn: t.dueOn })),
    evaluation: m.evaluation,
  });
}

/** A quarter's progress report (seed 001) or the year's report of a cell's thematic meetings. */
export async function periodReportFor(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  quarter: number | null,
) {
  const book = await minuteBook(db, actor, cellId, { year });
  const issued = await findIssued(db, cellId, { kind: 'period_report', year, quarter });
  if (issued) return frozen(issued);
  const plan = await planStore.findPlanOfCell(db, cellId, year);
  const detail = plan ? await getPlanDetail(db, actor, plan.id) : undefined;
  const inPeriod = (date: string) => quarter === null || Math.ceil(Number(date.slice(5, 7)) / 3) === quarter;
  const ended = book.meetings.filter((m) => m.status === 'ended' && inPeriod(m.heldOn));
  const attendance = ended.length
    ? await db
        .selectFrom('meeting_attendance')
        .select((eb) => [
          'meeting_id',
          eb.fn.sum<number>(eb.case().when('state', '=', 'present').then(1).else(0).end()).as('present'),
          eb.fn
            .sum<number>(
              eb
                .case()
                .when('member_status', 'in', ['official', 'probationary'])
                .then(1)
                .when(eb.and([eb('member_status', '=', 'exempt'), eb('state', '=', 'present')]))
                .then(1)
                .else(0)
                .end(),
            )
            .as('expected'),
        ])
        .where(
          'meeting_id',
          'in',
          ended.map((m) => m.id),
        )
        .groupBy('meeting_id')
        .execute()
    : [];
  const [unit, secretaryName, stats, followUp] = await Promise.all([
    unitAndParent(db, cellId),
    currentSecretary(db, cellId),
    quarter === null ? meetingStats(db, actor, cellId, year) : Promise.resolve({ members: [] }),
    cellTasks(db, actor, cellId, year),
  ]);
  const tasks = followUp.tasks.filter((t) => inPeriod(t.meeting.heldOn));
  return periodReport({
    ...unit,
    secretaryName,
    today: todayInVietnam(),
    year,
    quarter,
    topics: (detail?.topics ?? [])
      .filter((t) => quarter === null || t.quarter === quarter)
      .map((t) => ({
        quarter: t.quarter,
        title: t.title,
        preparers: t.preparers.map((p) => p.full_name),
        stepsDone: t.progress?.filter((p) => p.state === 'done').length ?? 0,
        overdue: (t.progress ?? []).filter((p) => p.state === 'overdue').map((p) => p.step),
        final: t.preparationStatus === 'final',
      })),
    meetings: [...ended]
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
      .map((m) => {
        const a = attendance.find((r) => r.meeting_id === m.id);
        return {
          heldOn: m.heldOn,
          topicTitle: m.topicTitle,
          present: Number(a?.present ?? 0),
          expected: Number(a?.expected ?? 0),
          minutesNumber: m.minutesNumber,
        };
      }),
    members: stats.members,
    tasks: {
      counts: countTasks(tasks),
      overdue: tasks
        .filter((t) => t.overdue)
        .map((t) => ({ title: t.title, owner: t.owner?.name ?? null, dueOn: t.dueOn })),
    },
  });
}

/**
 * The interim or final review of a resolution: the secretary's draft (number blank) or the issued report, for
 * whoever may read the review (view.ts: the draft only for the cell's secretary or deputy).
 */
export async function reviewDocumentFor(db: Kysely<DB>, actor: Actor, reviewId: string) {
  const r = await getReview(db, actor, reviewId);
  const issued = await findIssued(db, r.topic.cellId, { kind: 'review', reviewId });
  if (issued) return frozen(issued);
  return reviewDocument({
    kind: r.kind,
    number: r.number,
    date: r.issuedOn ?? todayInVietnam(),
    ...(await unitAndParent(db, r.topic.cellId)),
    secretaryName: await currentSecretary(db, r.topic.cellId),
    resolution: { title: r.topic.title, number: r.resolution.number, issuedOn: r.resolution.issuedOn },
    texts: { results: r.results, shortcomings: r.shortcomings, lessons: r.lessons, nextSteps: r.nextSteps },
    tasks: r.tasks.map((t) => ({ ...t, owner: t.owner?.name ?? null })),
    counts: r.taskCounts,
  });
}

/** The vote that adopted a resolution topic: the latest passed vote at an ended meeting on the topic. */
async function adoptingVote(db: Kysely<DB>, topicId: string) {
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

const TOPIC_STATE: Record<string, string> = {
  final: 'đã hoàn chỉnh',
  presented: 'đã trình bày tại sinh hoạt',
};

/** A member's year in thematic meetings, for the year-end review (who may read it: mayReadScorecard). */
export async function scorecardFor(db: Kysely<DB>, actor: Actor, personId: string, year: number) {
  const person = await db.selectFrom('person').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'members.read', person.unit_id);
  if (!mayReadScorecard(actor, person.id, chain)) throw new AppError('FORBIDDEN');
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [attendance, spoke, reading, comments, topics, tasks, unit, secretaryName] = await Promise.all([
    db
      .selectFrom('meeting_attendance as a')
      .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
      .select('a.state')
      .where('a.person_id', '=', personId)
      .where('m.status', '=', 'ended')
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to)
      .execute(),
    db
      .selectFrom('meeting_speech as s')
      .innerJoin('meeting as m', 'm.id', 's.meeting_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('s.person_id', '=', personId)
      .where('s.status', '=', 'done')
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('topic_reader as r')
      .innerJoin('plan_topic as t', 't.id', 'r.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['r.opened_at'])
      .where('r.person_id', '=', personId)
      .where('p.year', '=', year)
      .execute(),
    db
      .selectFrom('topic_comment as c')
      .innerJoin('plan_topic as t', 't.id', 'c.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['c.topic_id'])
      .where('c.person_id', '=', personId)
      .where('p.year', '=', year)
      .execute(),
    db
      .selectFrom('plan_topic_preparer as tp')
      .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .leftJoin('topic_preparation as prep', 'prep.topic_id', 't.id')
      // The secretary's evaluation of the preparers at the topic's meeting (seed 001), for the year-end review.
      .leftJoin('meeting as m', (join) => join.onRef('m.topic_id', '=', 't.id').on('m.status', '=', 'ended'))
      .leftJoin('meeting_evaluation as e', 'e.meeting_id', 'm.id')
      .select(['t.id', 't.title', 'prep.status', 'e.preparer as remark'])
      .where('tp.person_id', '=', personId)
      .where('p.year', '=', year)
      .orderBy('t.quarter')
      .orderBy('m.held_on')
      .execute(),
    tasksOfPerson(db, personId, year),
    unitAndParent(db, person.unit_id),
    currentSecretary(db, person.unit_id),
  ]);
  const count = (state: string) => attendance.filter((a) => a.state === state).length;
  return scorecardDocument({
    year,
    member: { name: person.full_name, status: person.status },
    ...unit,
    secretaryName,
    today: todayInVietnam(),
    meetings: {
      held: attendance.length,
      present: count('present'),
      absentExcused: count('absent_excused'),
      absentUnexcused: count('absent_unexcused'),
      spoke: Number(spoke.n),
    },
    drafts: {
      received: reading.length,
      opened: reading.filter((r) => r.opened_at).length,
      commentedOn: new Set(comments.map((c) => c.topic_id)).size,
      comments: comments.length,
    },
    // A topic held at several meetings appears once, with the latest evaluation written.
    topics: [...new Map(topics.map((t) => [t.id, t])).values()].map((t) => ({
      title: t.title,
      status: TOPIC_STATE[t.status ?? ''] ?? 'đang chuẩn bị',
      remark: topics.filter((x) => x.id === t.id && x.remark).at(-1)?.remark ?? null,
    })),
    tasks: tasks.map((k) => ({ title: k.title, dueOn: k.dueOn, state: k.state, doneLate: k.doneLate })),
  });
}

/** Issues the report of an ended meeting to the committee above (the secretary or deputy). */
export async function issueMeetingReport(db: Kysely<DB>, actor: Actor, meetingId: string) {
  return db.transaction().execute(async (trx) => {
    const m = await getMeeting(trx, actor, meetingId);
    await authorize(trx, actor, 'meeting.manage', m.cellId);
    const doc = await meetingReportFor(trx, actor, meetingId);
    return issueReport(
      trx,
      actor,
      { id: m.cellId, kind: 'cell' },
      { kind: 'meeting_report', meetingId },
      doc,
    );
  });
}

/** Issues the cell's quarterly or annual report, from the period's last month (issuing.ts). */
export async function issuePeriodReport(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  quarter: number | null,
) {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'meeting.manage', cellId);
    // A cell reports its thematic meetings; a committee's own reports are not these.
    if ((await getUnit(trx, cellId)).kind !== 'cell') throw new AppError('MEETING_NOT_CELL');
    if (!mayIssuePeriodReport(year, quarter, todayInVietnam())) throw new AppError('REPORT_PERIOD_NOT_DUE');
    const doc = await periodReportFor(trx, actor, cellId, year, quarter);
    return issueReport(
      trx,
      actor,
      { id: cellId, kind: 'cell' },
      { kind: 'period_report', year, quarter },
      doc,
    );
  });
}

/** The reports a cell issued in a year, for the cell and the committees above. */
export async function issuedReports(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  const chain = await authorize(db, actor, 'meeting.read', cellId);
  const reports = (await listIssued(db, cellId, year)).map((r) => ({
    id: r.id,
    subject: r.subject,
    number: r.number,
    title: r.title,
    issuedOn: r.issued_on,
    issuedBy: r.issued_by_name,
  }));
  return { reports, mayIssue: isAllowed(actor, 'meeting.manage', chain) };
}

/** An issued report, as it was issued, for anyone who reads the unit's meetings. */
export async function issuedDocumentFor(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await db.selectFrom('issued_document').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  await authorize(db, actor, 'meeting.read', row.unit_id);
  return frozen(row);
}
