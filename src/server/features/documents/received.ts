import type { Kysely } from 'kysely';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { documentNumber } from '#documents/party-document.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import { periodOfSubject, periodReportOpensOn, subjectKey } from '#domain/documents/issuing.ts';
import {
  isReportLate,
  owesPeriodReport,
  periodReportDueOn,
  periodReportsDue,
  type ReportDeadlinesOf,
} from '#domain/documents/report-deadlines.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import {
  findIssuedById,
  findReceipt,
  findReceiptNamed,
  insertReceipt,
  listIssuedSubjects,
  listReceivedUnder,
  listSubjectsIssuedUnder,
  markReportRead,
  updateReceiptRemark,
} from '../../issuing/store.ts';
import { notify } from '../../notifications/notify.ts';
import { reportDeadlinesOf } from '../guidance/index.ts';
import { getUnit, listChildren } from '../orgs/index.ts';
import { finalisedYearReviews } from '../year-review/index.ts';

/** The period reports of a year: the four quarters, then the year. */
const PERIODS = [1, 2, 3, 4, null] as const;
const periodSubjects = (year: number) =>
  PERIODS.map((quarter) => subjectKey({ kind: 'period_report', year, quarter }));

/** A period report's due day and whether it is late (report-deadlines.ts); other reports have no due day. */
function lateness(
  subject: string,
  unitId: string,
  issuedOn: LocalDate,
  deadlines: ReportDeadlinesOf,
  today: LocalDate,
) {
  const period = periodOfSubject(subject);
  if (!period) return { period: null, dueOn: null, late: false };
  const dueOn = periodReportDueOn(period.year, period.quarter, deadlines(unitId, period.year));
  return { period, dueOn, late: isReportLate(dueOn, issuedOn, today) };
}

/**
 * A committee's list of the reports received from the units directly under it in a year (seed 000: reports go
 * to "Đảng ủy cấp trên trực tiếp"), newest first, each unread / read (by the signed-in officer) / received, and
 * the period reports of its cells already due and not issued ("missing", late). Committees higher up read the
 * reports from the cell's side but do not find them here.
 */
export async function receivedReports(db: Kysely<DB>, actor: Actor, committeeId: string, year: number) {
  const chain = await authorize(db, actor, 'report.list_received', committeeId);
  if ((await getUnit(db, committeeId)).kind !== 'committee') throw new AppError('RECEIVED_NOT_COMMITTEE');
  const today = todayInVietnam();
  const children = await listChildren(db, committeeId);
  const [rows, issued, deadlines] = await Promise.all([
    listReceivedUnder(db, committeeId, year, actor.personId),
    listSubjectsIssuedUnder(db, committeeId, periodSubjects(year)),
    reportDeadlinesOf(
      db,
      children.map((c) => c.id),
      [year - 1, year],
    ),
  ]);
  // The year-end review goes up with the annual report (issue 16): shown beside a cell's annual report.
  const cellIds = children.filter((c) => c.kind === 'cell').map((c) => c.id);
  const [reviews, reviewsBefore] = await Promise.all([
    finalisedYearReviews(db, cellIds, year),
    finalisedYearReviews(db, cellIds, year - 1),
  ]);
  const yearReviewOf = (unitId: string, subject: string) => {
    const period = periodOfSubject(subject);
    if (!period || period.quarter !== null) return null;
    return (
      (period.year === year ? reviews : period.year === year - 1 ? reviewsBefore : undefined)?.get(unitId) ??
      null
    );
  };
  const reports = rows.map((r) => ({
    id: r.id,
    unit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind },
    subject: r.subject,
    number: r.number,
    title: r.title,
    issuedOn: r.issued_on,
    state: r.received_at ? ('received' as const) : r.read_at ? ('read' as const) : ('unread' as const),
    receipt: r.received_at
      ? {
          receivedAt: r.received_at,
          receivedBy: r.received_by_name,
          remark: r.remark,
          remarkedAt: r.remarked_at,
          remarkedBy: r.remarked_by_name,
        }
      : null,
    ...lateness(r.subject, r.unit_id, r.issued_on, deadlines, today),
    yearReview: yearReviewOf(r.unit_id, r.subject),
  }));
  const done = new Set(issued.map((i) => `${i.unit_id} ${i.subject}`));
  const missing = children
    .filter((c) => c.kind === 'cell')
    .flatMap((cell) =>
      periodReportsDue(year, today, deadlines(cell.id, year))
        // A cell founded during a period does not owe that period's report (the oversight counts it so too).
        .filter((p) => owesPeriodReport(todayInVietnam(new Date(cell.created_at)), p.year, p.quarter))
        .filter((p) => !done.has(`${cell.id} ${subjectKey({ kind: 'period_report', ...p })}`))
        .map((p) => ({ unit: { id: cell.id, name: cell.name }, ...p, late: true })),
    );
  // The officers of this committee receive; those above it only follow (a child's chain is [child, ...chain]).
  return { reports, missing, mayReceive: isAllowed(actor, 'report.receive', ['', ...chain]) };
}

