import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { issuedDocumentJson, parseIssuedDocument } from '#documents/issued-document.ts';
import type { PartyDocument } from '#documents/party-document.ts';
import {
  type YearReviewData,
  yearReviewCellDocument,
  yearReviewMembersDocument,
} from '#documents/year-review-document.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import {
  aggregateYear,
  assessmentIssue,
  attendanceRate,
  DEFAULT_THRESHOLDS,
  effectiveThresholds,
  PARTICIPATION_LEVELS,
  type ParticipationFigures,
  type ParticipationLevel,
  type ParticipationThresholds,
  proposeLevel,
  quartersOfYear,
  thresholdIssues,
} from '#domain/year-review/participation.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { cellTasks } from '../follow-up/index.ts';
import { monthlyMeetingsUnder, yearMeetingFactsOfCell } from '../meetings/index.ts';
import { periodsInUnitDuring } from '../members/index.ts';
import { getUnit, letterheadData } from '../orgs/index.ts';
import { yearTopicFactsOfCell } from '../preparation/index.ts';
import { qualityLevelsUnder } from '../quality/index.ts';
import { secretaryNameOn } from '../roles/index.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

const Count = z.number().int().min(0);
const Percent = z.number().int().min(0).max(100);
export const ThresholdsSchema = z.object({
  active: z.object({
    attendance: Percent,
    maxUnexcused: Count.max(100),
    minContributions: Count.max(1000),
    maxLateTasks: Count.max(1000),
  }),
  satisfactory: z.object({ attendance: Percent, maxUnexcused: Count.max(100) }),
});

const LEVEL_NAME: Record<ParticipationLevel, string> = {
  active: 'Tích cực',
  satisfactory: 'Đạt',
  unsatisfactory: 'Chưa đạt',
};
const QUALITY_NAME: Record<string, string> = { good: 'Tốt', fair: 'Khá', average: 'Trung bình', poor: 'Kém' };

interface ThresholdsInUse {
  source: 'own' | 'inherited' | 'default';
  orgId: string | null;
  orgName: string | null;
  thresholds: ParticipationThresholds;
}

/** The thresholds a unit uses: its own, its nearest committee's, or the default (practice). */
async function thresholdsFor(db: Q, chain: readonly string[]): Promise<ThresholdsInUse> {
  const rows = (await store.thresholdsOf(db, chain)).map((r) => ({ ...r, orgId: r.org_id }));
  const row = effectiveThresholds(chain, rows);
  if (!row) return { source: 'default', orgId: null, orgName: null, thresholds: DEFAULT_THRESHOLDS };
  return {
    source: row.org_id === chain[0] ? 'own' : 'inherited',
    orgId: row.org_id,
    orgName: row.org_name,
    thresholds: ThresholdsSchema.parse(JSON.parse(row.thresholds)),
  };
}

/** A unit's thresholds as it reads them; a committee's officers may change them. */
export async function getThresholdsOf(db: Kysely<DB>, actor: Actor, unitId: string) {
  const chain = await authorize(db, actor, 'org.read', unitId);
  const unit = await getUnit(db, unitId);
  return {
    unitId,
    current: await thresholdsFor(db, chain),
    canEdit: unit.kind === 'committee' && isAllowed(actor, 'year_review.thresholds_write', chain),
  };
}

/** A committee's officer saves the thresholds its subtree's cells propose levels by (reviews already final keep theirs). */
export async function saveThresholds(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  thresholds: ParticipationThresholds,
) {
  await db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'year_review.thresholds_write', unitId);
    if ((await getUnit(trx, unitId)).kind !== 'committee') throw new AppError('YEAR_REVIEW_NOT_COMMITTEE');
    const issues = thresholdIssues(thresholds);
    if (Object.keys(issues).length > 0)
      throw new AppError('VALIDATION_FAILED', issues as Record<string, 'YEAR_REVIEW_THRESHOLDS_ORDER'>);
    const row = {
      org_id: unitId,
      thresholds: JSON.stringify(thresholds),
      updated_by: actor.personId,
      updated_at: nowIso(),
    };
    await store.upsertThresholds(trx, row);
    await recordAudit(trx, actor, {
      action: 'year_review.thresholds_save',
      entityType: 'year_review_threshold',
      entityId: unitId,
      unitId,
      after: row,
    });
  });
}

/** The cell to review: a visible cell (404 otherwise), checked for the action. */
async function loadCell(db: Q, actor: Actor, action: 'year_review.read', cellId: string) {
  const chain = await authorize(db, actor, action, cellId);
  const unit = await getUnit(db, cellId);
  if (unit.kind !== 'cell') throw new AppError('YEAR_REVIEW_NOT_CELL');
  return { chain, unit };
}

