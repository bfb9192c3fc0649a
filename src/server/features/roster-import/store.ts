import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

const personColumns = [
  'p.id',
  'p.unit_id',
  'p.full_name',
  'p.birth_date',
  'p.gender',
  'p.card_number',
  'p.joined_on',
  'p.official_on',
  'p.phone',
  'p.email',
  'p.status',
  'p.status_since',
] as const;

/** The people a roster file may touch: those holding one of its card numbers (any unit), and the cell's own. */
export async function peopleForImport(db: Q, cellId: string, cardNumbers: readonly string[]) {
  const own = await db
    .selectFrom('person as p')
    .leftJoin('membership_period as m', (j) =>
      j.onRef('m.person_id', '=', 'p.id').on('m.ended_on', 'is', null),
    )
    .select([...personColumns, 'm.started_on as period_started_on'])
    .where('p.unit_id', '=', cellId)
    .execute();
  const byCard =
    cardNumbers.length === 0
      ? []
      : await db
          .selectFrom('person as p')
          .select(personColumns)
          .where('p.card_number', 'in', [...cardNumbers])
          .where('p.unit_id', '!=', cellId)
          .execute();
  return [...own, ...byCard.map((p) => ({ ...p, period_started_on: null }))];
}
