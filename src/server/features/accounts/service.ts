import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { assertPasswordAllowed, loadPasswordRules } from '../../auth/auth-service.ts';
import { hashPassword, temporaryPassword } from '../../auth/password.ts';
import {
  deleteSessionsOfUser,
  findAccountByPerson,
  loadGrants,
  setAccountDisabledAt,
  setAccountPassword,
} from '../../auth/store.ts';
import { authorize, can } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { findPerson } from '../members/index.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * The person's account, when the actor may manage it: `accounts.manage` on the person's unit, and on every
 * unit where the person holds a role today — an officer cannot take over a higher committee's officer whose
 * home cell sits in their subtree — and only an administrator manages an administrator. Never one's own.
 */
async function loadManagedAccount(db: Q, actor: Actor, personId: string) {
  const person = await findPerson(db, personId);
  if (!person) throw new AppError('NOT_FOUND');
  await authorize(db, actor, 'accounts.manage', person.unit_id);
  const account = await findAccountByPerson(db, personId);
  if (!account) throw new AppError('ACCOUNT_NONE');
  if (account.id === actor.userId) throw new AppError('ACCOUNT_OWN');
  if (account.is_admin === 1 && !actor.isAdmin) throw new AppError('ACCOUNT_BEYOND_REACH');
  const { roles } = await loadGrants(db, personId);
  for (const role of roles) {
    if (!(await can(db, actor, 'accounts.manage', role.unitId))) throw new AppError('ACCOUNT_BEYOND_REACH');
  }
  return { person, account };
}

/**
 * Resets a person's password to one the actor typed (the password rules apply) or, without one, to a random
 * temporary password returned once. The person must choose their own at the next sign-in; their sessions end.
 */
export async function resetPassword(
  db: Kysely<DB>,
  actor: Actor,
  personId: string,
  input: { password?: string },
): Promise<{ username: string; temporaryPassword: string | null }> {
  const { account } = await loadManagedAccount(db, actor, personId);
  if (input.password !== undefined) await assertPasswordAllowed(input.password, account.username, 'password');
  let generated: string | null = null;
  if (input.password === undefined) {
    const { passwordProblem } = await loadPasswordRules();
    do generated = temporaryPassword();
    while (passwordProblem(generated, account.username));
  }
  const passwordHash = await hashPassword(input.password ?? generated ?? '');
  return db.transaction().execute(async (trx) => {
    const { person, account: current } = await loadManagedAccount(trx, actor, personId);
    await setAccountPassword(trx, current.id, { passwordHash, mustChange: true });
    await deleteSessionsOfUser(trx, current.id);
    await recordAudit(trx, actor, {
      action: 'account.password_reset',
      entityType: 'user_account',
      entityId: current.id,
      unitId: person.unit_id,
      // Never the password: only how it was set.
      after: {
        personId,
        username: current.username,
        temporary: generated !== null,
        mustChangePassword: true,
      },
    });
    return { username: current.username, temporaryPassword: generated };
  });
}

/** Disables (every session ends, sign-in refused) or re-enables a person's account. */
export async function setAccountDisabled(
  db: Kysely<DB>,
  actor: Actor,
  personId: string,
  disabled: boolean,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { person, account } = await loadManagedAccount(trx, actor, personId);
    if (disabled && account.disabled_at !== null) throw new AppError('ACCOUNT_ALREADY_DISABLED');
    if (!disabled && account.disabled_at === null) throw new AppError('ACCOUNT_NOT_DISABLED');
    const at = disabled ? nowIso() : null;
    await setAccountDisabledAt(trx, account.id, at);
    if (disabled) await deleteSessionsOfUser(trx, account.id);
    await recordAudit(trx, actor, {
      action: disabled ? 'account.disable' : 'account.enable',
      entityType: 'user_account',
      entityId: account.id,
      unitId: person.unit_id,
      before: { personId, username: account.username, disabledAt: account.disabled_at },
      after: { personId, username: account.username, disabledAt: at },
    });
  });
}
