import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { TextSize } from '#domain/accounts/text-size.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { invalidateSession, invalidateUser } from './actor-cache.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findAccountByUsername(db: Q, username: string) {
  return db.selectFrom('user_account').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findAccountById(db: Q, id: string) {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAccountByPerson(db: Q, personId: string) {
  return db.selectFrom('user_account').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function insertAccount(db: Q, row: Insertable<DB['user_account']>) {
  await db.insertInto('user_account').values(row).execute();
}

export async function setAccountLocale(db: Q, userId: string, locale: 'vi' | 'en') {
  await db.updateTable('user_account').set({ locale }).where('id', '=', userId).execute();
  invalidateUser(userId);
}

export async function setAccountTextSize(db: Q, userId: string, textSize: TextSize) {
  await db.updateTable('user_account').set({ text_size: textSize }).where('id', '=', userId).execute();
  invalidateUser(userId);
}

export async function insertSession(db: Q, row: DB['session']) {
  await db.insertInto('session').values(row).execute();
}

export function findLiveSession(db: Q, id: string, now: string) {
  return db
    .selectFrom('session')
    .innerJoin('user_account', 'user_account.id', 'session.user_id')
    .select([
      'session.id as sessionId',
      'session.csrf_token as csrfToken',
      'user_account.id as userId',
      'user_account.person_id as personId',
      'user_account.is_admin as isAdmin',
      'user_account.locale as locale',
      'user_account.username as username',
      'user_account.must_change_password as mustChangePassword',
    ])
    .where('session.id', '=', id)
    .where('session.expires_at', '>', now)
    .where('user_account.disabled_at', 'is', null)
    .executeTakeFirst();
}

/**
 * A live session with its account, person and the roles held on `today`, in one statement: one row per role
 * (one row with null role columns when none). Empty when the session is unknown, expired or its account
 * disabled.
 */
export function findSessionWithGrants(db: Q, id: string, now: string, today: string) {
  return db
    .selectFrom('session')
    .innerJoin('user_account', 'user_account.id', 'session.user_id')
    .leftJoin('person', 'person.id', 'user_account.person_id')
    .leftJoin('role_assignment', (join) =>
      join
        .onRef('role_assignment.person_id', '=', 'user_account.person_id')
        .on('role_assignment.started_on', '<=', today)
        .on((eb) =>
          eb.or([eb('role_assignment.ended_on', 'is', null), eb('role_assignment.ended_on', '>', today)]),
        ),
    )
    .select([
      'session.id as sessionId',
      'session.csrf_token as csrfToken',
      'session.expires_at as expiresAt',
      'user_account.id as userId',
      'user_account.person_id as personId',
      'user_account.is_admin as isAdmin',
      'user_account.locale as locale',
      'user_account.must_change_password as mustChangePassword',
      'user_account.username as username',
      'user_account.text_size as textSize',
      'person.full_name as personName',
      'person.unit_id as personUnitId',
      'person.status as personStatus',
      'role_assignment.unit_id as roleUnitId',
      'role_assignment.role as role',
    ])
    .where('session.id', '=', id)
    .where('session.expires_at', '>', now)
    .where('user_account.disabled_at', 'is', null)
    .execute();
}

/** When a session ends by itself; undefined when there is no such session. */
export async function findSessionExpiry(db: Q, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('session').select('expires_at').where('id', '=', id).executeTakeFirst();
  return row?.expires_at;
}

export async function deleteSession(db: Q, id: string) {
  await db.deleteFrom('session').where('id', '=', id).execute();
  invalidateSession(id);
}

export async function deleteExpiredSessions(db: Q, now: string) {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
}

/** The grants of a person: roles held today, plus membership (or staff) of their home unit. */
export async function loadGrants(db: Q, personId: string) {
  const today = todayInVietnam();
  const [roles, person] = await Promise.all([
    db
      .selectFrom('role_assignment')
      .select(['unit_id as unitId', 'role'])
      .where('person_id', '=', personId)
      .where('started_on', '<=', today)
      .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]))
      .execute(),
    db.selectFrom('person').select(['unit_id', 'status']).where('id', '=', personId).executeTakeFirst(),
  ]);
  return { roles, person };
}

export async function recordLoginFailure(db: Q, row: DB['login_failure']) {
  await db.insertInto('login_failure').values(row).execute();
}

/** Failure instants after `since`, newest first, at most `limit`: for one (username, address) pair, one address or one username. */
export async function listLoginFailureTimes(
  db: Q,
  by: { username?: string; ip?: string },
  since: string,
  limit: number,
): Promise<string[]> {
  let query = db.selectFrom('login_failure').select('at').where('at', '>', since);
  if (by.username !== undefined) query = query.where('username', '=', by.username);
  if (by.ip !== undefined) query = query.where('ip', '=', by.ip);
  const rows = await query.orderBy('at', 'desc').limit(limit).execute();
  return rows.map((r) => r.at);
}

/** A successful sign-in forgets the failures of its own pair only: others' delays stay. */
export async function clearPairFailures(db: Q, username: string, ip: string) {
  await db.deleteFrom('login_failure').where('username', '=', username).where('ip', '=', ip).execute();
}

export async function deleteLoginFailuresBefore(db: Q, before: string) {
  await db.deleteFrom('login_failure').where('at', '<', before).execute();
}

export async function setAccountPassword(
  db: Q,
  userId: string,
  change: { passwordHash: string; mustChange: boolean },
) {
  await db
    .updateTable('user_account')
    .set({ password_hash: change.passwordHash, must_change_password: change.mustChange ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
  invalidateUser(userId);
}

export async function setAccountDisabledAt(db: Q, userId: string, at: string | null) {
  await db.updateTable('user_account').set({ disabled_at: at }).where('id', '=', userId).execute();
  invalidateUser(userId);
}

/** Ends every session of a user, but the one named in `except` (the one changing its own password). */
export async function deleteSessionsOfUser(db: Q, userId: string, except?: string) {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (except) query = query.where('id', '!=', except);
  await query.execute();
  invalidateUser(userId);
}

/** The units the signed-in user's roles sit in, by name (the home page's list). */
export function listUnitsNamed(db: Q, unitIds: readonly string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', unitIds)
    .orderBy('name')
    .execute();
}

export function findPersonOfAccount(db: Q, personId: string) {
  return db
    .selectFrom('person')
    .select(['id', 'full_name', 'status', 'unit_id'])
    .where('id', '=', personId)
    .executeTakeFirst();
}
