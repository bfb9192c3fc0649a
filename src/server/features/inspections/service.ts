import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { inspectionConclusionDocument } from '#documents/inspection-conclusion-document.ts';
import { issuedDocumentJson, parseIssuedDocument } from '#documents/issued-document.ts';
import type { PartyDocument } from '#documents/party-document.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import {
  allRequestsClosed,
  dueDateIssue,
  type InspectionKind,
  isInspectionChangeAllowed,
  isRequestChangeAllowed,
  plannedDateIssue,
  visitDateIssue,
} from '#domain/inspections/inspections.ts';
import { isQualityLevel, type QualityLevel } from '#domain/quality/rubric.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize, unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import type { ErrorCode } from '../../http/messages.ts';
import { notify } from '../../notifications/notify.ts';
import { committeeSignatureAt } from '../numbering/index.ts';
import { getUnit, letterheadData } from '../orgs/index.ts';
import { cellPeriodLevel } from '../quality/index.ts';
import { type LoadedInspection, loadInspection, readsAsCommittee } from './access.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface PlanInput {
  cellId: string;
  kind: InspectionKind;
  content: string;
  plannedOn: LocalDate;
  teamIds: string[];
}

export interface VisitInput {
  visitedOn: LocalDate;
  visitorIds: string[];
  findings: string;
  assessment?: string | null;
  rubricLevel?: QualityLevel | null;
}

export interface ConclusionInput {
  conclusion: string;
  requests: { text: string; dueOn: LocalDate }[];
}

export interface AnswerInput {
  answer: string;
  answeredOn: LocalDate;
}

export interface ReviewInput {
  decision: 'close' | 'ask_again';
  note?: string | null;
}

/**
 * A unit's inspections. For a committee: those it and the committees under it planned (its inspectors,
 * officers, committee members and those above). For a cell: all of its inspections to the committees above it;
 * to the cell's own people only those whose conclusion is issued (the plan and draft findings are the
 * committee's working papers).
 */
export async function getInspectionsOf(db: Kysely<DB>, actor: Actor, unitId: string, year: number | null) {
  const unit = await getUnit(db, unitId);
  if (unit.kind === 'group') throw new AppError('NOT_FOUND');
  if (unit.kind === 'committee') {
    const chain = await authorize(db, actor, 'inspection.read', unitId);
    const rows = await store.listUnderCommittee(db, unitId, year);
    const today = todayInVietnam();
    const people = isAllowed(actor, 'inspection.manage', chain)
      ? await store.listCommitteePeople(db, unitId, today)
      : [];
    const cells = isAllowed(actor, 'inspection.manage', chain) ? await store.listCellsUnder(db, unitId) : [];
    return { unit, rows, canPlan: isAllowed(actor, 'inspection.manage', chain), people, cells };
  }
  const chain = await unitChain(db, unitId);
  const asCommittee = readsAsCommittee(actor, chain);
  if (!asCommittee) await authorize(db, actor, 'inspection.read_own', unitId);
  const rows = await store.listOfCell(db, unitId, { issuedOnly: !asCommittee, year });
  return { unit, rows, canPlan: false, people: [], cells: [] };
}

/** Holds a role today in the committee (its inspectors, officers, committee members…), else 400 on the field. */
async function requireCommitteePeople(trx: Trx, committeeId: string, ids: readonly string[], field: string) {
  const people = new Set(
    (await store.listCommitteePeople(trx, committeeId, todayInVietnam())).map((p) => p.id),
  );
  if (ids.some((id) => !people.has(id)))
    throw new AppError('VALIDATION_FAILED', { [field]: 'INSPECTION_PERSON_NOT_OF_COMMITTEE' });
}

/**
 * The committee's inspectors or officers plan an inspection or supervision of one of its cells (seed 002:
 * "thường xuyên kiểm tra, nhắc nhở các chi bộ"): what, when, and the team from the committee's people. One
 * inspection per cell and planned date (409).
 */