/** The days of the year a person was a member of the cell, when not the whole year. */
function spanInYear(periods: readonly { started_on: string; ended_on: string | null }[], year: number) {
  const first = periods.map((p) => p.started_on).sort()[0] ?? `${year}-01-01`;
  const ends = periods.map((p) => p.ended_on);
  const last = ends.includes(null) ? null : (ends as string[]).sort().at(-1);
  return {
    from: first > `${year}-01-01` ? first : null,
    to: last && last <= `${year}-12-31` ? last : null,
  };
}

const ddmmyyyy = (d: LocalDate) => d.split('-').reverse().join('/');

/** Everything the review shows, computed from the record in a fixed number of queries for the whole cell. */
async function compute(db: Q, actor: Actor, cellId: string, year: number) {
  const review = await store.findReview(db, cellId, year);
  const chain = await authorize(db, actor, 'year_review.read', cellId);
  const [periods, meetingFacts, topicFacts, tasks, monthly, quality, inUse, assessments] = await Promise.all([
    periodsInUnitDuring(db, cellId, `${year}-01-01`, `${year}-12-31`),
    yearMeetingFactsOfCell(db, cellId, year),
    yearTopicFactsOfCell(db, cellId, year),
    cellTasks(db as Kysely<DB>, actor, cellId, year),
    monthlyMeetingsUnder(db, cellId, year, 30),
    qualityLevelsUnder(db, cellId, year),
    thresholdsFor(db, chain),
    review ? store.listAssessments(db, review.id) : Promise.resolve([]),
  ]);
  const frozen = review?.thresholds ? ThresholdsSchema.parse(JSON.parse(review.thresholds)) : null;
  const thresholds = frozen ?? inUse.thresholds;
  const figures = aggregateYear({
    periods: periods.map((p) => ({
      personId: p.person_id,
      status: p.status,
      startedOn: p.started_on,
      endedOn: p.ended_on,
    })),
    attendance: meetingFacts.attendance,
    speeches: meetingFacts.speeches,
    commented: topicFacts.commented,
    prepared: topicFacts.prepared,
    tasks: tasks.tasks.map((t) => ({
      ownerId: t.owner?.id ?? null,
      state: t.state,
      overdue: t.overdue,
      doneLate: t.doneLate,
    })),
  });
  const byPerson = new Map(assessments.map((a) => [a.person_id, a]));
  const seen = new Set<string>();
  const members = periods.flatMap((p) => {
    if (seen.has(p.person_id)) return [];
    seen.add(p.person_id);
    const f = figures.get(p.person_id) as ParticipationFigures;
    const a = byPerson.get(p.person_id);
    return [
      {
        personId: p.person_id,
        name: p.full_name,
        inCell: spanInYear(
          periods.filter((x) => x.person_id === p.person_id),
          year,
        ),
        figures: { ...f, attendanceRate: attendanceRate(f) },
        proposed: proposeLevel(f, thresholds),
        assessment: a
          ? {
              level: a.level as ParticipationLevel,
              remark: a.remark,
              reason: a.reason,
              updatedAt: a.updated_at,
            }
          : null,
      },
    ];
  });
  const quarters = quartersOfYear(monthly, quality.get(cellId) ?? {});
  return {
    chain,
    review,
    thresholds: { ...inUse, thresholds, frozen: frozen !== null },
    members,
    quarters,
    tasks: tasks.counts,
  };
}
type Computed = Awaited<ReturnType<typeof compute>>;

/** The review of a cell's year: whole for its committee and those above, a member's own line for a member. */
export async function getYearReview(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  const { chain } = await loadCell(db, actor, 'year_review.read', cellId);
  const c = await compute(db, actor, cellId, year);
  const all = isAllowed(actor, 'year_review.read_all', chain);
  const final = c.review?.status === 'final';
  return {
    cellId,
    year,
    status: final ? ('final' as const) : ('draft' as const),
    finalisedAt: c.review?.finalised_at ?? null,
    thresholds: c.thresholds,
    members: all ? c.members : c.members.filter((m) => m.personId === actor.personId),
    cell: all
      ? {
          quarters: c.quarters,
          tasks: c.tasks,
          selfAssessment: {
            strengths: c.review?.strengths ?? null,
            limitations: c.review?.limitations ?? null,
            direction: c.review?.direction ?? null,
          },
        }
      : null,
    permissions: {
      write: !final && isAllowed(actor, 'year_review.write', chain),
      finalise: !final && isAllowed(actor, 'year_review.finalise', chain),
      readAll: all,
    },
  };
}

