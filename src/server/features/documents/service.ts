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
import { topicDocument } from '#documents/topic-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { AppError } from '../../http/app-error.ts';
import { readGuidance } from '../guidance/service.ts';
import { getMeeting } from '../meetings/view.ts';
import { getPlanDetail } from '../plans/service.ts';
import { getVersion } from '../preparation/service.ts';
import { getPreparation } from '../preparation/view.ts';

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
