import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB, OrgUnit } from '#db/schema.ts';
import { type Actor, isAllowed, visibleRoots } from '#domain/authz/policy.ts';
import { rolesForKind } from '#domain/authz/roles.ts';
import { canBeRoot, canHoldChild, type OrgKind } from '#domain/orgs/org-kinds.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import * as store from './store.ts';

export interface UnitInput {
  name: string;
  shortName?: string | null;
  place?: string | null;
  numberingTermFrom?: string | null;
  /** The cell's interval between sending a topic's draft and the meeting (practice, draft-gate.ts). */
  draftLeadDays?: number | null;
  /** The cell's reminder lead times (practice, domain/notifications/reminders.ts). */
  commentReminderDays?: number | null;
  taskReminderDays?: number | null;
}

type TreeRow = Awaited<ReturnType<typeof store.listChildUnits>>[number];

const treeUnit = (u: TreeRow, canManage: boolean) => ({
  ...u,
  member_count: Number(u.member_count ?? 0),
  child_count: Number(u.child_count ?? 0),
  canManage,
});

/**
 * The tree one level at a time (issue 20: a province officer's whole tree is 8,278 units, 1.9 MB). Without a
 * parent: the tops of what the actor sees (`visibleTops`) and the units directly under them. With a parent: the
 * units directly under it, once the actor may read it (404 otherwise, as for the unit itself). Visibility is the
 * flat list's: a unit is seen when the actor holds a grant in it or above it (`org.read`), nothing else.
 */
export async function listTreeLevel(db: Kysely<DB>, actor: Actor, parentId?: string) {
  if (parentId !== undefined) {
    const chain = await authorize(db, actor, 'org.read', parentId);
    // A child's chain is the parent's with the child in front; a grant in the child itself manages it too.
    const rows = await store.listChildUnits(db, parentId);
    return rows.map((u) => treeUnit(u, isAllowed(actor, 'org.manage', [u.id, ...chain])));
  }
  const tops = await store.visibleTops(db, actor.isAdmin ? 'all' : visibleRoots(actor));
  const rows = await store.listUnitsAndChildren(db, tops);
  const topSet = new Set(tops);
  // Tops are the actor's highest grant units: every grant lies in a top or under it, so the chain that matters
  // for managing is the unit and, for a unit under a top, the top.
  return rows
    .filter((u) => topSet.has(u.id) || (u.parent_id !== null && topSet.has(u.parent_id)))
    .map((u) => {
      const chain = topSet.has(u.id) || u.parent_id === null ? [u.id] : [u.id, u.parent_id];
      return treeUnit(u, isAllowed(actor, 'org.manage', chain));
    });
}

/**
 * The pickers' search (issue 20): units the actor sees whose folded name holds every word of `q`, ranked, each
 * with the names of the two units above it; `under` must be a unit the actor may read (404 otherwise).
 */
export async function searchVisibleUnits(
  db: Kysely<DB>,
  actor: Actor,
  params: { q?: string; kind?: OrgKind; under?: string; exclude?: string; limit?: number },
) {
  if (params.under !== undefined) await authorize(db, actor, 'org.read', params.under);
  const rows = await store.searchUnits(db, {
    within: actor.isAdmin ? 'all' : visibleRoots(actor),
    q: params.q ?? '',
    kind: params.kind,
    under: params.under,
    exclude: params.exclude,
    limit: params.limit ?? 20,
  });
  const paths = await store.ancestorNames(
    db,
    rows.map((r) => r.id),
    2,
  );
  return rows.map((r) => ({ ...r, path: paths.get(r.id) ?? [] }));
}

export async function getUnitDetail(db: Kysely<DB>, actor: Actor, id: string) {
  const chain = await authorize(db, actor, 'org.read', id);
  const unit = await getUnit(db, id);
  const [ancestorRows, visible] = await Promise.all([
    store.listUnitsByIds(db, chain.slice(1)),
    store.listUnitAndChildren(db, id),
  ]);
  const byId = new Map(ancestorRows.map((a) => [a.id, a]));
  const ancestors = chain
    .slice(1)
    .reverse()
    .flatMap((a) => {
      const row = byId.get(a);
      return row ? [row] : [];
    });
  const self = visible.find((u) => u.id === id);
  const manage = isAllowed(actor, 'org.manage', chain);
  return {
    unit: { ...unit, member_count: Number(self?.member_count ?? 0), canManage: manage },
    ancestors,
    children: visible
      .filter((u) => u.parent_id === id)
      .map((u) => ({ ...u, member_count: Number(u.member_count ?? 0), canManage: manage })),
    permissions: {
      manage,
      // The party's own records (roster, plans, meetings): not non-member staff (issue 19).
      readMembers: isAllowed(actor, 'members.read', chain),
      manageMembers: isAllowed(actor, 'members.manage', chain),
      // "Nhập từ Excel" on a cell's roster (issue 18): its secretary or deputy and the officers above.
      importMembers: unit.kind === 'cell' && isAllowed(actor, 'members.import', chain),
      manageRoles: isAllowed(actor, 'roles.manage', chain),
      readAudit: isAllowed(actor, 'audit.read', chain),
      // A committee's calendar of its cells' meetings, where its people register to attend (seed 000).
      readMeetingCalendar: unit.kind === 'committee' && isAllowed(actor, 'committee.calendar', chain),
      readUpwardReport: unit.kind === 'committee' && isAllowed(actor, 'upward_report.read', chain),
      // Seed 000: the committee above guides the cells that struggle; the cell's secretary and deputy read it too.
      readSupport:
        unit.kind === 'committee'
          ? isAllowed(actor, 'support.overview', chain)
          : unit.kind === 'cell' && isAllowed(actor, 'support.read', chain),
      // Inspection and supervision (seed 002): a committee's people and those above read its inspections; a cell's
      // are read by the committees above it (a grant in the cell itself never counts) and by its own party members.
      readInspections:
        unit.kind === 'committee'
          ? isAllowed(actor, 'inspection.read', chain)
          : unit.kind === 'cell' &&
            (isAllowed(actor, 'inspection.read', chain.slice(1)) ||
              isAllowed(actor, 'inspection.read_own', chain)),
      // The reports the units below sent up (its officers and inspectors, the committees above).
      readReceivedReports: unit.kind === 'committee' && isAllowed(actor, 'report.list_received', chain),
    },
    assignableRoles: rolesForKind(unit.kind),
  };
}

