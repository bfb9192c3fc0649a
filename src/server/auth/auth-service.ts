import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import {
  FAILURES_NEEDED,
  LOGIN_THROTTLE,
  nextAttemptAt,
  secondsUntil,
} from '#domain/accounts/login-throttle.ts';
import type { PasswordProblem } from '#domain/accounts/password-rules.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { AppError } from '../http/app-error.ts';
import type { ErrorCode } from '../http/messages.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { newToken, sessionIdFromToken } from './session-token.ts';
import {
  clearPairFailures,
  deleteExpiredSessions,
  deleteLoginFailuresBefore,
  deleteSession,
  deleteSessionsOfUser,
  findAccountById,
  findAccountByUsername,
  findPersonOfAccount,
  insertSession,
  listLoginFailureTimes,
  recordLoginFailure,
  setAccountPassword,
} from './store.ts';

export interface LoginResult {
  token: string;
  userId: string;
}

/**
 * Refuses an attempt while the (username, address) pair, the address or the username must wait
 * (`domain/accounts/login-throttle.ts`): 429 with the seconds to wait.
 */
async function guardAttempt(db: Kysely<DB>, username: string, ip: string): Promise<void> {
  const now = new Date();
  const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const [pair, address, byUsername] = await Promise.all([
    listLoginFailureTimes(db, { username, ip }, since(LOGIN_THROTTLE.pair.windowMs), FAILURES_NEEDED.pair),
    listLoginFailureTimes(db, { ip }, since(LOGIN_THROTTLE.address.windowMs), FAILURES_NEEDED.address),
    listLoginFailureTimes(
      db,
      { username },
      since(LOGIN_THROTTLE.username.windowMs),
      FAILURES_NEEDED.username,
    ),
  ]);
  const at = nextAttemptAt({ pair, address, username: byUsername }, now);
  if (at) throw new AppError('TOO_MANY_ATTEMPTS', undefined, secondsUntil(at, now));
}

export async function login(
  db: Kysely<DB>,
  input: { username: string; password: string; ip: string; previousToken?: string },
  sessionDays: number,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  await guardAttempt(db, username, input.ip);

  const account = await findAccountByUsername(db, username);
  const ok = account
    ? await verifyPassword(account.password_hash, input.password)
    : await verifyPassword(await dummyPasswordHash(), input.password);
  if (!account || !ok) {
    await recordLoginFailure(db, { id: newId(), username, ip: input.ip, at: nowIso() });
    throw new AppError('INVALID_CREDENTIALS');
  }
  // Only someone who knows the password learns that the account is disabled.
  if (account.disabled_at !== null) throw new AppError('ACCOUNT_DISABLED');

  const token = newToken();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    // Rotation: the session the browser had before login (if any) ends; a fixed session id cannot be planted.
    if (input.previousToken) await deleteSession(trx, sessionIdFromToken(input.previousToken));
    await deleteExpiredSessions(trx, now.toISOString());
    await clearPairFailures(trx, username, input.ip);
    await deleteLoginFailuresBefore(
      trx,
      new Date(now.getTime() - LOGIN_THROTTLE.pair.windowMs).toISOString(),
    );
    await insertSession(trx, {
      id: sessionIdFromToken(token),
      user_id: account.id,
      csrf_token: newToken(),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + sessionDays * 86_400_000).toISOString(),
    });
  });
  return { token, userId: account.id };
}

export async function logout(db: Kysely<DB>, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

const PROBLEM_CODES: Record<PasswordProblem, ErrorCode> = {
  too_short: 'PASSWORD_TOO_SHORT',
  contains_username: 'PASSWORD_CONTAINS_USERNAME',
  too_common: 'PASSWORD_TOO_COMMON',
};

/**
 * The password rules, with zxcvbn-ts's ranking of leaked passwords (≈14 MiB resident once made into a set): loaded
 * with the first password set, not at start-up (issue 20, "Bytes and start-up").
 */
export const loadPasswordRules = () => import('#domain/accounts/password-rules.ts');

/** The password rules as a 400 on the named field, saying why. */
export async function assertPasswordAllowed(
  password: string,
  username: string,
  field: string,
): Promise<void> {
  const { passwordProblem } = await loadPasswordRules();
  const problem = passwordProblem(password, username);
  if (problem) {
    const code = PROBLEM_CODES[problem];
    throw new AppError(code, { [field]: code });
  }
}

/**
 * Changes one's own password: the current one is required (and a wrong one counts as a failed sign-in of the
 * pair, so a stolen session cannot guess it freely); every other session of the person ends; audited.
 */
export async function changeOwnPassword(
  db: Kysely<DB>,
  actor: Actor,
  sessionId: string,
  input: { currentPassword: string; newPassword: string; ip: string },
): Promise<void> {
  const account = await findAccountById(db, actor.userId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  await guardAttempt(db, account.username, input.ip);
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
    await recordLoginFailure(db, { id: newId(), username: account.username, ip: input.ip, at: nowIso() });
    throw new AppError('CURRENT_PASSWORD_WRONG', { currentPassword: 'CURRENT_PASSWORD_WRONG' });
  }
  if (input.newPassword === input.currentPassword)
    throw new AppError('PASSWORD_SAME_AS_CURRENT', { newPassword: 'PASSWORD_SAME_AS_CURRENT' });
  await assertPasswordAllowed(input.newPassword, account.username, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const person = account.person_id ? await findPersonOfAccount(db, account.person_id) : undefined;
  await db.transaction().execute(async (trx) => {
    await setAccountPassword(trx, account.id, { passwordHash, mustChange: false });
    await deleteSessionsOfUser(trx, account.id, sessionId);
    await clearPairFailures(trx, account.username, input.ip);
    await recordAudit(trx, actor, {
      action: 'account.password_change',
      entityType: 'user_account',
      entityId: account.id,
      unitId: person?.unit_id ?? null,
      before: { mustChangePassword: account.must_change_password === 1 },
      after: { mustChangePassword: false, otherSessionsEnded: true },
    });
  });
}
