import { hash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cd_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored under the token's hash: the cookie value itself is never in the database. */
export function sessionIdFromToken(token: string): string {
  // The one-shot hash: no Hash object per request (issue 20 "Per-request cost").
  return hash('sha256', token, 'hex');
}
