import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { upwardReportMissing, upwardReportPeriod } from '#domain/committee-reports/upward-report.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { mayIssuePeriodReport } from '#domain/documents/issuing.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { issueReport } from '../../issuing/issue-report.ts';
import { findIssued } from '../../issuing/store.ts';
import { buildCommitteeReport } from './document.ts';
import { requireCommittee } from './service-guards.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

export interface DraftInput {
  year: number;
  quarter: number | null;
  assessment: string | null;
  recommendations: string | null;
  /**
   * The draft's `updatedAt` the officer started from: null when they started from no draft, undefined for an
   * unguarded write. Another version found answers 409 (db/guarded-update.ts).
   */
  expectedUpdatedAt?: string | null;
}

/** The committee's officer writes the assessment and recommendations of a period's report, until it is issued. */
export async function saveCommitteeReportDraft(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  input: DraftInput,
) {
  await db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'upward_report.write', committeeId);
    await requireCommittee(trx, committeeId);
    const { year, quarter } = input;
    if (await findIssued(trx, committeeId, { kind: 'period_report', year, quarter }))
      throw new AppError('COMMITTEE_REPORT_ISSUED');
    const period = upwardReportPeriod(year, quarter);
    const draft = await store.findDraft(trx, committeeId, period);
    const texts = { assessment: input.assessment, recommendations: input.recommendations };
    if (!draft) {
      if (input.expectedUpdatedAt) throw new AppError('COMMITTEE_REPORT_CHANGED');
      const now = nowIso();
      const row: DB['committee_report_draft'] = {
        id: newId(),
        committee_id: committeeId,
        year,
        quarter,
        period,
        ...texts,
        updated_by: actor.personId,
        created_at: now,
        updated_at: now,
      };
      // Two officers' first saves at once: the unique period lets one in, the other learns it.
      if (!(await store.insertDraft(trx, row))) throw new AppError('COMMITTEE_REPORT_CHANGED');
      await audit(trx, actor, row.id, committeeId, undefined, texts);
      return;
    }
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== draft.updated_at)
      throw new AppError('COMMITTEE_REPORT_CHANGED');
    const patch = { ...texts, updated_by: actor.personId, updated_at: nowIsoAfter(draft.updated_at) };
    if (!(await store.updateDraft(trx, draft.id, patch, draft.updated_at)))
      throw new AppError('COMMITTEE_REPORT_CHANGED');
    await audit(trx, actor, draft.id, committeeId, draft, texts);
  });
}

function audit(trx: Q, actor: Actor, id: string, unitId: string, before: unknown, after: unknown) {
  return recordAudit(trx, actor, {
    action: 'committee_report.save',
    entityType: 'committee_report_draft',
    entityId: id,
    unitId,
    before,
    after,
  });
}

/**
 * Issues the committee's quarterly or annual report to the committee above: numbered BC in the committee's own
 * series, frozen as issued, once per period, from the period's last month, by an officer of the committee, and
 * only with the committee's assessment written (upward-report.ts). Called in the documents feature's issuing
 * transaction (`POST /orgs/{id}/report/issue`).
 */
export async function issueCommitteeReport(
  trx: Transaction<DB>,
  actor: Actor,
  committeeId: string,
  year: number,
  quarter: number | null,
) {
  await authorize(trx, actor, 'upward_report.write', committeeId);
  await requireCommittee(trx, committeeId);
  if (!mayIssuePeriodReport(year, quarter, todayInVietnam())) throw new AppError('REPORT_PERIOD_NOT_DUE');
  const subject = { kind: 'period_report' as const, year, quarter };
  if (await findIssued(trx, committeeId, subject)) throw new AppError('REPORT_ALREADY_ISSUED');
  const draft = await store.findDraft(trx, committeeId, upwardReportPeriod(year, quarter));
  const missing = upwardReportMissing({
    assessment: draft?.assessment ?? null,
    recommendations: draft?.recommendations ?? null,
  });
  if (missing) throw new AppError(missing);
  const doc = await buildCommitteeReport(trx, actor, committeeId, year, quarter, draft);
  return issueReport(trx, actor, { id: committeeId, kind: 'committee' }, subject, doc);
}
