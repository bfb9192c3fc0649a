import type { Kysely } from 'kysely';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { mayIssuePeriodReport, periodOfSubject, subjectKey } from '#domain/documents/issuing.ts';
import { isEvaluationMissing } from '#domain/meetings/evaluation.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { issueReport } from '../../issuing/issue-report.ts';
import { findIssuedById, frozen, listIssued, markReportRead } from '../../issuing/store.ts';
import { issueCommitteeReport } from '../committee-reports/index.ts';
import { getMeeting } from '../meetings/index.ts';
import { findUnit, getUnit } from '../orgs/index.ts';
import { meetingReportFor } from './meeting-documents.ts';
import { periodReportFor } from './period-report.ts';
import { periodReportsOf } from './received.ts';

/** Issues the report of an ended meeting to the committee above (the secretary or deputy). */
export async function issueMeetingReport(db: Kysely<DB>, actor: Actor, meetingId: string) {
  return db.transaction().execute(async (trx) => {
    const m = await getMeeting(trx, actor, meetingId);
    await authorize(trx, actor, 'meeting.manage', m.cellId);
    const doc = await meetingReportFor(trx, actor, meetingId);
    // Seed 001: the secretary's evaluation ("ưu, khuyết điểm", the result, the lessons) goes up with the report.
    if (!m.reportIssued && isEvaluationMissing(m.kind, m.evaluation))
      throw new AppError('MEETING_EVALUATION_MISSING');
    return issueReport(
      trx,
      actor,
      { id: m.cellId, kind: 'cell' },
      { kind: 'meeting_report', meetingId },
      doc,
    );
  });
}

/**
 * Issues the cell's quarterly or annual report, from the period's last month (issuing.ts) — or a committee's
 * report on its subtree (committee-reports feature).
 */
export async function issuePeriodReport(
  db: Kysely<DB>,
  actor: Actor,
  cellId: string,
  year: number,
  quarter: number | null,
) {
  return db.transaction().execute(async (trx) => {
    // A committee reports upward on its subtree (seeds 001, 004), in its own BC series, by its officers.
    if ((await findUnit(trx, cellId))?.kind === 'committee')
      return issueCommitteeReport(trx, actor, cellId, year, quarter);
    await authorize(trx, actor, 'meeting.manage', cellId);
    // A cell reports its thematic meetings; a party group issues no report of its own.
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
  const today = todayInVietnam();
  const [rows, periods] = await Promise.all([
    listIssued(db, cellId, year),
    periodReportsOf(db, cellId, year, today),
  ]);
  // A report issued this year may be last year's (its fourth quarter, its year): its own due day.
  const due = new Map(periods.map((p) => [subjectKey({ kind: 'period_report', ...p }), p]));
  const earlier = rows.some((r) => (periodOfSubject(r.subject)?.year ?? year) !== year)
    ? await periodReportsOf(db, cellId, year - 1, today)
    : [];
  for (const p of earlier) due.set(subjectKey({ kind: 'period_report', ...p }), p);
  const reports = rows.map((r) => {
    const period = due.get(r.subject);
    return {
      id: r.id,
      subject: r.subject,
      number: r.number,
      title: r.title,
      issuedOn: r.issued_on,
      issuedBy: r.issued_by_name,
      // Seed 000: reported to the committee directly above, which marks it received and may remark on it.
      receipt: r.received_at
        ? {
            receivedAt: r.received_at,
            receivedBy: r.received_by_name,
            remark: r.remark,
            remarkedAt: r.remarked_at,
          }
        : null,
      dueOn: period?.dueOn ?? null,
      late: period?.late ?? false,
    };
  });
  return { reports, periods, mayIssue: isAllowed(actor, 'meeting.manage', chain) };
}

/** An issued report, as it was issued, for anyone who reads the unit's meetings. */
export async function issuedDocumentFor(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await findIssuedById(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const chain = await authorize(db, actor, 'meeting.read', row.unit_id);
  // An officer of a committee above opened it: it leaves their "reports received, not yet read" (the home).
  const above = new Set(chain.slice(1));
  if (actor.personId && actor.grants.some((g) => g.role === 'officer' && above.has(g.unitId)))
    await markReportRead(db, row.id, actor.personId, nowIso());
  return frozen(row);
}
