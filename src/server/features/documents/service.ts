import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { guidanceDocument } from '#documents/guidance-document.ts';
import type { PartyDocument } from '#documents/party-document.ts';
import { planDocument } from '#documents/plan-document.ts';
import { renderDocx } from '#documents/render-docx.ts';
import { renderHtml } from '#documents/render-html.ts';
import { renderPdf } from '#documents/render-pdf.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { readGuidance } from '../guidance/service.ts';
import { getPlanDetail } from '../plans/service.ts';

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
