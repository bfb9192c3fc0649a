import type { Kysely, Transaction } from 'kysely';
import { lockRollupsOfCells } from '#db/committee-rollups.ts';
import { newId, nowIso } from '#db/ids.ts';
import type { DB, Person } from '#db/schema.ts';
import { uniqueViolationAs } from '#db/unique-violation.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import {
  allowedNextStatuses,
  canChangeStatus,
  type MemberStatus,
  PARTY_STATUSES,
} from '#domain/members/member-status.ts';
import { foldText } from '#domain/text/fold.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { assertPasswordAllowed } from '../../auth/auth-service.ts';
import { hashPassword } from '../../auth/password.ts';
import { findAccountByPerson, findAccountByUsername, insertAccount } from '../../auth/store.ts';
import { authorize, unitChain } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import * as orgs from '../orgs/index.ts';
import { getUnit } from '../orgs/index.ts';
import * as roleStore from '../roles/index.ts';
import * as store from './store.ts';

type Trx = Transaction<DB>;

export interface ProfileInput {
  fullName?: string;
  gender?: 'male' | 'female' | null;
  birthDate?: string | null;
  phone?: string | null;
  email?: string | null;
  joinedOn?: string | null;
  officialOn?: string | null;
  cardNumber?: string | null;
  groupId?: string | null;
}

export interface CreateMemberInput extends ProfileInput {
  fullName: string;
  unitId: string;
  status: Exclude<MemberStatus, 'transferred_out'>;
  statusSince: string;
}

export async function createMember(db: Kysely<DB>, actor: Actor, input: CreateMemberInput): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'members.manage', input.unitId);
    const unit = await getUnit(trx, input.unitId);
    // Party members are kept on a cell's roster; non-member staff may belong to any unit (seed 002).
    if (input.status !== 'staff' && unit.kind !== 'cell') {
      throw new AppError('MEMBER_NOT_IN_CELL', { unitId: 'MEMBER_NOT_IN_CELL' });
    }
    await checkGroup(trx, input.unitId, input.groupId);
    await checkCardFree(trx, input.cardNumber, null);
    const now = nowIso();
    const row: DB['person'] = {
      id: newId(),
      full_name: input.fullName,
      name_folded: foldText(input.fullName),
      gender: input.gender ?? null,
      birth_date: input.birthDate ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      unit_id: input.unitId,
      group_id: input.groupId ?? null,
      status: input.status,
      status_since: input.statusSince,
      joined_on: input.joinedOn ?? (input.status === 'probationary' ? input.statusSince : null),
      official_on: input.officialOn ?? null,
      card_number: input.cardNumber ?? null,
      created_at: now,
      updated_at: now,
    };
    // Two entries of the same card at once: the second gets the same refusal as `checkCardFree`.
    await store.insertPerson(trx, row).catch(uniqueViolationAs(cardTaken));
    await store.openPeriod(trx, {
      id: newId(),
      person_id: row.id,
      unit_id: row.unit_id,
      status: row.status,
      started_on: row.status_since,
      ended_on: null,
      note: null,
      recorded_by: actor.userId,
      recorded_at: now,
    });
    await recordAudit(trx, actor, {
      action: 'member.create',
      entityType: 'person',
      entityId: row.id,
      unitId: row.unit_id,
      after: row,
    });
    return row.id;
  });
}

export async function updateMember(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: ProfileInput,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getPerson(trx, id);
    await authorize(trx, actor, 'members.manage', before.unit_id);
    if (input.groupId !== undefined) await checkGroup(trx, before.unit_id, input.groupId);
    if (input.cardNumber !== undefined) await checkCardFree(trx, input.cardNumber, id);
    const patch: Partial<DB['person']> = { updated_at: nowIso() };
    if (input.fullName !== undefined) {
      patch.full_name = input.fullName;
      patch.name_folded = foldText(input.fullName);
    }
    if (input.gender !== undefined) patch.gender = input.gender;
    if (input.birthDate !== undefined) patch.birth_date = input.birthDate;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.email !== undefined) patch.email = input.email;
    if (input.joinedOn !== undefined) patch.joined_on = input.joinedOn;
    if (input.officialOn !== undefined) patch.official_on = input.officialOn;
    if (input.cardNumber !== undefined) patch.card_number = input.cardNumber;
    if (input.groupId !== undefined) patch.group_id = input.groupId;
    await store.updatePerson(trx, id, patch).catch(uniqueViolationAs(cardTaken));
    const after = await getPerson(trx, id);
    await recordAudit(trx, actor, {
      action: 'member.update',
      entityType: 'person',
      entityId: id,
      unitId: after.unit_id,
      before,
      after,
    });
  });
}

