/**
 * The register of issued reports (decision 005): every report a unit issued, numbered once and kept as issued.
 * It sits below the features, as the audit log does: meetings and plans ask what was issued, follow-up and
 * documents issue, and none of them depends on another for it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { reindex } from '#db/search-index.ts';
import { refreshReportSummary } from '#db/summaries.ts';
import { parseIssuedDocument } from '#documents/issued-document.ts';
import { type ReportSubject, subjectKey } from '#domain/documents/issuing.ts';

type Q = Kysely<DB> | Transaction<DB>;

export async function insertIssued(db: Q, row: DB['issued_document']) {
  await db.insertInto('issued_document').values(row).execute();
  await reindex(db, 'report', row.id);
  await refreshReportSummary(db, row.unit_id, row.issued_on, row.subject);
}

export function findIssued(db: Q, unitId: string, subject: ReportSubject) {
  return db
    .selectFrom('issued_document')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('subject', '=', subjectKey(subject))
    .executeTakeFirst();
}

export function findIssuedById(db: Q, id: string) {
  return db.selectFrom('issued_document').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The report of one subject each of these units issued, with its number and day (a committee's report rows). */
export function listIssuedOfUnits(db: Q, unitIds: readonly string[], subject: ReportSubject) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('issued_document')
    .select(['unit_id', 'number', 'issued_on'])
    .where('unit_id', 'in', unitIds)
    .where('subject', '=', subjectKey(subject))
    .execute();
}

/** The stored document of an issued report, read through its versioned schema. */
export const frozen = (row: Pick<DB['issued_document'], 'document_json'>) =>
  parseIssuedDocument(row.document_json);

/** The reports a unit issued in a year, in the order of their numbers. */
export function listIssued(db: Q, unitId: string, year: number) {
  return db
    .selectFrom('issued_document as d')
    .leftJoin('person as p', 'p.id', 'd.issued_by')
    .leftJoin('report_receipt as rr', 'rr.document_id', 'd.id')
    .leftJoin('person as rp', 'rp.id', 'rr.received_by')
    .select([
      'd.id',
      'd.subject',
      'd.kind',
      'd.number',
      'd.title',
      'd.issued_on',
      'p.full_name as issued_by_name',
      'rr.received_at',
      'rp.full_name as received_by_name',
      'rr.remark',
      'rr.remarked_at',
    ])
    .where('d.unit_id', '=', unitId)
    .where('d.issued_on', '>=', `${year}-01-01`)
    .where('d.issued_on', '<=', `${year}-12-31`)
    .orderBy('d.issued_on')
    .orderBy('d.number')
    .execute();
}

/** The officer opened the report: it leaves their "reports not yet read" (once; the first opening counts). */
export async function markReportRead(db: Q, documentId: string, personId: string, at: string) {
  await db
    .insertInto('report_read')
    .values({ document_id: documentId, person_id: personId, read_at: at })
    .onConflict((oc) => oc.columns(['document_id', 'person_id']).doNothing())
    .execute();
}

/**
 * Reports the units directly under these committees issued since `from` that this person has not opened and the
 * committee has not yet marked received, with the unit and its name: one query (org_unit by parent, then
 * issued_document by unit and date). Seed 000: reports go to "Đảng ủy cấp trên trực tiếp"; committees higher up
 * may read them but do not receive them.
 */
export function listUnreadReportsUnder(
  db: Q,
  committeeIds: readonly string[],
  personId: string,
  from: string,
) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit as u')
    .innerJoin('issued_document as d', 'd.unit_id', 'u.id')
    .select([
      'd.id',
      'd.title',
      'd.number',
      'd.issued_on',
      'd.unit_id',
      'u.name as unit_name',
      'u.parent_id as committee_id',
    ])
    .where('u.parent_id', 'in', committeeIds)
    .where('d.issued_on', '>=', from)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report_read as r')
            .select('r.document_id')
            .whereRef('r.document_id', '=', 'd.id')
            .where('r.person_id', '=', personId),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report_receipt as rr').select('rr.document_id').whereRef('rr.document_id', '=', 'd.id'),
        ),
      ),
    )
    .execute();
}

/** Which of these subjects each unit has issued (the period reports the home asks for). */
export function listIssuedSubjects(db: Q, unitIds: readonly string[], subjects: readonly string[]) {
  if (unitIds.length === 0 || subjects.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('issued_document')
    .select(['unit_id', 'subject', 'issued_on'])
    .where('unit_id', 'in', unitIds)
    .where('subject', 'in', subjects)
    .execute();
}

/** The committee's receipt of an issued report, if marked. */
export function findReceipt(db: Q, documentId: string) {
  return db.selectFrom('report_receipt').selectAll().where('document_id', '=', documentId).executeTakeFirst();
}

/** The receipt with the names of who received it and who wrote the remark. */
export function findReceiptNamed(db: Q, documentId: string) {
  return db
    .selectFrom('report_receipt as rr')
    .leftJoin('person as rp', 'rp.id', 'rr.received_by')
    .leftJoin('person as mp', 'mp.id', 'rr.remarked_by')
    .selectAll('rr')
    .select(['rp.full_name as received_by_name', 'mp.full_name as remarked_by_name'])
    .where('rr.document_id', '=', documentId)
    .executeTakeFirst();
}

export async function insertReceipt(db: Q, row: DB['report_receipt']) {
  await db.insertInto('report_receipt').values(row).execute();
}

/** A later remark on a received report: the receipt's own who and when stay. */
export async function updateReceiptRemark(
  db: Q,
  documentId: string,
  remark: { remark: string | null; remarked_by: string | null; remarked_at: string | null },
) {
  await db.updateTable('report_receipt').set(remark).where('document_id', '=', documentId).execute();
}

/**
 * The reports the units directly under a committee issued in a year, newest first, with the unit, the receipt
 * (who, when, the remark) and whether this person opened it: one query (org_unit by parent, issued_document by
 * unit and date, the receipt and read mark by document).
 */
export function listReceivedUnder(db: Q, committeeId: string, year: number, personId: string | null) {
  return db
    .selectFrom('org_unit as u')
    .innerJoin('issued_document as d', 'd.unit_id', 'u.id')
    .leftJoin('report_receipt as rr', 'rr.document_id', 'd.id')
    .leftJoin('person as rp', 'rp.id', 'rr.received_by')
    .leftJoin('person as mp', 'mp.id', 'rr.remarked_by')
    .leftJoin('report_read as r', (join) =>
      join.onRef('r.document_id', '=', 'd.id').on('r.person_id', '=', personId ?? ''),
    )
    .select([
      'd.id',
      'd.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'd.subject',
      'd.number',
      'd.title',
      'd.issued_on',
      'rr.received_at',
      'rp.full_name as received_by_name',
      'rr.remark',
      'rr.remarked_at',
      'mp.full_name as remarked_by_name',
      'r.read_at',
    ])
    .where('u.parent_id', '=', committeeId)
    .where('d.issued_on', '>=', `${year}-01-01`)
    .where('d.issued_on', '<=', `${year}-12-31`)
    .orderBy('d.issued_on', 'desc')
    .orderBy('d.issued_at', 'desc')
    .execute();
}

/** Which of these subjects each cell directly under a committee has issued, whenever (one query). */
export function listSubjectsIssuedUnder(db: Q, committeeId: string, subjects: readonly string[]) {
  if (subjects.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit as u')
    .innerJoin('issued_document as d', 'd.unit_id', 'u.id')
    .select(['d.unit_id', 'd.subject', 'd.issued_on'])
    .where('u.parent_id', '=', committeeId)
    .where('d.subject', 'in', [...subjects])
    .execute();
}
