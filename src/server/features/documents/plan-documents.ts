import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { guidanceDocument } from '#documents/guidance-document.ts';
import { planDocument } from '#documents/plan-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { guidanceLists, readGuidance } from '../guidance/index.ts';
import { committeeSignatureAt } from '../numbering/index.ts';
import { getPlanDetail, legalBases } from '../plans/index.ts';
import { currentSecretary, letterhead } from './letterhead.ts';

/** The annual plan as an official document, for anyone who may read the plan. */
export async function planDocumentFor(db: Kysely<DB>, actor: Actor, planId: string) {
  const d = await getPlanDetail(db, actor, planId);
  const [{ parent }, secretaryName] = await Promise.all([
    letterhead(db, d.cell.id),
    currentSecretary(db, d.cell.id),
  ]);
  return planDocument({
    year: d.plan.year,
    number: d.plan.number,
    adoptedOn: d.plan.adopted_on,
    cell: { name: d.cell.name, place: d.cell.place },
    parent,
    legalBases: legalBases(d.plan),
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
    secretaryName,
  });
}

/** The committee's guidance letter, for the committee and everyone in the units it addresses. */
export async function guidanceDocumentFor(db: Kysely<DB>, actor: Actor, guidanceId: string) {
  const { guidance: g, committee } = await readGuidance(db, actor, guidanceId);
  // Signed as set when the letter was recorded: a later change of signer does not rewrite letters sent.
  const [{ parent }, signer] = await Promise.all([
    letterhead(db, committee.id),
    committeeSignatureAt(db, committee.id, g.created_at),
  ]);
  return guidanceDocument({
    referenceNumber: g.reference_number,
    issuedOn: g.issued_on,
    title: g.title,
    theme: g.theme,
    ...guidanceLists(g),
    planDeadline: g.plan_deadline,
    content: g.content,
    quarterReportDay: g.quarter_report_day,
    annualReportDueOn: g.annual_report_due_on,
    year: g.year,
    committee: { name: committee.name, place: committee.place },
    parent: parent ? { name: parent.name } : null,
    signer,
  });
}