export async function planInspection(db: Kysely<DB>, actor: Actor, committeeId: string, input: PlanInput) {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'inspection.manage', committeeId);
    const committee = await getUnit(trx, committeeId);
    if (committee.kind !== 'committee') throw new AppError('INSPECTION_NOT_COMMITTEE');
    const cellChain = await unitChain(trx, input.cellId);
    const cell = cellChain.length > 0 ? await getUnit(trx, input.cellId) : null;
    if (cell?.kind !== 'cell' || !cellChain.slice(1).includes(committeeId))
      throw new AppError('VALIDATION_FAILED', { cellId: 'INSPECTION_CELL_NOT_UNDER' });
    const year = Number(input.plannedOn.slice(0, 4));
    const dateIssue = plannedDateIssue(year, input.plannedOn);
    if (dateIssue) throw new AppError('VALIDATION_FAILED', { plannedOn: `INSPECTION_${dateIssue}` });
    await requireCommitteePeople(trx, committeeId, input.teamIds, 'teamIds');
    if (await store.findByCellAndDate(trx, input.cellId, input.plannedOn))
      throw new AppError('INSPECTION_ALREADY_PLANNED');
    const now = nowIso();
    const row: DB['inspection'] = {
      id: newId(),
      committee_id: committeeId,
      cell_id: input.cellId,
      year,
      kind: input.kind,
      content: input.content.normalize('NFC'),
      planned_on: input.plannedOn,
      created_by: actor.personId,
      created_at: now,
      visited_on: null,
      findings: null,
      assessment: null,
      rubric_level: null,
      visit_recorded_by: null,
      conclusion: null,
      conclusion_number: null,
      conclusion_issued_on: null,
      conclusion_issued_by: null,
      conclusion_document_json: null,
      closed_on: null,
      updated_at: now,
    };
    await store.insertInspection(trx, row);
    await store.replacePeople(trx, row.id, 'team', input.teamIds);
    await recordAudit(trx, actor, {
      action: 'inspection.plan',
      entityType: 'inspection',
      entityId: row.id,
      unitId: committeeId,
      after: { ...row, teamIds: input.teamIds },
    });
    return row.id;
  });
}

function requireManage(loaded: LoadedInspection) {
  if (!loaded.canManage) throw new AppError('FORBIDDEN');
}

export type PlanEditInput = Omit<PlanInput, 'cellId'>;

/**
 * The committee corrects a plan (what, kind, when, the team) until the conclusion is issued; the cell stays the
 * same (a different cell is a different inspection). Audited with the plan before and after.
 */
export async function editPlan(db: Kysely<DB>, actor: Actor, id: string, input: PlanEditInput) {
  await db.transaction().execute(async (trx) => {
    const loaded = await loadInspection(trx, actor, id);
    requireManage(loaded);
    if (!isInspectionChangeAllowed(loaded.status, 'edit_plan')) throw new AppError('INSPECTION_CONCLUDED');
    const i = loaded.inspection;
    const year = Number(input.plannedOn.slice(0, 4));
    const dateIssue = plannedDateIssue(year, input.plannedOn);
    if (dateIssue) throw new AppError('VALIDATION_FAILED', { plannedOn: `INSPECTION_${dateIssue}` });
    await requireCommitteePeople(trx, i.committee_id, input.teamIds, 'teamIds');
    const same = await store.findByCellAndDate(trx, i.cell_id, input.plannedOn);
    if (same && same.id !== id) throw new AppError('INSPECTION_ALREADY_PLANNED');
    const before = (await store.listPeople(trx, [id]))
      .filter((p) => p.part === 'team')
      .map((p) => p.person_id);
    const patch: Partial<DB['inspection']> = {
      year,
      kind: input.kind,
      content: input.content.normalize('NFC'),
      planned_on: input.plannedOn,
      updated_at: nowIso(),
    };
    await store.updateInspection(trx, id, patch);
    await store.replacePeople(trx, id, 'team', input.teamIds);
    await recordAudit(trx, actor, {
      action: 'inspection.edit_plan',
      entityType: 'inspection',
      entityId: id,
      unitId: i.committee_id,
      before: { year: i.year, kind: i.kind, content: i.content, planned_on: i.planned_on, teamIds: before },
      after: { ...patch, teamIds: input.teamIds },
    });
  });
}