/** The review row of the year, made on the first write; refused once final. */
async function openReview(trx: Transaction<DB>, actor: Actor, cellId: string, year: number) {
  const existing = await store.findReview(trx, cellId, year);
  if (existing?.status === 'final') throw new AppError('YEAR_REVIEW_FINALISED');
  if (existing) return existing;
  const row: DB['year_review'] = {
    id: newId(),
    cell_id: cellId,
    year,
    strengths: null,
    limitations: null,
    direction: null,
    status: 'draft',
    thresholds: null,
    members_document: null,
    cell_document: null,
    finalised_by: null,
    finalised_at: null,
    updated_by: actor.personId,
    updated_at: nowIso(),
  };
  await store.insertReview(trx, row);
  return row;
}

/**
 * The cell's committee (secretary or deputy) records its assessment of a member's participation: the level and a
 * remark; a level other than the one proposed needs its reason (400 on `reason`).
 */
export async function saveAssessment(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  personId: string,
  input: { level: ParticipationLevel; remark: string | null; reason: string | null },
) {
  await db.transaction().execute(async (trx) => {
    await loadCell(trx, actor, 'year_review.read', cellId);
    await authorize(trx, actor, 'year_review.write', cellId);
    const review = await openReview(trx, actor, cellId, year);
    const c = await compute(trx, actor, cellId, year);
    const member = c.members.find((m) => m.personId === personId);
    if (!member) throw new AppError('YEAR_REVIEW_NOT_MEMBER');
    const issue = assessmentIssue(member.proposed, input.level, input.reason);
    if (issue) throw new AppError('VALIDATION_FAILED', { reason: issue });
    const row: DB['year_review_assessment'] = {
      review_id: review.id,
      person_id: personId,
      level: input.level,
      remark: input.remark?.normalize('NFC') ?? null,
      reason: input.level === member.proposed ? null : (input.reason?.normalize('NFC') ?? null),
      updated_by: actor.personId,
      updated_at: nowIso(),
    };
    await store.upsertAssessment(trx, row);
    await store.updateReview(trx, review.id, { updated_by: actor.personId, updated_at: row.updated_at });
    await recordAudit(trx, actor, {
      action: 'year_review.assess',
      entityType: 'year_review_assessment',
      entityId: `${review.id}:${personId}`,
      unitId: cellId,
      before: member.assessment,
      after: row,
    });
  });
}

/** The secretary (or deputy) writes the cell's self-assessment: strengths, limitations, direction. */
export async function saveSelfAssessment(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  input: { strengths: string | null; limitations: string | null; direction: string | null },
) {
  await db.transaction().execute(async (trx) => {
    await loadCell(trx, actor, 'year_review.read', cellId);
    await authorize(trx, actor, 'year_review.write', cellId);
    const review = await openReview(trx, actor, cellId, year);
    const patch = {
      strengths: input.strengths?.normalize('NFC') ?? null,
      limitations: input.limitations?.normalize('NFC') ?? null,
      direction: input.direction?.normalize('NFC') ?? null,
      updated_by: actor.personId,
      updated_at: nowIso(),
    };
    await store.updateReview(trx, review.id, patch);
    await recordAudit(trx, actor, {
      action: 'year_review.self_assess',
      entityType: 'year_review',
      entityId: review.id,
      unitId: cellId,
      before: { strengths: review.strengths, limitations: review.limitations, direction: review.direction },
      after: patch,
    });
  });
}

/** The documents' data from what was computed (as it stands, or as it is being frozen). */
async function documentData(db: Q, c: Computed, cellId: string, year: number, final: boolean) {
  const [head, secretaryName] = await Promise.all([
    letterheadData(db, cellId),
    secretaryNameOn(db, cellId, todayInVietnam()),
  ]);
  const data: YearReviewData = {
    year,
    ...head,
    secretaryName,
    today: todayInVietnam(),
    thresholdsSource: c.thresholds.orgName ?? 'mặc định của hệ thống (theo thực tiễn)',
    members: c.members.map((m) => ({
      name: m.name,
      period:
        m.inCell.from || m.inCell.to
          ? [m.inCell.from && `từ ${ddmmyyyy(m.inCell.from)}`, m.inCell.to && `đến ${ddmmyyyy(m.inCell.to)}`]
              .filter(Boolean)
              .join(' ')
          : null,
      expected: m.figures.expected,
      attended: m.figures.attended,
      excused: m.figures.excused,
      unexcused: m.figures.unexcused,
      spoke: m.figures.spoke,
      draftsCommented: m.figures.draftsCommented,
      topicsPrepared: m.figures.topicsPrepared,
      tasks: { done: m.figures.tasksDone, late: m.figures.tasksLate, open: m.figures.tasksOpen },
      proposed: m.proposed ? LEVEL_NAME[m.proposed] : null,
      assessed: m.assessment ? LEVEL_NAME[m.assessment.level] : null,
      remark: m.assessment?.remark ?? null,
      reason: m.assessment?.reason ?? null,
    })),
    quarters: c.quarters.map((q) => ({
      quarter: q.quarter,
      thematic: q.thematic,
      regular: q.regular,
      quality: q.quality
        ? `${QUALITY_NAME[q.quality.level] ?? q.quality.level}${q.quality.confirmed ? '' : ' (chi bộ đề xuất)'}`
        : null,
    })),
    tasks: {
      total: c.tasks.total,
      done: c.tasks.done,
      open: c.tasks.total - c.tasks.done,
      overdue: c.tasks.overdue,
    },
    selfAssessment: {
      strengths: c.review?.strengths ?? null,
      limitations: c.review?.limitations ?? null,
      direction: c.review?.direction ?? null,
    },
    final,
  };
  return data;
}