export async function changeStatus(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { status: MemberStatus; on: string; note?: string | null },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getPerson(trx, id);
    await authorize(trx, actor, 'members.manage', before.unit_id);
    if (!canChangeStatus(before.status, input.status)) {
      throw new AppError('MEMBER_STATUS_CHANGE_NOT_ALLOWED', { status: 'MEMBER_STATUS_CHANGE_NOT_ALLOWED' });
    }
    await checkNotBeforeCurrentPeriod(trx, before, input.on);
    const patch: Partial<DB['person']> = {
      status: input.status,
      status_since: input.on,
      updated_at: nowIso(),
    };
    if (before.status === 'probationary' && input.status === 'official') patch.official_on = input.on;
    if (input.status === 'transferred_out') {
      // Leaving the party organisation here ends every role, committee posts included.
      patch.group_id = null;
      await endRoles(trx, actor, before.id, 'all', input.on);
    }
    await startPeriod(trx, actor, id, before.unit_id, input.status, input.on, input.note ?? null);
    await store.updatePerson(trx, id, patch);
    const after = await getPerson(trx, id);
    await recordAudit(trx, actor, {
      action: 'member.status',
      entityType: 'person',
      entityId: id,
      unitId: before.unit_id,
      before,
      after,
    });
  });
}

export async function transferMember(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: { toUnitId: string; on: string; note?: string | null },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getPerson(trx, id);
    await authorize(trx, actor, 'members.manage', before.unit_id);
    await authorize(trx, actor, 'members.manage', input.toUnitId);
    if (input.toUnitId === before.unit_id)
      throw new AppError('MEMBER_TRANSFER_SAME_UNIT', { toUnitId: 'MEMBER_TRANSFER_SAME_UNIT' });
    const target = await getUnit(trx, input.toUnitId);
    if (before.status !== 'staff' && target.kind !== 'cell') {
      throw new AppError('MEMBER_NOT_IN_CELL', { toUnitId: 'MEMBER_NOT_IN_CELL' });
    }
    await checkNotBeforeCurrentPeriod(trx, before, input.on);
    // A member who had moved away returns with the status they left with.
    const status = before.status === 'transferred_out' ? await statusBeforeLeaving(trx, id) : before.status;
    // The periods closed and opened refresh both cells' committees' roll-ups: locked together, in one order.
    await lockRollupsOfCells(trx, [before.unit_id, input.toUnitId]);
    // Leaving a cell ends the roles held in it and in its party groups; committee posts stay.
    const oldUnits = await orgs.listSubtree(trx, before.unit_id);
    await endRoles(
      trx,
      actor,
      before.id,
      oldUnits.map((u) => u.descendant_id),
      input.on,
    );
    await startPeriod(trx, actor, id, input.toUnitId, status, input.on, input.note ?? null);
    await store.updatePerson(trx, id, {
      unit_id: input.toUnitId,
      group_id: null,
      status,
      status_since: status === before.status ? before.status_since : input.on,
      updated_at: nowIso(),
    });
    const after = await getPerson(trx, id);
    await recordAudit(trx, actor, {
      action: 'member.transfer',
      entityType: 'person',
      entityId: id,
      unitId: input.toUnitId,
      before,
      after,
    });
  });
}

export async function createAccount(
  db: Kysely<DB>,
  actor: Actor,
  personId: string,
  input: { username: string; password: string },
): Promise<{ username: string }> {
  await assertPasswordAllowed(input.password, input.username.trim().toLowerCase(), 'password');
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const person = await getPerson(trx, personId);
    await authorize(trx, actor, 'members.manage', person.unit_id);
    const username = input.username.trim().toLowerCase();
    if (await findAccountByPerson(trx, personId)) throw new AppError('ACCOUNT_EXISTS');
    if (await findAccountByUsername(trx, username))
      throw new AppError('USERNAME_TAKEN', { username: 'USERNAME_TAKEN' });
    const id = newId();
    await insertAccount(trx, {
      id,
      person_id: personId,
      username,
      password_hash: passwordHash,
      is_admin: 0,
      locale: 'vi',
      disabled_at: null,
      created_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'account.create',
      entityType: 'user_account',
      entityId: id,
      unitId: person.unit_id,
      after: { username, personId },
    });
    return { username };
  });
}

export async function listMembers(db: Kysely<DB>, actor: Actor, unitId: string, filter: store.MemberFilter) {
  const chain = await authorize(db, actor, 'members.read', unitId);
  const personal = isAllowed(actor, 'members.read_personal', chain);
  const rows = await store.listMembersOfUnit(db, unitId, {
    ...filter,
    byCardNumber: personal,
    q: filter.q ? foldText(filter.q) : undefined,
  });
  const roles = await store.listCurrentRoles(
    db,
    rows.map((r) => r.id),
    todayInVietnam(),
  );
  return rows.map((r) => ({
    ...withoutPersonalData(r, personal || r.id === actor.personId),
    roles: roles.filter((x) => x.person_id === r.id).map((x) => x.role),
  }));
}

/** The roster and its unit, for the .xlsx export: the same rows, read under the same rules, as the screen. */
export async function rosterOf(db: Kysely<DB>, actor: Actor, unitId: string, filter: store.MemberFilter) {
  const members = await listMembers(db, actor, unitId, filter);
  return { unit: await getUnit(db, unitId), members };
}

