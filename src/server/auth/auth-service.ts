import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { newToken, sessionIdFromToken } from './session-token.ts';
import {
  clearLoginFailures,
  countLoginFailures,
  deleteExpiredSessions,
  deleteSession,
  findAccountByUsername,
  insertSession,
  recordLoginFailure,
} from './store.ts';

// Login throttling (practice, OWASP): per account and per address, over a sliding window, stored in the
// database so that several app instances share it.
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30 };

export interface LoginResult {
  token: string;
  userId: string;
}

export async function login(
  db: Kysely<DB>,
  input: { username: string; password: string; ip: string; previousToken?: string },
  sessionDays: number,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000).toISOString();
  const [byAccount, byIp] = await Promise.all([
    countLoginFailures(db, since, { username }),
    countLoginFailures(db, since, { ip: input.ip }),
  ]);
  if (byAccount >= LOGIN_LIMITS.perAccount || byIp >= LOGIN_LIMITS.perIp)
    throw new AppError('TOO_MANY_ATTEMPTS');

  const account = await findAccountByUsername(db, username);
  const ok = account
    ? account.disabled_at === null && (await verifyPassword(account.password_hash, input.password))
    : await verifyPassword(await dummyPasswordHash(), input.password);
  if (!account || !ok) {
    await recordLoginFailure(db, { id: newId(), username, ip: input.ip, at: nowIso() });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = newToken();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    // Rotation: the session the browser had before login (if any) ends; a fixed session id cannot be planted.
    if (input.previousToken) await deleteSession(trx, sessionIdFromToken(input.previousToken));
    await deleteExpiredSessions(trx, now.toISOString());
    await clearLoginFailures(trx, username);
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
