/** The jobs' leases: one row per named job; holding it is the right to run the job now. */
import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';

/**
 * Takes the job's lease if it is due and nobody holds a live lease: a conditional update, so of several
 * instances (on PostgreSQL, several app processes or workers) exactly one gets it — the others' updates
 * re-read the row after the winner's commit and match nothing. The row is created on first sight.
 */
export async function acquireLease(db: Kysely<DB>, name: string, holder: string, now: string, until: string) {
  await db
    .insertInto('job_lease')
    .values({ name, holder: null, lease_until: now, last_run_at: null, next_run_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('job_lease')
    .set({ holder, lease_until: until })
    .where('name', '=', name)
    .where('next_run_at', '<=', now)
    .where((eb) => eb.or([eb('holder', 'is', null), eb('lease_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the lease back and says when the job is next due. */
export async function releaseLease(
  db: Kysely<DB>,
  name: string,
  holder: string,
  ranAt: string,
  nextRunAt: string,
) {
  await db
    .updateTable('job_lease')
    .set({ holder: null, lease_until: ranAt, last_run_at: ranAt, next_run_at: nextRunAt })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

export function leaseOf(db: Kysely<DB>, name: string) {
  return db.selectFrom('job_lease').selectAll().where('name', '=', name).executeTakeFirst();
}
