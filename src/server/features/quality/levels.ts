import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { levelsByQuarter } from '#domain/quality/rubric.ts';
import * as store from './store.ts';

/** Each cell's quality level per quarter of a year, for the cells under a committee (one query for the subtree). */
export async function qualityLevelsUnder(
  db: Kysely<DB> | Transaction<DB>,
  committeeId: string,
  year: number,
) {
  const rows = await store.levelsUnder(db, committeeId, year);
  return levelsByQuarter(
    rows.map((r) => ({
      cellId: r.cell_id,
      heldOn: r.held_on,
      proposed: r.proposed_level,
      confirmed: r.confirmed_level,
    })),
  );
}
