import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { type LocalDate, todayInVietnam } from '#domain/dates/local-date.ts';
import {
  endDateIssue,
  entryDateIssue,
  hasOpenRecord,
  isSupportChangeAllowed,
  mayBeAssigned,
  type SupportEntryKind,
  supportStatus,
} from '#domain/support/support.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { notify } from '../../notifications/notify.ts';
import { findPerson } from '../members/index.ts';
import { getUnit } from '../orgs/index.ts';
import { loadSupport, supportPermissions } from './access.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface MarkInput {
  reason: string;
  assigneeId: string;
  startedOn: LocalDate;
}

export interface ChangeInput {
  assigneeId?: string | null;
  reason?: string | null;
  endedOn?: LocalDate | null;
  endNote?: string | null;
}

export interface EntryInput {
  kind: SupportEntryKind;
  onDate: LocalDate;
  findings: string;
  advice?: string | null;
}

/**
 * A unit's guidance records. For a cell: all its records (the open one and the ended ones) with their visits
 * and notes, to the committees above and to the cell's secretary and deputy; for a committee: the open
 * records of the cells of its subtree, each with the person assigned and the last visit.
 */
export async function getSupportOf(db: Kysely<DB>, actor: Actor, unitId: string) {
  const unit = await getUnit(db, unitId);
  if (unit.kind === 'group') throw new AppError('NOT_FOUND');
  if (unit.kind === 'committee') {
    const chain = await authorize(db, actor, 'support.overview', unitId);
    const records = await store.listOpenUnder(db, unitId);
    return { unit, chain, records, entries: [], candidates: [], canMark: false };
  }
  const chain = await authorize(db, actor, 'support.read', unitId);
  const records = await store.listSupportsOfCell(db, unitId);
  const manage = isAllowed(actor, 'support.manage', chain);
  const [entries, candidates] = await Promise.all([
    store.listEntries(
      db,
      records.map((r) => r.id),
    ),
    manage ? store.listCandidates(db, chain.slice(1), todayInVietnam()) : [],
  ]);
  const canMark = manage && !hasOpenRecord(records.map((r) => ({ endedOn: r.ended_on })));
  return { unit, chain, records, entries, candidates, canMark };
}

/** Holds the assignee role today in a committee above the cell (support.ts, mayBeAssigned), else 400 on the field. */
async function requireEligible(trx: Trx, personId: string, chain: readonly string[]) {
  const above = chain.slice(1);
  const roles = await store.rolesHeldIn(trx, personId, above, todayInVietnam());
  if (!mayBeAssigned(roles, above))
    throw new AppError('VALIDATION_FAILED', { assigneeId: 'SUPPORT_ASSIGNEE_NOT_ELIGIBLE' });
}

async function tellAssignee(
  trx: Trx,
  actor: Actor,
  cell: { id: string; name: string },
  assignment: { assigneeId: string; reason: string },
) {
  await notify(trx, {
    kind: 'support_assigned',
    unitId: cell.id,
    recipients: { personIds: [assignment.assigneeId] },
    exceptPersonId: actor.personId,
    params: { cell: cell.name, reason: assignment.reason },
    link: `/units/${cell.id}?tab=support`,
  });
}

/**
 * An officer of a committee above marks a cell as needing guidance (seed 000: "đảng ủy cấp trên trực tiếp chỉ
 * đạo, hướng dẫn cách sinh hoạt") and assigns who follows it; the person assigned is told. One open record per
 * cell (409 while one is open).
 */
export async function markCell(db: Kysely<DB>, actor: Actor, cellId: string, input: MarkInput) {
  return db.transaction().execute(async (trx) => {
    const chain = await authorize(trx, actor, 'support.manage', cellId);
    const cell = await getUnit(trx, cellId);
    if (cell.kind !== 'cell') throw new AppError('SUPPORT_NOT_CELL');
    if (await store.findOpenSupportOfCell(trx, cellId)) throw new AppError('SUPPORT_ALREADY_OPEN');
    await requireEligible(trx, input.assigneeId, chain);
    const now = nowIso();
    const row: DB['cell_support'] = {
      id: newId(),
      cell_id: cellId,
      reason: input.reason.normalize('NFC'),
      assignee_id: input.assigneeId,
      started_on: input.startedOn,
      marked_by: actor.personId,
      marked_at: now,
      ended_on: null,
      end_note: null,
      ended_by: null,
      updated_at: now,
    };
    await store.insertSupport(trx, row);
    await tellAssignee(trx, actor, cell, { assigneeId: row.assignee_id, reason: row.reason });
    await recordAudit(trx, actor, {
      action: 'support.mark',
      entityType: 'cell_support',
      entityId: row.id,
      unitId: cellId,
      after: row,
    });
    return row.id;
  });
}