/** Card number and birth date stay with those who keep the records, and the person themself (issue 19). */
function withoutPersonalData<T extends { card_number: string | null; birth_date: string | null }>(
  row: T,
  mayRead: boolean,
): T {
  return mayRead ? row : { ...row, card_number: null, birth_date: null };
}

export async function getMemberDetail(db: Kysely<DB>, actor: Actor, id: string) {
  const found = await store.findPersonWithUnits(db, id);
  if (!found) throw new AppError('NOT_FOUND');
  const own = actor.personId === found.id;
  // Everyone reads their own record, staff included; the roster's readers read the others'.
  const chain = own
    ? await unitChain(db, found.unit_id)
    : await authorize(db, actor, 'members.read', found.unit_id);
  const person = withoutPersonalData(found, own || isAllowed(actor, 'members.read_personal', chain));
  const [periods, roleHistory, account, current] = await Promise.all([
    store.listPeriods(db, id),
    roleStore.listRolesOfPerson(db, id),
    findAccountByPerson(db, id),
    store.listCurrentRoles(db, [id], todayInVietnam()),
  ]);
  return {
    person: { ...person, roles: current.map((r) => r.role) },
    periods,
    roleHistory,
    account: account
      ? {
          username: account.username,
          disabled: account.disabled_at !== null,
          mustChangePassword: account.must_change_password === 1,
          canManage: account.id !== actor.userId && isAllowed(actor, 'accounts.manage', chain),
        }
      : null,
    permissions: {
      manage: isAllowed(actor, 'members.manage', chain),
      scorecard: mayReadScorecard(actor, person.id, chain),
    },
    nextStatuses: [...allowedNextStatuses(person.status)],
  };
}

/**
 * A member's year-end scorecard is personal: the member, the cell's secretary or deputy (who run the
 * review) and the committee's officers read it; the other members of the cell do not.
 */
export function mayReadScorecard(actor: Actor, personId: string, chain: readonly string[]): boolean {
  return (
    actor.personId === personId ||
    isAllowed(actor, 'meeting.manage', chain) ||
    isAllowed(actor, 'members.manage', chain)
  );
}

async function getPerson(db: Kysely<DB> | Trx, id: string): Promise<Person> {
  const person = await store.findPerson(db, id);
  if (!person) throw new AppError('NOT_FOUND');
  return person;
}

async function checkGroup(db: Trx, unitId: string, groupId: string | null | undefined) {
  if (!groupId) return;
  const group = await orgs.findUnit(db, groupId);
  if (group?.kind !== 'group' || group.parent_id !== unitId) {
    throw new AppError('MEMBER_GROUP_NOT_IN_CELL', { groupId: 'MEMBER_GROUP_NOT_IN_CELL' });
  }
}

const cardTaken = () => new AppError('MEMBER_CARD_TAKEN', { cardNumber: 'MEMBER_CARD_TAKEN' });

async function checkCardFree(db: Trx, cardNumber: string | null | undefined, selfId: string | null) {
  if (!cardNumber) return;
  const holder = await store.findPersonByCard(db, cardNumber);
  if (holder && holder.id !== selfId)
    throw new AppError('MEMBER_CARD_TAKEN', { cardNumber: 'MEMBER_CARD_TAKEN' });
}

async function startPeriod(
  trx: Trx,
  actor: Actor,
  personId: string,
  unitId: string,
  status: MemberStatus,
  on: string,
  note: string | null,
) {
  await store.closeOpenPeriod(trx, personId, on);
  await store.openPeriod(trx, {
    id: newId(),
    person_id: personId,
    unit_id: unitId,
    status,
    started_on: on,
    ended_on: null,
    note,
    recorded_by: actor.userId,
    recorded_at: nowIso(),
  });
}

/** Ends, on the given day, the open roles a person holds in the given units (or anywhere). */
async function endRoles(
  trx: Trx,
  actor: Actor,
  personId: string,
  unitIds: readonly string[] | 'all',
  on: string,
) {
  const roles = await roleStore.listOpenRolesOf(trx, personId, unitIds);
  for (const role of roles) {
    await roleStore.endRole(trx, role.id, on);
    await recordAudit(trx, actor, {
      action: 'role.end',
      entityType: 'role_assignment',
      entityId: role.id,
      unitId: role.unit_id,
      before: role,
      after: { ...role, ended_on: on },
    });
  }
}

/** History stays in order: a change cannot be dated before the person's current status or period began. */
async function checkNotBeforeCurrentPeriod(trx: Trx, person: Person, on: string) {
  const open = await store.findOpenPeriod(trx, person.id);
  const since = open && open.started_on > person.status_since ? open.started_on : person.status_since;
  if (on < since) throw new AppError('DATE_BEFORE_CURRENT', { on: 'DATE_BEFORE_CURRENT' });
}

async function statusBeforeLeaving(trx: Trx, personId: string): Promise<MemberStatus> {
  const periods = await store.listPeriods(trx, personId);
  const last = periods.find((p) => p.status !== 'transferred_out' && PARTY_STATUSES.includes(p.status));
  return last?.status ?? 'official';
}