/**
 * The secretary finalises the review: a member not yet assessed takes the proposed level as the cell's
 * assessment; the thresholds used and both documents are frozen; it then goes up with the annual report (the
 * committee directly above sees it beside the report received). Refused without the self-assessment.
 */
export async function finaliseYearReview(db: Kysely<DB>, actor: Actor, cellId: string, year: number) {
  await db.transaction().execute(async (trx) => {
    await loadCell(trx, actor, 'year_review.read', cellId);
    await authorize(trx, actor, 'year_review.finalise', cellId);
    const review = await openReview(trx, actor, cellId, year);
    if (!review.strengths?.trim() || !review.limitations?.trim() || !review.direction?.trim())
      throw new AppError('YEAR_REVIEW_SELF_ASSESSMENT_MISSING');
    const now = nowIso();
    const before = await compute(trx, actor, cellId, year);
    for (const m of before.members) {
      if (m.assessment || !m.proposed) continue;
      await store.upsertAssessment(trx, {
        review_id: review.id,
        person_id: m.personId,
        level: m.proposed,
        remark: null,
        reason: null,
        updated_by: actor.personId,
        updated_at: now,
      });
    }
    const c = await compute(trx, actor, cellId, year);
    const data = await documentData(trx, c, cellId, year, true);
    const patch: Partial<DB['year_review']> = {
      status: 'final',
      thresholds: JSON.stringify(c.thresholds.thresholds),
      members_document: issuedDocumentJson(yearReviewMembersDocument(data)),
      cell_document: issuedDocumentJson(yearReviewCellDocument(data)),
      finalised_by: actor.personId,
      finalised_at: now,
      updated_by: actor.personId,
      updated_at: now,
    };
    await store.updateReview(trx, review.id, patch);
    await recordAudit(trx, actor, {
      action: 'year_review.finalise',
      entityType: 'year_review',
      entityId: review.id,
      unitId: cellId,
      after: { status: 'final', thresholds: patch.thresholds, finalised_at: now },
    });
    await notify(trx, {
      kind: 'year_review_finalised',
      unitId: cellId,
      recipients: { committeeRoles: ['officer'] },
      exceptPersonId: actor.personId,
      params: { cell: (await getUnit(trx, cellId)).name, year },
      link: `/units/${cellId}?tab=year-review&year=${year}`,
    });
  });
}

export const YEAR_REVIEW_PARTS = ['members', 'cell'] as const;
export type YearReviewPart = (typeof YEAR_REVIEW_PARTS)[number];

/** One of the review's two documents: as frozen once final, else the draft as it stands (readers of the whole). */
export async function yearReviewDocumentFor(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  part: YearReviewPart,
): Promise<PartyDocument> {
  const { chain } = await loadCell(db, actor, 'year_review.read', cellId);
  if (!isAllowed(actor, 'year_review.read_all', chain)) throw new AppError('FORBIDDEN');
  const review = await store.findReview(db, cellId, year);
  const stored = part === 'members' ? review?.members_document : review?.cell_document;
  if (review?.status === 'final' && stored) return parseIssuedDocument(stored);
  const data = await documentData(db, await compute(db, actor, cellId, year), cellId, year, false);
  return part === 'members' ? yearReviewMembersDocument(data) : yearReviewCellDocument(data);
}

/** The finalised reviews of a year among these cells, by cell (beside the annual reports a committee received). */
export async function finalisedYearReviews(db: Q, cellIds: readonly string[], year: number) {
  const rows = await store.finalisedReviewsOf(db, cellIds, year);
  return new Map(rows.map((r) => [r.cell_id, { year: r.year, finalisedAt: r.finalised_at }]));
}

export { PARTICIPATION_LEVELS };
