import type { Kysely, Transaction } from 'kysely';
import { nextDocumentNumber } from '#db/document-numbers.ts';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { documentNumber, type PartyDocument } from '#documents/party-document.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { type ReportSubject, subjectKey } from '#domain/documents/issuing.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../http/app-error.ts';

type Q = Kysely<DB> | Transaction<DB>;

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
    document_json: JSON.stringify(stamped),
    issued_on: today,
    issued_at: nowIso(),
    issued_by: actor.personId,
  };
  await trx.insertInto('issued_document').values(row).execute();
  await recordAudit(trx, actor, {
    action: 'report.issue',
    entityType: 'issued_document',
    entityId: row.id,
    unitId: unit.id,
    after: { subject: key, number },
  });
  return row;
}

/** "Báo cáo kết quả sinh hoạt…": the document's type, then its summary as one phrase. */
export function issuedTitle(doc: PartyDocument): string {
  return `${doc.type} ${doc.summary.charAt(0).toLowerCase()}${doc.summary.slice(1)}`;
}

export function findIssued(db: Q, unitId: string, subject: ReportSubject) {
  return db
    .selectFrom('issued_document')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('subject', '=', subjectKey(subject))
    .executeTakeFirst();
}

/** The stored document of an issued report. */
export const frozen = (row: DB['issued_document']): PartyDocument => JSON.parse(row.document_json);

/** The reports a unit issued in a year, in the order of their numbers. */
export function listIssued(db: Q, unitId: string, year: number) {
  return db
    .selectFrom('issued_document as d')
    .leftJoin('person as p', 'p.id', 'd.issued_by')
    .select([
      'd.id',
      'd.subject',
      'd.kind',
      'd.number',
      'd.title',
      'd.issued_on',
      'p.full_name as issued_by_name',
    ])
    .where('d.unit_id', '=', unitId)
    .where('d.issued_on', '>=', `${year}-01-01`)
    .where('d.issued_on', '<=', `${year}-12-31`)
    .orderBy('d.issued_on')
    .orderBy('d.number')
    .execute();
}

/**
 * For a committee's overview: how many reports each cell under it issued in the year, and the latest day.
 * One grouped query over the subtree (org_closure, then issued_document by unit and date).
 */
export async function reportsIssuedUnder(db: Q, unitId: string, year: number) {
  const rows = await db
    .selectFrom('org_closure as c')
    .innerJoin('issued_document as d', 'd.unit_id', 'c.descendant_id')
    .select((eb) => ['d.unit_id', eb.fn.countAll<number>().as('n'), eb.fn.max('d.issued_on').as('last_on')])
    .where('c.ancestor_id', '=', unitId)
    .where('d.issued_on', '>=', `${year}-01-01`)
    .where('d.issued_on', '<=', `${year}-12-31`)
    .groupBy('d.unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, { count: Number(r.n), lastOn: r.last_on as string }]));
}