/** The committee withdraws a planned inspection before its visit is recorded (409 after); audited with the plan. */
export async function deletePlan(db: Kysely<DB>, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const loaded = await loadInspection(trx, actor, id);
    requireManage(loaded);
    if (!isInspectionChangeAllowed(loaded.status, 'delete_plan'))
      throw new AppError(loaded.status === 'visited' ? 'INSPECTION_VISITED' : 'INSPECTION_CONCLUDED');
    const i = loaded.inspection;
    const team = (await store.listPeople(trx, [id])).map((p) => p.person_id);
    await store.deleteInspection(trx, id);
    await recordAudit(trx, actor, {
      action: 'inspection.delete_plan',
      entityType: 'inspection',
      entityId: id,
      unitId: i.committee_id,
      before: {
        cell_id: i.cell_id,
        year: i.year,
        kind: i.kind,
        content: i.content,
        planned_on: i.planned_on,
        teamIds: team,
      },
    });
  });
}

/** The inspectors record the visit (who went, the date, findings, assessment); corrected until the conclusion is issued. */
export async function recordVisit(db: Kysely<DB>, actor: Actor, id: string, input: VisitInput) {
  await db.transaction().execute(async (trx) => {
    const loaded = await loadInspection(trx, actor, id);
    requireManage(loaded);
    if (!isInspectionChangeAllowed(loaded.status, 'record_visit')) throw new AppError('INSPECTION_CONCLUDED');
    const issue = visitDateIssue(input.visitedOn, todayInVietnam());
    if (issue) throw new AppError('VALIDATION_FAILED', { visitedOn: `INSPECTION_${issue}` });
    await requireCommitteePeople(trx, loaded.inspection.committee_id, input.visitorIds, 'visitorIds');
    const patch: Partial<DB['inspection']> = {
      visited_on: input.visitedOn,
      findings: input.findings.normalize('NFC'),
      assessment: input.assessment?.normalize('NFC') ?? null,
      rubric_level: input.rubricLevel ?? null,
      visit_recorded_by: actor.personId,
      updated_at: nowIso(),
    };
    await store.updateInspection(trx, id, patch);
    await store.replacePeople(trx, id, 'visitor', input.visitorIds);
    await recordAudit(trx, actor, {
      action: 'inspection.visit',
      entityType: 'inspection',
      entityId: id,
      unitId: loaded.inspection.committee_id,
      before: {
        visited_on: loaded.inspection.visited_on,
        findings: loaded.inspection.findings,
        assessment: loaded.inspection.assessment,
        rubric_level: loaded.inspection.rubric_level,
      },
      after: { ...patch, visitorIds: input.visitorIds },
    });
  });
}

async function buildConclusion(
  db: Kysely<DB> | Trx,
  loaded: LoadedInspection,
  conclusion: string,
  requests: { text: string; dueOn: string }[],
  stamp: { number: number | null; issuedOn: string | null },
): Promise<PartyDocument> {
  const i = loaded.inspection;
  const letterhead = await letterheadData(db, i.committee_id);
  // Signed by the committee's signer as set today: the conclusion is frozen with it when issued.
  const signer = await committeeSignatureAt(db, i.committee_id);
  const people = await store.listPeople(db, [i.id]);
  const visitors = people.filter((p) => p.part === 'visitor');
  const team = (visitors.length > 0 ? visitors : people.filter((p) => p.part === 'team')).map(
    (p) => p.full_name,
  );
  return inspectionConclusionDocument({
    committee: letterhead.cell,
    parent: letterhead.parent,
    cellName: i.cell_name,
    kind: i.kind,
    content: i.content,
    number: stamp.number,
    issuedOn: stamp.issuedOn,
    visitedOn: i.visited_on,
    team,
    findings: i.findings,
    assessment: i.assessment,
    rubricLevel: isQualityLevel(i.rubric_level) ? i.rubric_level : null,
    conclusion,
    requests,
    signer,
  });
}

/**
 * The conclusion with its requests to the cell, each with a deadline, issued as the committee's "Thông báo kết
 * luận": the next TB number of the committee, today's date, the document frozen as issued. The cell's secretary
 * and deputy are told; from now on the cell sees the inspection.
 */
