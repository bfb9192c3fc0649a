import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cd_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored under the token's hash: the cookie value itself is never in the database. */
export function sessionIdFromToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
