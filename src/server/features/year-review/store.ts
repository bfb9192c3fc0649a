import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The thresholds saved by any of these units (a unit without its own is absent), with the unit's name. */
export function thresholdsOf(db: Q, unitIds: readonly string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('year_review_threshold as t')
    .innerJoin('org_unit as u', 'u.id', 't.org_id')
    .select(['t.org_id', 'u.name as org_name', 't.thresholds', 't.updated_at'])
    .where('t.org_id', 'in', unitIds)
    .execute();
}

export function upsertThresholds(db: Q, row: DB['year_review_threshold']) {
  return db
    .insertInto('year_review_threshold')
    .values(row)
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({
        thresholds: row.thresholds,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function findReview(db: Q, cellId: string, year: number) {
  return db
    .selectFrom('year_review')
    .selectAll()
    .where('cell_id', '=', cellId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export function insertReview(db: Q, row: DB['year_review']) {
  return db.insertInto('year_review').values(row).execute();
}

export function updateReview(db: Q, id: string, patch: Partial<DB['year_review']>) {
  return db.updateTable('year_review').set(patch).where('id', '=', id).execute();
}

export function listAssessments(db: Q, reviewId: string) {
  return db.selectFrom('year_review_assessment').selectAll().where('review_id', '=', reviewId).execute();
}

export function upsertAssessment(db: Q, row: DB['year_review_assessment']) {
  return db
    .insertInto('year_review_assessment')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['review_id', 'person_id']).doUpdateSet({
        level: row.level,
        remark: row.remark,
        reason: row.reason,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** The finalised reviews of a year of these cells (the committee's list of received reports shows them). */
export function finalisedReviewsOf(db: Q, cellIds: readonly string[], year: number) {
  if (cellIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('year_review')
    .select(['cell_id', 'year', 'finalised_at'])
    .where('cell_id', 'in', cellIds)
    .where('year', '=', year)
    .where('status', '=', 'final')
    .execute();
}
