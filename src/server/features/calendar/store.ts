/** Private calendar feeds: one live token per user (its SHA-256 only), and whose cells a feed covers. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function liveToken(db: Q, userId: string) {
  return db
    .selectFrom('calendar_token')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeTokens(db: Q, userId: string, at: string) {
  const result = await db
    .updateTable('calendar_token')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertToken(db: Q, row: DB['calendar_token']) {
  await db.insertInto('calendar_token').values(row).execute();
}

/** The live token's owner: an enabled account; a revoked or unknown token finds nothing. */
export function ownerOfToken(db: Q, tokenHash: string) {
  return db
    .selectFrom('calendar_token as t')
    .innerJoin('user_account as a', 'a.id', 't.user_id')
    .select(['a.id as user_id', 'a.person_id', 'a.locale'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('a.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** The cells a person belongs to: their home cell as a member, and cells where they hold a role today. */
export async function cellsOfPerson(db: Q, personId: string, today: string) {
  const [home, roles] = await Promise.all([
    db
      .selectFrom('person as p')
      .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
      .select('u.id')
      .where('p.id', '=', personId)
      .where('u.kind', '=', 'cell')
      .where('p.status', 'in', ['official', 'probationary', 'exempt'])
      .execute(),
    db
      .selectFrom('role_assignment as r')
      .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
      .select('u.id')
      .where('r.person_id', '=', personId)
      .where('u.kind', '=', 'cell')
      .where('r.started_on', '<=', today)
      .where((eb) => eb.or([eb('r.ended_on', 'is', null), eb('r.ended_on', '>', today)]))
      .execute(),
  ]);
  return [...new Set([...home, ...roles].map((r) => r.id))];
}
