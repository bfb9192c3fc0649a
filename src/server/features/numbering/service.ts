import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  checkFirstNumber,
  lastIssued,
  NUMBERED_SERIES,
  nextNumber,
  type SeriesState,
} from '#domain/documents/first-number.ts';
import { numberingPeriod } from '#domain/documents/numbering.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import * as store from './store.ts';

const state = (row: { last_number: number; first_number: number | null } | undefined): SeriesState | null =>
  row
    ? {
        lastNumber: Number(row.last_number),
        firstNumber: row.first_number === null ? null : Number(row.first_number),
      }
    : null;

/**
 * A unit's numbered series in the run today falls in (the year, or the party term it numbers by): for each kind
 * the first number set, the last issued and the next one. Whoever sees the unit reads it; the secretary of a cell
 * and the officers of the committees over it (and of a committee itself) may set first numbers.
 */
export async function getNumbering(db: Kysely<DB>, actor: Actor, unitId: string) {
  const chain = await authorize(db, actor, 'org.read', unitId);
  const unit = await getUnit(db, unitId);
  const period = numberingPeriod(todayInVietnam(), unit.numbering_term_from);
  const rows = new Map((await store.listSeries(db, unitId, period)).map((r) => [r.kind, r]));
  return {
    period,
    series: NUMBERED_SERIES[unit.kind].map((kind) => {
      const s = state(rows.get(kind));
      return { kind, firstNumber: s?.firstNumber ?? null, lastIssued: lastIssued(s), next: nextNumber(s) };
    }),
    canEdit: NUMBERED_SERIES[unit.kind].length > 0 && isAllowed(actor, 'numbering.set', chain),
  };
}

/** Sets the first number of one series in the current run; refused at or below a number already issued. */
export async function setFirstNumber(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  input: { kind: string; firstNumber: number },
) {
  await db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'numbering.set', unitId);
    const unit = await getUnit(trx, unitId);
    const period = numberingPeriod(todayInVietnam(), unit.numbering_term_from);
    const before = await store.findSeries(trx, unitId, input.kind, period);
    const refusal = checkFirstNumber(unit.kind, input.kind, input.firstNumber, state(before));
    if (refusal === 'FIRST_NUMBER_SERIES_UNKNOWN')
      throw new AppError('VALIDATION_FAILED', { kind: 'FIRST_NUMBER_SERIES_UNKNOWN' });
    if (refusal) throw new AppError(refusal, { firstNumber: refusal });
    await store.setFirstNumber(trx, { unitId, kind: input.kind, period }, input.firstNumber);
    await recordAudit(trx, actor, {
      action: 'numbering.first_number',
      entityType: 'document_sequence',
      entityId: `${unitId}:${input.kind}:${period}`,
      unitId,
      before: before ?? null,
      after: { kind: input.kind, period, first_number: input.firstNumber },
    });
  });
  return getNumbering(db, actor, unitId);
}
