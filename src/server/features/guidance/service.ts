import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed, visibleRoots } from '#domain/authz/policy.ts';
import { isAnnualDueOnValid } from '#domain/documents/report-deadlines.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { anyUnder, authorize, unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import * as store from './store.ts';

export interface GuidanceInput {
  year: number;
  referenceNumber: string;
  issuedOn: string;
  title: string;
  theme?: string | null;
  documents: string[];
  topicGroups: string[];
  planDeadline: string;
  content?: string | null;
  /** Report deadlines of the year (*practice*, report-deadlines.ts); absent or null: the defaults. */
  quarterReportDay?: number | null;
  annualReportDueOn?: string | null;
}

/** A committee sends its yearly instruction to its subtree (DOMAIN.md, "Guidance arrives"). */
export async function issueGuidance(db: Kysely<DB>, actor: Actor, committeeId: string, input: GuidanceInput) {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'guidance.issue', committeeId);
    const committee = await getUnit(trx, committeeId);
    if (committee.kind !== 'committee') throw new AppError('GUIDANCE_NOT_COMMITTEE');
    checkDeadline(input);
    const now = nowIso();
    const row: DB['guidance'] = {
      id: newId(),
      committee_id: committeeId,
      year: input.year,
      reference_number: input.referenceNumber,
      issued_on: input.issuedOn,
      title: input.title,
      theme: input.theme ?? null,
      documents_json: JSON.stringify(input.documents),
      topic_groups_json: JSON.stringify(input.topicGroups),
      plan_deadline: input.planDeadline,
      content: input.content ?? null,
      quarter_report_day: input.quarterReportDay ?? null,
      annual_report_due_on: input.annualReportDueOn ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await store.insertGuidance(trx, row);
    await recordAudit(trx, actor, {
      action: 'guidance.issue',
      entityType: 'guidance',
      entityId: row.id,
      unitId: committeeId,
      after: row,
    });
    return row.id;
  });
}

export async function updateGuidance(db: Kysely<DB>, actor: Actor, id: string, input: GuidanceInput) {
  await db.transaction().execute(async (trx) => {
    const before = await getGuidance(trx, id);
    await authorize(trx, actor, 'guidance.issue', before.committee_id);
    checkDeadline(input);
    const patch: Partial<DB['guidance']> = {
      year: input.year,
      reference_number: input.referenceNumber,
      issued_on: input.issuedOn,
      title: input.title,
      theme: input.theme ?? null,
      documents_json: JSON.stringify(input.documents),
      topic_groups_json: JSON.stringify(input.topicGroups),
      plan_deadline: input.planDeadline,
      content: input.content ?? null,
      quarter_report_day: input.quarterReportDay ?? null,
      annual_report_due_on: input.annualReportDueOn ?? null,
      updated_at: nowIso(),
    };
    await store.updateGuidance(trx, id, patch);
    await recordAudit(trx, actor, {
      action: 'guidance.update',
      entityType: 'guidance',
      entityId: id,
      unitId: before.committee_id,
      before,
      after: { ...before, ...patch },
    });
  });
}

/**
 * The guidance a unit works under: what its own committee and every committee above it issued, each saying
 * whether the actor may correct it (`guidance.issue` in the issuing committee).
 */
export async function listGuidanceFor(db: Kysely<DB>, actor: Actor, unitId: string, year?: number) {
  const chain = await authorize(db, actor, 'org.read', unitId);
  const rows = await store.listGuidanceOf(db, chain, year);
  // An issuing committee of the chain is followed in it by its own ancestors: its chain is the rest.
  return rows.map((g) => ({
    ...g,
    canEdit: isAllowed(actor, 'guidance.issue', chain.slice(chain.indexOf(g.committee_id))),
  }));
}

/** One guidance with its committee's name, as the actor sees it (after issuing or correcting it). */
export async function getGuidanceFor(db: Kysely<DB>, actor: Actor, id: string) {
  const g = await getGuidance(db, id);
  const chain = await authorize(db, actor, 'org.read', g.committee_id);
  const committee = await getUnit(db, g.committee_id);
  return { ...g, committee_name: committee.name, canEdit: isAllowed(actor, 'guidance.issue', chain) };
}

/**
 * Guidance is addressed to the whole subtree: it is readable by whoever sees the issuing committee and by
 * every member of a unit below it (who cannot see the committee itself).
 */
export async function readGuidance(db: Kysely<DB>, actor: Actor, id: string) {
  const g = await getGuidance(db, id);
  const grantUnits = visibleRoots(actor);
  const [committee, chain, below] = await Promise.all([
    getUnit(db, g.committee_id),
    unitChain(db, g.committee_id),
    anyUnder(db, g.committee_id, grantUnits),
  ]);
  if (!below && !isAllowed(actor, 'org.read', chain)) throw new AppError('NOT_FOUND');
  return { guidance: g, committee };
}

export async function getGuidance(db: Kysely<DB> | Parameters<typeof store.findGuidance>[0], id: string) {
  const row = await store.findGuidance(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

function checkDeadline(input: GuidanceInput) {
  if (input.planDeadline < input.issuedOn) {
    throw new AppError('VALIDATION_FAILED', { planDeadline: 'GUIDANCE_DEADLINE_BEFORE_ISSUE' });
  }
  // The year's report is due between 1 December and the end of next January (report-deadlines.ts).
  if (input.annualReportDueOn && !isAnnualDueOnValid(input.year, input.annualReportDueOn)) {
    throw new AppError('VALIDATION_FAILED', { annualReportDueOn: 'GUIDANCE_ANNUAL_DUE_INVALID' });
  }
}