export async function issueConclusion(db: Kysely<DB>, actor: Actor, id: string, input: ConclusionInput) {
  await db.transaction().execute(async (trx) => {
    const loaded = await loadInspection(trx, actor, id);
    requireManage(loaded);
    if (loaded.status === 'planned') throw new AppError('INSPECTION_NOT_VISITED');
    if (!isInspectionChangeAllowed(loaded.status, 'issue_conclusion'))
      throw new AppError('INSPECTION_CONCLUDED');
    const today = todayInVietnam();
    const fields: Record<string, ErrorCode> = {};
    input.requests.forEach((r, n) => {
      const issue = dueDateIssue(r.dueOn, today);
      if (issue) fields[`requests.${n}.dueOn`] = `INSPECTION_${issue}`;
    });
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', fields);
    const i = loaded.inspection;
    const number = await nextDocumentNumber(trx, { unitId: i.committee_id, kind: 'TB', issuedOn: today });
    const conclusion = input.conclusion.normalize('NFC');
    const requests = input.requests.map((r) => ({ text: r.text.normalize('NFC'), dueOn: r.dueOn }));
    const doc = await buildConclusion(trx, loaded, conclusion, requests, { number, issuedOn: today });
    const now = nowIso();
    const patch: Partial<DB['inspection']> = {
      conclusion,
      conclusion_number: number,
      conclusion_issued_on: today,
      conclusion_issued_by: actor.personId,
      conclusion_document_json: issuedDocumentJson(doc),
      closed_on: requests.length === 0 ? today : null,
      updated_at: now,
    };
    await store.updateInspection(trx, id, patch);
    await store.insertRequests(
      trx,
      requests.map((r, position) => ({
        id: newId(),
        inspection_id: id,
        position,
        text: r.text,
        due_on: r.dueOn,
        status: 'open' as const,
        answer: null,
        answered_on: null,
        answered_by: null,
        review_note: null,
        closed_on: null,
        closed_by: null,
        updated_at: now,
      })),
    );
    await notify(trx, {
      kind: 'inspection_concluded',
      unitId: i.cell_id,
      recipients: { roles: ['secretary', 'deputy'] },
      exceptPersonId: actor.personId,
      params: { committee: i.committee_name, number, requests: requests.length },
      link: `/inspections/${id}`,
    });
    await recordAudit(trx, actor, {
      action: 'inspection.conclude',
      entityType: 'inspection',
      entityId: id,
      unitId: i.committee_id,
      after: { ...patch, conclusion_document_json: undefined, requests },
    });
  });
}

async function loadRequest(trx: Trx, actor: Actor, requestId: string) {
  const request = await store.findRequest(trx, requestId);
  if (!request) throw new AppError('NOT_FOUND');
  const loaded = await loadInspection(trx, actor, request.inspection_id);
  return { request, loaded };
}

/** The cell's secretary or deputy answers a request of the conclusion (what was done, when); the team is told. */
export async function answerRequest(db: Kysely<DB>, actor: Actor, requestId: string, input: AnswerInput) {
  await db.transaction().execute(async (trx) => {
    const { request, loaded } = await loadRequest(trx, actor, requestId);
    if (!loaded.canAnswer) throw new AppError('FORBIDDEN');
    if (!isRequestChangeAllowed(request.status, 'answer')) throw new AppError('INSPECTION_REQUEST_CLOSED');
    if (input.answeredOn > todayInVietnam())
      throw new AppError('VALIDATION_FAILED', { answeredOn: 'INSPECTION_ANSWER_IN_FUTURE' });
    const patch: Partial<DB['inspection_request']> = {
      status: 'answered',
      answer: input.answer.normalize('NFC'),
      answered_on: input.answeredOn,
      answered_by: actor.personId,
      updated_at: nowIso(),
    };
    await store.updateRequest(trx, requestId, patch);
    const i = loaded.inspection;
    const team = (await store.listPeople(trx, [i.id])).map((p) => p.person_id);
    await notify(trx, {
      kind: 'inspection_answered',
      unitId: i.cell_id,
      recipients: { personIds: [...new Set(team)] },
      exceptPersonId: actor.personId,
      params: { cell: i.cell_name, request: request.text },
      link: `/inspections/${i.id}`,
    });
    await recordAudit(trx, actor, {
      action: 'inspection.answer',
      entityType: 'inspection_request',
      entityId: requestId,
      unitId: i.cell_id,
      before: { status: request.status, answer: request.answer, answered_on: request.answered_on },
      after: patch,
    });
  });
}