/**
 * An officer of the committee directly above marks an issued report received, once, with an optional remark;
 * a later call changes only the remark (each with its own who and when). A remark goes to the issuing unit's
 * secretary and deputy. Opening (or receiving) the report marks it read for the officer.
 */
export async function receiveReport(
  db: Kysely<DB>,
  actor: Actor,
  documentId: string,
  input: { remark?: string | null },
) {
  await db.transaction().execute(async (trx) => {
    const doc = await findIssuedById(trx, documentId);
    if (!doc) throw new AppError('NOT_FOUND');
    await authorize(trx, actor, 'report.receive', doc.unit_id);
    const unit = await getUnit(trx, doc.unit_id);
    const before = await findReceipt(trx, documentId);
    const now = nowIso();
    const remark = input.remark === undefined ? (before?.remark ?? null) : input.remark;
    const remarkChanged = remark !== (before?.remark ?? null);
    const remarkFields = remarkChanged
      ? { remark, remarked_by: remark ? actor.personId : null, remarked_at: remark ? now : null }
      : null;
    if (!before)
      await insertReceipt(trx, {
        document_id: documentId,
        received_by: actor.personId,
        received_at: now,
        remark: null,
        remarked_by: null,
        remarked_at: null,
        ...remarkFields,
      });
    else if (remarkFields) await updateReceiptRemark(trx, documentId, remarkFields);
    if (actor.personId) await markReportRead(trx, documentId, actor.personId, now);
    await recordAudit(trx, actor, {
      action: before ? 'report.remark' : 'report.receive',
      entityType: 'issued_document',
      entityId: documentId,
      unitId: doc.unit_id,
      before: before ?? null,
      after: { received: true, remark },
    });
    if (remark && remarkChanged)
      await notify(trx, {
        kind: 'report_remark',
        unitId: doc.unit_id,
        recipients: { roles: ['secretary', 'deputy'] },
        exceptPersonId: actor.personId,
        params: { title: doc.title, number: documentNumber(doc.number, 'BC', unit.kind), remark },
        link: unit.kind === 'cell' ? `/units/${doc.unit_id}?tab=meetings` : `/units/${doc.unit_id}`,
      });
  });
  const receipt = await findReceiptNamed(db, documentId);
  if (!receipt) throw new AppError('NOT_FOUND');
  return receipt;
}

/**
 * The cell's side of its period reports in a year: each period whose report can be issued by now, its due day
 * (the guidance's deadline), when it was issued, and whether it is late or missing.
 */
export async function periodReportsOf(db: Kysely<DB>, cellId: string, year: number, today: LocalDate) {
  const [issued, deadlines, cell] = await Promise.all([
    listIssuedSubjects(db, [cellId], periodSubjects(year)),
    reportDeadlinesOf(db, [cellId], [year]),
    getUnit(db, cellId),
  ]);
  const issuedOn = new Map(issued.map((i) => [i.subject, i.issued_on]));
  const createdOn = todayInVietnam(new Date(cell.created_at));
  const owed = (quarter: number | null) =>
    today >= periodReportOpensOn(year, quarter) && owesPeriodReport(createdOn, year, quarter);
  return PERIODS.filter(owed).map((quarter) => {
    const dueOn = periodReportDueOn(year, quarter, deadlines(cellId, year));
    const on = issuedOn.get(subjectKey({ kind: 'period_report', year, quarter })) ?? null;
    const late = isReportLate(dueOn, on, today);
    return { year, quarter, dueOn, issuedOn: on, late, missing: on === null && late };
  });
}
