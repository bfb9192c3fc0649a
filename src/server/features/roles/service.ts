import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { isSingleHolderRole, type Role, rolesForKind } from '#domain/authz/roles.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import * as store from './store.ts';

export async function listRoles(db: Kysely<DB>, actor: Actor, unitId: string, withHistory: boolean) {
  await authorize(db, actor, 'org.read', unitId);
  return store.listRolesOfUnit(db, unitId, withHistory);
}

/**
 * Gives a person a role in a unit from a date. A cell's secretary, deputy and a group's leader are
 * single posts: the new holder replaces the old one, whose term ends that day (history keeps both).
 */
export async function assignRole(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  input: { personId: string; role: Role; startedOn: string },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'roles.manage', unitId);
    const unit = await getUnit(trx, unitId);
    if (!rolesForKind(unit.kind).includes(input.role))
      throw new AppError('ROLE_NOT_FOR_UNIT', { role: 'ROLE_NOT_FOR_UNIT' });
    const person = await store.findCandidate(trx, input.personId);
    if (!person) throw new AppError('NOT_FOUND');
    await authorize(trx, actor, 'members.read', person.unit_id);
    // Cell and group posts are elected from the cell's official members; probationary members do not
    // stand for election (Party Charter, Art. 3).
    if (unit.kind !== 'committee') {
      const inUnit = unit.kind === 'cell' ? person.unit_id === unit.id : person.group_id === unit.id;
      if (!inUnit || person.status !== 'official') {
        throw new AppError('ROLE_HOLDER_NOT_MEMBER', { personId: 'ROLE_HOLDER_NOT_MEMBER' });
      }
    } else if (person.status === 'transferred_out') {
      throw new AppError('ROLE_HOLDER_NOT_MEMBER', { personId: 'ROLE_HOLDER_NOT_MEMBER' });
    }
    const open = await store.listOpenAssignments(trx, unitId, input.role);
    if (open.some((a) => a.person_id === input.personId)) throw new AppError('ROLE_ALREADY_HELD');
    if (isSingleHolderRole(input.role)) {
      for (const previous of open) {
        if (input.startedOn < previous.started_on) {
          throw new AppError('DATE_BEFORE_CURRENT', { startedOn: 'DATE_BEFORE_CURRENT' });
        }
        await store.endRole(trx, previous.id, input.startedOn);
        await recordAudit(trx, actor, {
          action: 'role.end',
          entityType: 'role_assignment',
          entityId: previous.id,
          unitId,
          before: previous,
          after: { ...previous, ended_on: input.startedOn },
        });
      }
    }
    const row: DB['role_assignment'] = {
      id: newId(),
      person_id: input.personId,
      unit_id: unitId,
      role: input.role,
      started_on: input.startedOn,
      ended_on: null,
      created_by: actor.userId,
      created_at: nowIso(),
    };
    await store.insertRole(trx, row);
    await recordAudit(trx, actor, {
      action: 'role.assign',
      entityType: 'role_assignment',
      entityId: row.id,
      unitId,
      after: row,
    });
    return row.id;
  });
}

export async function endRole(db: Kysely<DB>, actor: Actor, id: string, endedOn: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getRole(trx, id);
    await authorize(trx, actor, 'roles.manage', before.unit_id);
    if (before.ended_on) throw new AppError('ROLE_ALREADY_ENDED');
    if (endedOn < before.started_on)
      throw new AppError('DATE_BEFORE_CURRENT', { endedOn: 'DATE_BEFORE_CURRENT' });
    await store.endRole(trx, id, endedOn);
    await recordAudit(trx, actor, {
      action: 'role.end',
      entityType: 'role_assignment',
      entityId: id,
      unitId: before.unit_id,
      before,
      after: { ...before, ended_on: endedOn },
    });
  });
}

export async function getRole(db: Kysely<DB>, id: string) {
  const role = await store.findRole(db, id);
  if (!role) throw new AppError('NOT_FOUND');
  return role;
}
