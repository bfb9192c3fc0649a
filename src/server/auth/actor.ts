import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor, Grant } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { isActiveMember, type MemberStatus } from '#domain/members/member-status.ts';
import { cachedSessionActor, rememberSessionActor, type SessionActor } from './actor-cache.ts';
import { findSessionWithGrants, loadGrants } from './store.ts';

/** Builds who the user is for authorisation: two indexed queries (outside a request: seeds, tests, login). */
export async function loadActor(
  db: Kysely<DB>,
  account: { userId: string; personId: string | null; isAdmin: number },
): Promise<Actor> {
  const grants: Grant[] = [];
  if (account.personId) {
    const { roles, person } = await loadGrants(db, account.personId);
    for (const r of roles) grants.push({ unitId: r.unitId, role: r.role });
    grants.push(...homeGrants(person?.unit_id, person?.status));
  }
  return { userId: account.userId, personId: account.personId, isAdmin: account.isAdmin === 1, grants };
}

/** Membership (or staff work) of one's home unit is a grant of its own. */
function homeGrants(unitId: string | null | undefined, status: MemberStatus | null | undefined): Grant[] {
  if (!unitId || !status) return [];
  if (isActiveMember(status)) return [{ unitId, role: 'member' }];
  if (status === 'staff') return [{ unitId, role: 'staff' }];
  return [];
}

/**
 * The session of a request and its actor: from the in-memory cache (actor-cache.ts) when fresh, else one
 * statement (session, account, person and today's roles) whose result is cached. Undefined when the session
 * is unknown, expired, or its account disabled.
 */
export async function sessionActor(db: Kysely<DB>, sessionId: string): Promise<SessionActor | undefined> {
  const startedMs = Date.now();
  const today = todayInVietnam(new Date(startedMs));
  const cached = cachedSessionActor(sessionId, startedMs, today);
  if (cached) return cached;
  const rows = await findSessionWithGrants(db, sessionId, new Date(startedMs).toISOString(), today);
  const first = rows[0];
  if (!first) return undefined;
  const grants: Grant[] = [];
  for (const row of rows) {
    if (row.roleUnitId && row.role) grants.push({ unitId: row.roleUnitId, role: row.role });
  }
  if (first.personId) grants.push(...homeGrants(first.personUnitId, first.personStatus));
  const value: SessionActor = {
    session: {
      id: first.sessionId,
      csrfToken: first.csrfToken,
      mustChangePassword: first.mustChangePassword === 1,
      // What /auth/me shows of the account comes with it: no second read of the account per page load.
      account: {
        username: first.username,
        locale: first.locale,
        person:
          first.personId && first.personName && first.personStatus
            ? { id: first.personId, fullName: first.personName, status: first.personStatus }
            : null,
        textSize: first.textSize,
      },
    },
    actor: { userId: first.userId, personId: first.personId, isAdmin: first.isAdmin === 1, grants },
    locale: first.locale,
    expiresAt: first.expiresAt,
  };
  rememberSessionActor(value, startedMs, Date.now(), today);
  return value;
}
