import type { Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { issuedDocumentJson } from '#documents/issued-document.ts';
import { documentNumber, type PartyDocument } from '#documents/party-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { type ReportSubject, subjectKey } from '#domain/documents/issuing.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { AppError } from '../http/app-error.ts';
import { notify } from '../notifications/notify.ts';
import { findIssued, insertIssued } from './store.ts';

/**
 * Issues a report of the unit: the next BC number, today's date, and the document frozen as issued — later
 * downloads render the stored document, whatever the data says by then. Once per subject.
 */
export async function issueReport(
  trx: Transaction<DB>,
  actor: Actor,
  unit: { id: string; kind: 'committee' | 'cell' | 'group' },
  subject: ReportSubject,
  doc: PartyDocument,
) {
  const today = todayInVietnam();
  // The counter first: a concurrent issue of the same report waits here, then finds this one issued.
  const number = await nextDocumentNumber(trx, { unitId: unit.id, kind: 'BC', issuedOn: today });
  const key = subjectKey(subject);
  if (await findIssued(trx, unit.id, subject)) throw new AppError('REPORT_ALREADY_ISSUED');
  const stamped: PartyDocument = {
    ...doc,
    header: { ...doc.header, number: documentNumber(number, 'BC', unit.kind), date: today },
  };
  const row: DB['issued_document'] = {
    id: newId(),
    unit_id: unit.id,
    subject: key,
    kind: 'BC',
    number,
    title: issuedTitle(stamped),
    document_json: issuedDocumentJson(stamped),
    issued_on: today,
    issued_at: nowIso(),
    issued_by: actor.personId,
  };
  await insertIssued(trx, row);
  await recordAudit(trx, actor, {
    action: 'report.issue',
    entityType: 'issued_document',
    entityId: row.id,
    unitId: unit.id,
    after: { subject: key, number },
  });
  // Seed 000: reports go to "Đảng ủy cấp trên trực tiếp" — its officers learn of it at once.
  await notify(trx, {
    kind: 'report_issued',
    unitId: unit.id,
    recipients: { committeeRoles: ['officer'] },
    exceptPersonId: actor.personId,
    params: { title: row.title, number: stamped.header.number ?? null },
    link: reportLink(unit, subject),
  });
  return row;
}

/**
 * The screen an issued report is read from: its meeting, its review, the cell's page (period reports), or the
 * committee's report tab at its period (a committee's report upward).
 */
function reportLink(unit: { id: string; kind: string }, subject: ReportSubject): string {
  if (subject.kind === 'meeting_report') return `/meetings/${subject.meetingId}`;
  if (subject.kind === 'review') return `/reviews/${subject.reviewId}`;
  if (unit.kind !== 'committee') return `/units/${unit.id}`;
  const period = subject.quarter === null ? '' : `&quarter=${subject.quarter}`;
  return `/units/${unit.id}?tab=report&year=${subject.year}${period}`;
}

/** "Báo cáo kết quả sinh hoạt…": the document's type, then its summary as one phrase. */
export function issuedTitle(doc: PartyDocument): string {
  return `${doc.type} ${doc.summary.charAt(0).toLowerCase()}${doc.summary.slice(1)}`;
}