export async function getUnit(db: Kysely<DB>, id: string): Promise<OrgUnit> {
  const unit = await store.findUnit(db, id);
  if (!unit) throw new AppError('NOT_FOUND');
  return unit;
}

export async function createUnit(
  db: Kysely<DB>,
  actor: Actor,
  input: UnitInput & { parentId: string | null; kind: OrgKind },
): Promise<OrgUnit> {
  return db.transaction().execute(async (trx) => {
    let parentChain: string[] = [];
    if (input.parentId === null) {
      if (!actor.isAdmin) throw new AppError('FORBIDDEN');
      if (!canBeRoot(input.kind))
        throw new AppError('ORG_ROOT_NOT_ALLOWED', { kind: 'ORG_ROOT_NOT_ALLOWED' });
    } else {
      parentChain = await authorize(trx, actor, 'org.manage', input.parentId);
      const parent = await getUnit(trx, input.parentId);
      if (!canHoldChild(parent.kind, input.kind)) {
        throw new AppError('ORG_CHILD_NOT_ALLOWED', { kind: 'ORG_CHILD_NOT_ALLOWED' });
      }
    }
    const now = nowIso();
    const row: DB['org_unit'] = {
      id: newId(),
      parent_id: input.parentId,
      kind: input.kind,
      name: input.name,
      short_name: input.shortName ?? null,
      place: input.place ?? null,
      numbering_term_from: null,
      draft_lead_days: null,
      comment_reminder_days: null,
      task_reminder_days: null,
      created_at: now,
      updated_at: now,
    };
    await store.insertUnit(trx, row, parentChain);
    await recordAudit(trx, actor, {
      action: 'org.create',
      entityType: 'org_unit',
      entityId: row.id,
      unitId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateUnit(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: Partial<UnitInput> & { parentId?: string },
): Promise<OrgUnit> {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'org.manage', id);
    const before = await getUnit(trx, id);
    if (input.parentId !== undefined && input.parentId !== before.parent_id) {
      const newChain = await authorize(trx, actor, 'org.manage', input.parentId);
      if (newChain.includes(id))
        throw new AppError('ORG_MOVE_INTO_ITSELF', { parentId: 'ORG_MOVE_INTO_ITSELF' });
      const parent = await getUnit(trx, input.parentId);
      if (!canHoldChild(parent.kind, before.kind)) {
        throw new AppError('ORG_CHILD_NOT_ALLOWED', { parentId: 'ORG_CHILD_NOT_ALLOWED' });
      }
      // People of a party group belong to its cell: a group moves to another cell only when empty.
      if (before.kind === 'group' && (await store.countPeopleInGroup(trx, id)) > 0) {
        throw new AppError('ORG_GROUP_HAS_MEMBERS', { parentId: 'ORG_GROUP_HAS_MEMBERS' });
      }
      await store.moveSubtree(trx, id, newChain);
    }
    const patch: Partial<DB['org_unit']> = { updated_at: nowIso() };
    if (input.name !== undefined) patch.name = input.name;
    if (input.shortName !== undefined) patch.short_name = input.shortName;
    if (input.place !== undefined) patch.place = input.place;
    if (input.numberingTermFrom !== undefined) patch.numbering_term_from = input.numberingTermFrom;
    if (input.draftLeadDays !== undefined) {
      // A cell's meetings are the ones whose drafts go to members (seed 000): the setting is the cell's.
      if (before.kind !== 'cell')
        throw new AppError('VALIDATION_FAILED', { draftLeadDays: 'ORG_SETTING_CELL_ONLY' });
      patch.draft_lead_days = input.draftLeadDays;
    }
    // The reminders a cell's members get (comment windows, tasks, reviews) are the cell's settings too.
    for (const [field, column] of [
      ['commentReminderDays', 'comment_reminder_days'],
      ['taskReminderDays', 'task_reminder_days'],
    ] as const) {
      const value = input[field];
      if (value === undefined) continue;
      if (before.kind !== 'cell')
        throw new AppError('VALIDATION_FAILED', { [field]: 'ORG_SETTING_CELL_ONLY' });
      patch[column] = value;
    }
    await store.updateUnit(trx, id, patch);
    const after = await getUnit(trx, id);
    await recordAudit(trx, actor, {
      action: 'org.update',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteUnit(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const chain = await authorize(trx, actor, 'org.manage', id);
    // A root can only go by an administrator's hand; an officer cannot delete the committee they sit in.
    if (chain.length === 1 && !actor.isAdmin) throw new AppError('FORBIDDEN');
    const before = await getUnit(trx, id);
    if ((await store.countDependants(trx, id)) > 0) throw new AppError('ORG_NOT_EMPTY');
    await store.deleteUnit(trx, id);
    await recordAudit(trx, actor, {
      action: 'org.delete',
      entityType: 'org_unit',
      entityId: id,
      unitId: before.parent_id,
      before,
    });
  });
}
