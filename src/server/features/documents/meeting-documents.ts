import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { minutesDocument } from '#documents/minutes-document.ts';
import { noticeDocument } from '#documents/notice-document.ts';
import { meetingReport } from '#documents/report-documents.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { AppError } from '../../http/app-error.ts';
import { findIssued, frozen } from '../../issuing/store.ts';
import { getMeeting, type MeetingView } from '../meetings/index.ts';
import { listPreparers, preparationReportData } from '../preparation/index.ts';
import { currentSecretary, dayOf, letterhead, secretaryOn } from './letterhead.ts';

/** A meeting's minutes as they stand in the minute book, for anyone who may read the meeting. */
export async function minutesDocumentFor(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (!m.minutes) throw new AppError('MINUTES_MISSING');
  const { cell, parent } = await letterhead(db, m.cellId);
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

const presenterNames = async (db: Kysely<DB>, m: MeetingView) =>
  m.topic ? (await listPreparers(db, m.topic.id)).map((p) => p.full_name) : [];

/** The notice of a meeting, once sent, for anyone who may read the meeting. */
export async function noticeDocumentFor(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (!m.noticeSentAt) throw new AppError('MEETING_NOTICE_NOT_SENT');
  const { cell, parent } = await letterhead(db, m.cellId);
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
    presenters: await presenterNames(db, m),
    // The notice is the cell's, signed for it by its secretary (T/M CHI BỘ), not by the meeting's chair.
    secretaryName: await secretaryOn(db, m.cellId, dayOf(m.noticeSentAt) ?? todayInVietnam()),
    delegates: m.delegates.map((d) => [d.fullName, d.title, d.unitName].filter(Boolean).join(', ')),
    draftSentLate: m.draftLeadWarning,
  });
}

/** The report of one ended meeting to the committee: preparation, conduct, results. */
export async function meetingReportFor(db: Kysely<DB>, actor: Actor, meetingId: string) {
  const m = await getMeeting(db, actor, meetingId);
  if (m.status !== 'ended') throw new AppError('MINUTES_MEETING_NOT_ENDED');
  const issued = await findIssued(db, m.cellId, { kind: 'meeting_report', meetingId });
  if (issued) return frozen(issued);
  const [unit, secretaryName, prep, presenters] = await Promise.all([
    letterhead(db, m.cellId),
    currentSecretary(db, m.cellId),
    m.topic ? preparationReportData(db, m.topic.id) : null,
    presenterNames(db, m),
  ]);
  return meetingReport({
    ...unit,
    secretaryName,
    today: todayInVietnam(),
    topicTitle: m.topic?.title ?? null,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    startedAt: m.startedAt,
    place: m.place,
    chair: m.chair?.name ?? null,
    minuteTaker: m.minuteTaker?.name ?? null,
    delegates: [
      ...m.delegates.filter((d) => d.present),
      ...m.guests.filter((g) => g.kind === 'delegate'),
    ].map((g) => [g.fullName, g.title, g.unitName].filter(Boolean).join(', ')),
    presenters,
    preparation: prep && preparationSummary(prep),
    counts: m.counts,
    kind: m.kind,
    thematicMinutes: m.thematicMinutes,
    study: m.study && { minutes: m.study.minutes, required: m.study.required },
    speeches: m.speeches.filter((s) => s.status === 'done').length,
    conclusion: m.conclusion,
    votes: m.votes.map((v) => ({ subject: v.subject, for: v.for, base: v.base, passed: v.passed })),
    tasks: m.tasks.map((t) => ({ title: t.title, owner: t.ownerName, dueOn: t.dueOn })),
    checks: m.taskChecks.map((c) => ({
      title: c.title,
      owner: c.owner?.name ?? null,
      assignedOn: c.assignedAt.heldOn,
      status: c.check?.status ?? null,
      note: c.check?.note ?? null,
    })),
    evaluation: m.evaluation,
  });
}

function preparationSummary(prep: NonNullable<Awaited<ReturnType<typeof preparationReportData>>>) {
  const { draft1ApprovedAt, draft2ApprovedAt, ...counts } = prep;
  return { ...counts, draft1ApprovedOn: dayOf(draft1ApprovedAt), draft2ApprovedOn: dayOf(draft2ApprovedAt) };
}
