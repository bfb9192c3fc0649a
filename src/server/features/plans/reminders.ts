import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { vietnamYearInstants } from '#domain/dates/local-date.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize, unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { getUnit } from '../orgs/index.ts';
import * as store from './store.ts';

export interface CommitteeReminderInput {
  cellIds: readonly string[];
  message: string;
}

/**
 * A committee's officer reminds lagging cells from the overview (issue 14; seed 000: the committee above
 * "theo dõi, đôn đốc" its cells): one record per cell (who, when, what), audited, and a notification to each
 * cell's secretary and deputy — all in one transaction. A cell not under the committee is unknown here (404);
 * whoever sees the cells but is not an officer of this committee is refused (403).
 */
export async function remindCells(
  db: Kysely<DB>,
  actor: Actor,
  committeeId: string,
  input: CommitteeReminderInput,
) {
  return db.transaction().execute(async (trx) => {
    const committee = await getUnit(trx, committeeId);
    if (committee.kind !== 'committee') throw new AppError('NOT_FOUND');
    const cellIds = [...new Set(input.cellIds)];
    const cells = await store.cellsUnder(trx, committeeId, cellIds);
    if (cells.length !== cellIds.length) throw new AppError('NOT_FOUND');
    for (const id of cellIds) await authorize(trx, actor, 'org.read', id);
    if (!isAllowed(actor, 'committee.remind', await unitChain(trx, committeeId)))
      throw new AppError('FORBIDDEN');
    const sentBy = actor.personId;
    const message = input.message.normalize('NFC').trim();
    const now = nowIso();
    const rows: DB['committee_reminder'][] = cellIds.map((cellId) => ({
      id: newId(),
      committee_id: committeeId,
      cell_id: cellId,
      message,
      sent_by: sentBy,
      sent_at: now,
    }));
    await store.insertCommitteeReminders(trx, rows);
    for (const row of rows) {
      await notify(trx, {
        kind: 'committee_reminder',
        unitId: row.cell_id,
        recipients: { roles: ['secretary', 'deputy'] },
        exceptPersonId: sentBy,
        params: { message, committee: committee.name },
        link: `/units/${row.cell_id}?tab=plans`,
      });
      await recordAudit(trx, actor, {
        action: 'committee.remind',
        entityType: 'committee_reminder',
        entityId: row.id,
        unitId: row.cell_id,
        after: { committeeId, message },
      });
    }
    return { sent: rows.length, sentAt: now };
  });
}

/**
 * The reminders of a year, as each side sees them (issue 15; seed 002: the committee "thường xuyên kiểm tra,
 * nhắc nhở các chi bộ"): a cell, what the committees above sent it; a committee, what it sent its cells.
 * Whoever reads the unit's plan reads them (plan.read): the cell's members and the committees above it.
 */
export async function listReminders(db: Kysely<DB>, actor: Actor, unitId: string, year: number) {
  await authorize(db, actor, 'plan.read', unitId);
  const unit = await getUnit(db, unitId);
  const filter = unit.kind === 'committee' ? { committeeId: unitId } : { cellId: unitId };
  return store.listCommitteeReminders(db, filter, vietnamYearInstants(year));
}
