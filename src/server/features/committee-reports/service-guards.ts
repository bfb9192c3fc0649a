import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';

/** The unit, which must be a committee: a cell has its own period report (documents feature). */
export async function requireCommittee(db: Kysely<DB> | Transaction<DB>, unitId: string) {
  const unit = await getUnit(db, unitId);
  if (unit.kind !== 'committee') throw new AppError('COMMITTEE_REPORT_NOT_COMMITTEE');
  return unit;
}