/** The officer reassigns the record, corrects its reason, or ends it with a closing note. */
export async function changeSupport(db: Kysely<DB>, actor: Actor, id: string, input: ChangeInput) {
  await db.transaction().execute(async (trx) => {
    const { record, chain, canManage } = await loadSupport(trx, actor, id);
    if (!isAllowed(actor, 'support.manage', chain)) throw new AppError('FORBIDDEN');
    const status = supportStatus({ endedOn: record.ended_on });
    if (!canManage || !isSupportChangeAllowed(status, input.endedOn ? 'end' : 'reassign'))
      throw new AppError('SUPPORT_ENDED');
    const patch: Partial<DB['cell_support']> = { updated_at: nowIso() };
    const reassigned = input.assigneeId && input.assigneeId !== record.assignee_id ? input.assigneeId : null;
    if (reassigned) {
      await requireEligible(trx, reassigned, chain);
      patch.assignee_id = reassigned;
    }
    if (input.reason) patch.reason = input.reason.normalize('NFC');
    if (input.endedOn) {
      if (!input.endNote) throw new AppError('VALIDATION_FAILED', { endNote: 'SUPPORT_END_NOTE_REQUIRED' });
      const issue = endDateIssue(record.started_on, input.endedOn);
      if (issue) throw new AppError('VALIDATION_FAILED', { endedOn: `SUPPORT_${issue}` });
      patch.ended_on = input.endedOn;
      patch.end_note = input.endNote.normalize('NFC');
      patch.ended_by = actor.personId;
    }
    await store.updateSupport(trx, id, patch);
    if (reassigned && !input.endedOn) {
      const cell = { id: record.cell_id, name: record.cell_name };
      await tellAssignee(trx, actor, cell, { assigneeId: reassigned, reason: patch.reason ?? record.reason });
    }
    await recordAudit(trx, actor, {
      action: input.endedOn ? 'support.end' : 'support.change',
      entityType: 'cell_support',
      entityId: id,
      unitId: record.cell_id,
      before: rowOf(record),
      after: patch,
    });
  });
}

function rowOf(record: store.SupportRow): DB['cell_support'] {
  return {
    id: record.id,
    cell_id: record.cell_id,
    reason: record.reason,
    assignee_id: record.assignee_id,
    started_on: record.started_on,
    marked_by: record.marked_by,
    marked_at: record.marked_at,
    ended_on: record.ended_on,
    end_note: record.end_note,
    ended_by: record.ended_by,
    updated_at: record.updated_at,
  };
}

/**
 * The person assigned (or an officer above) records a guidance visit or note: when, what was found, what was
 * advised. The cell's secretary and deputy are told, and read it on the cell's page.
 */
export async function recordEntry(db: Kysely<DB>, actor: Actor, supportId: string, input: EntryInput) {
  return db.transaction().execute(async (trx) => {
    const { record, chain } = await loadSupport(trx, actor, supportId);
    const { canRecord } = supportPermissions(actor, chain, { ...record, ended_on: null });
    if (!canRecord) throw new AppError('FORBIDDEN');
    if (!isSupportChangeAllowed(supportStatus({ endedOn: record.ended_on }), 'record_entry'))
      throw new AppError('SUPPORT_ENDED');
    const issue = entryDateIssue(record.started_on, input.onDate, todayInVietnam());
    if (issue) throw new AppError('VALIDATION_FAILED', { onDate: `SUPPORT_${issue}` });
    const row: DB['support_entry'] = {
      id: newId(),
      support_id: supportId,
      kind: input.kind,
      on_date: input.onDate,
      findings: input.findings.normalize('NFC'),
      advice: input.advice?.normalize('NFC') ?? null,
      recorded_by: actor.personId,
      created_at: nowIso(),
    };
    await store.insertEntry(trx, row);
    await notify(trx, {
      kind: 'support_entry',
      unitId: record.cell_id,
      recipients: { roles: ['secretary', 'deputy'] },
      exceptPersonId: actor.personId,
      params: { by: await recorderName(trx, actor), entryKind: row.kind, date: row.on_date },
      link: `/units/${record.cell_id}?tab=support`,
    });
    await recordAudit(trx, actor, {
      action: 'support.record',
      entityType: 'support_entry',
      entityId: row.id,
      unitId: record.cell_id,
      after: row,
    });
    return row.id;
  });
}

async function recorderName(trx: Trx, actor: Actor): Promise<string> {
  const person = actor.personId ? await findPerson(trx, actor.personId) : undefined;
  return person?.full_name ?? '';
}
