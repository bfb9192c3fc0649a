import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { levelsByQuarter, periodLevel, type QualityLevel } from '#domain/quality/rubric.ts';
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

/**
 * A cell's level over a period (an inspection's assessment against the rubric): the confirmed scores of its
 * meetings held from `from` to `to`, combined by `periodLevel`; with how many meetings it rests on.
 */
export async function cellPeriodLevel(
  db: Kysely<DB> | Transaction<DB>,
  cellId: string,
  from: string,
  to: string,
): Promise<{ level: QualityLevel | null; meetings: number }> {
  const rows = await store.confirmedLevelsOf(db, cellId, from, to);
  const levels = rows.flatMap((r) => (r.confirmed_level ? [r.confirmed_level as QualityLevel] : []));
  return { level: periodLevel(levels), meetings: levels.length };
}
