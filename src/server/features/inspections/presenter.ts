import { z } from '@hono/zod-openapi';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  INSPECTION_KINDS,
  type InspectionStatus,
  inspectionStatus,
  isInspectionChangeAllowed,
  isRequestLate,
} from '#domain/inspections/inspections.ts';
import { isQualityLevel, QUALITY_LEVELS, type QualityLevel } from '#domain/quality/rubric.ts';
import type { LoadedInspection } from './access.ts';
import type { getInspectionsOf } from './service.ts';
import type { InspectionRow, listPeople, RequestRow } from './store.ts';

const STATUSES = ['planned', 'visited', 'concluded', 'closed'] as const satisfies readonly InspectionStatus[];
const PersonRef = z.object({ id: z.string(), name: z.string() });

export const InspectionRequestSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    dueOn: z.string(),
    status: z.enum(['open', 'answered', 'closed']),
    /** Past its deadline and not answered. */
    late: z.boolean(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answeredByName: z.string().nullable(),
    reviewNote: z.string().nullable(),
    closedOn: z.string().nullable(),
  })
  .openapi('InspectionRequest');

export const InspectionSummarySchema = z
  .object({
    id: z.string(),
    committee: PersonRef,
    cell: PersonRef,
    year: z.number().int(),
    kind: z.enum(INSPECTION_KINDS),
    content: z.string(),
    plannedOn: z.string(),
    status: z.enum(STATUSES),
    visitedOn: z.string().nullable(),
    conclusionNumber: z.string().nullable(),
    conclusionIssuedOn: z.string().nullable(),
    requestCount: z.number().int(),
    openRequestCount: z.number().int(),
    lateRequestCount: z.number().int(),
    team: z.array(PersonRef),
  })
  .openapi('InspectionSummary');

export const InspectionSchema = InspectionSummarySchema.extend({
  visitors: z.array(PersonRef),
  findings: z.string().nullable(),
  assessment: z.string().nullable(),
  /** The visit's assessment against the quality rubric (the team's choice), null when none was given. */
  rubricLevel: z.enum(QUALITY_LEVELS).nullable(),
  /**
   * To the committee's side: the level the cell's confirmed meeting scores give over the inspected period (from
   * the start of the year to the visit, or to today), proposed for the visit; null to the cell.
   */
  proposedRubricLevel: z
    .object({
      level: z.enum(QUALITY_LEVELS).nullable(),
      meetings: z.number().int(),
      from: z.string(),
      to: z.string(),
    })
    .nullable(),
  conclusion: z.string().nullable(),
  closedOn: z.string().nullable(),
  requests: z.array(InspectionRequestSchema),
  /** Who of the committee may be on the team or a visitor (to those who manage it before the conclusion). */
  candidates: z.array(PersonRef),
  permissions: z.object({
    manage: z.boolean(),
    answer: z.boolean(),
    /** The plan may be corrected (until the conclusion) and withdrawn (until the visit is recorded). */
    editPlan: z.boolean(),
    deletePlan: z.boolean(),
  }),
}).openapi('Inspection');

export const InspectionListSchema = z
  .object({
    unitKind: z.enum(['cell', 'committee']),
    inspections: z.array(InspectionSummarySchema),
    /** To a committee's inspectors and officers: the cells they may plan for, the people for the team. */
    cells: z.array(PersonRef),
    people: z.array(PersonRef),
    permissions: z.object({ plan: z.boolean() }),
  })
  .openapi('InspectionList');

type People = Awaited<ReturnType<typeof listPeople>>;

/** "Số 03-TB/ĐU": the conclusion's number as printed. */
function numberText(n: number | null) {
  return n === null ? null : `${String(n).padStart(2, '0')}-TB/ĐU`;
}

export function presentRequest(r: RequestRow, today: string): z.infer<typeof InspectionRequestSchema> {
  return {
    id: r.id,
    text: r.text,
    dueOn: r.due_on,
    status: r.status,
    late: isRequestLate({ status: r.status, dueOn: r.due_on }, today),
    answer: r.answer,
    answeredOn: r.answered_on,
    answeredByName: r.answered_by_name,
    reviewNote: r.review_note,
    closedOn: r.closed_on,
  };
}

const peopleOf = (people: People, id: string, part: 'team' | 'visitor') =>
  people
    .filter((p) => p.inspection_id === id && p.part === part)
    .map((p) => ({ id: p.person_id, name: p.full_name }));

export function presentSummary(
  i: InspectionRow,
  requests: readonly RequestRow[],
  people: People,
  today: string,
): z.infer<typeof InspectionSummarySchema> {
  const mine = requests.filter((r) => r.inspection_id === i.id);
  return {
    id: i.id,
    committee: { id: i.committee_id, name: i.committee_name },
    cell: { id: i.cell_id, name: i.cell_name },
    year: Number(i.year),
    kind: i.kind,
    content: i.content,
    plannedOn: i.planned_on,
    status: inspectionStatus({ visitedOn: i.visited_on, issuedOn: i.conclusion_issued_on, requests: mine }),
    visitedOn: i.visited_on,
    conclusionNumber: numberText(i.conclusion_number === null ? null : Number(i.conclusion_number)),
    conclusionIssuedOn: i.conclusion_issued_on,
    requestCount: mine.length,
    openRequestCount: mine.filter((r) => r.status !== 'closed').length,
    lateRequestCount: mine.filter((r) => isRequestLate({ status: r.status, dueOn: r.due_on }, today)).length,
    team: peopleOf(people, i.id, 'team'),
  };
}

export function presentInspection(
  loaded: LoadedInspection,
  people: People,
  candidates: readonly { id: string; full_name: string }[],
  proposed: { level: QualityLevel | null; meetings: number; from: string; to: string } | null = null,
): z.infer<typeof InspectionSchema> {
  const today = todayInVietnam();
  const i = loaded.inspection;
  // Before the conclusion is issued only the committee's side reads it: its working papers are shown whole.
  const uniqueCandidates = [
    ...new Map(candidates.map((c) => [c.id, { id: c.id, name: c.full_name }])).values(),
  ];
  return {
    ...presentSummary(i, loaded.requests, people, today),
    visitors: peopleOf(people, i.id, 'visitor'),
    findings: i.findings,
    assessment: i.assessment,
    rubricLevel: isQualityLevel(i.rubric_level) ? i.rubric_level : null,
    proposedRubricLevel: proposed,
    conclusion: i.conclusion,
    closedOn: i.closed_on,
    requests: loaded.requests.map((r) => presentRequest(r, today)),
    candidates: uniqueCandidates,
    permissions: {
      manage: loaded.canManage && loaded.status !== 'closed',
      answer: loaded.canAnswer,
      editPlan: loaded.canManage && isInspectionChangeAllowed(loaded.status, 'edit_plan'),
      deletePlan: loaded.canManage && isInspectionChangeAllowed(loaded.status, 'delete_plan'),
    },
  };
}

export function presentList(
  data: Awaited<ReturnType<typeof getInspectionsOf>>,
  requests: readonly RequestRow[],
  people: People,
): z.infer<typeof InspectionListSchema> {
  const today = todayInVietnam();
  return {
    unitKind: data.unit.kind === 'committee' ? 'committee' : 'cell',
    inspections: data.rows.map((i) => presentSummary(i, requests, people, today)),
    cells: data.cells.map((c) => ({ id: c.id, name: c.name })),
    people: [...new Map(data.people.map((p) => [p.id, { id: p.id, name: p.full_name }])).values()],
    permissions: { plan: data.canPlan },
  };
}