/**
 * The committee closes an answered request, or asks again (back to open, with its word); the inspection
 * closes when every request is closed. Asked again, the cell's secretary and deputy are told.
 */
export async function reviewRequest(db: Kysely<DB>, actor: Actor, requestId: string, input: ReviewInput) {
  await db.transaction().execute(async (trx) => {
    const { request, loaded } = await loadRequest(trx, actor, requestId);
    requireManage(loaded);
    if (!isRequestChangeAllowed(request.status, input.decision))
      throw new AppError(
        request.status === 'open' ? 'INSPECTION_REQUEST_NOT_ANSWERED' : 'INSPECTION_REQUEST_CLOSED',
      );
    if (input.decision === 'ask_again' && !input.note)
      throw new AppError('VALIDATION_FAILED', { note: 'INSPECTION_NOTE_REQUIRED' });
    const today = todayInVietnam();
    const patch: Partial<DB['inspection_request']> =
      input.decision === 'close'
        ? { status: 'closed', closed_on: today, closed_by: actor.personId, updated_at: nowIso() }
        : { status: 'open', review_note: input.note?.normalize('NFC') ?? null, updated_at: nowIso() };
    if (input.decision === 'close' && input.note) patch.review_note = input.note.normalize('NFC');
    await store.updateRequest(trx, requestId, patch);
    const i = loaded.inspection;
    const after = loaded.requests.map((r) => (r.id === requestId ? { status: patch.status ?? r.status } : r));
    if (allRequestsClosed(after))
      await store.updateInspection(trx, i.id, { closed_on: today, updated_at: nowIso() });
    if (input.decision === 'ask_again')
      await notify(trx, {
        kind: 'inspection_asked_again',
        unitId: i.cell_id,
        recipients: { roles: ['secretary', 'deputy'] },
        exceptPersonId: actor.personId,
        params: { committee: i.committee_name, request: request.text },
        link: `/inspections/${i.id}`,
      });
    await recordAudit(trx, actor, {
      action: input.decision === 'close' ? 'inspection.close_request' : 'inspection.ask_again',
      entityType: 'inspection_request',
      entityId: requestId,
      unitId: i.committee_id,
      before: { status: request.status, review_note: request.review_note },
      after: patch,
    });
  });
}

/**
 * The "Thông báo kết luận": as issued (frozen) once issued; before, the committee's draft from the current
 * findings, unnumbered (the cell cannot see it then).
 */
export async function conclusionDocumentFor(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<PartyDocument> {
  const loaded = await loadInspection(db, actor, id);
  const i = loaded.inspection;
  if (i.conclusion_document_json) return parseIssuedDocument(i.conclusion_document_json);
  if (!loaded.canManage) throw new AppError('FORBIDDEN');
  return buildConclusion(db, loaded, i.conclusion ?? '', [], { number: null, issuedOn: null });
}

/**
 * The level the rubric proposes for the visit's assessment (seed 004: the committee's "tiêu chí đánh giá chất lượng
 * sinh hoạt chi bộ"): the confirmed scores of the cell's meetings in the inspected period — from the start of the
 * inspection's year to the visit (or to today, before it) — combined (quality/periodLevel). The team may keep it or
 * pick another level; shown to the committee's side only.
 */
export async function proposedRubricLevel(db: Kysely<DB>, loaded: LoadedInspection) {
  if (!loaded.canManage) return null;
  const i = loaded.inspection;
  const to = i.visited_on ?? todayInVietnam();
  const from = `${i.year}-01-01`;
  if (to < from) return { level: null, meetings: 0, from, to };
  return { ...(await cellPeriodLevel(db, i.cell_id, from, to)), from, to };
}
