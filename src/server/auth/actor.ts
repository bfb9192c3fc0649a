import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor, Grant } from '#domain/authz/policy.ts';
import { isActiveMember } from '#domain/members/member-status.ts';
import { loadGrants } from './store.ts';

/** Builds who the user is for authorisation: two indexed queries per request. */
export async function loadActor(
  db: Kysely<DB>,
  account: { userId: string; personId: string | null; isAdmin: number },
): Promise<Actor> {
  const grants: Grant[] = [];
  if (account.personId) {
    const { roles, person } = await loadGrants(db, account.personId);
    for (const r of roles) grants.push({ unitId: r.unitId, role: r.role });
    if (person && isActiveMember(person.status)) grants.push({ unitId: person.unit_id, role: 'member' });
    if (person?.status === 'staff') grants.push({ unitId: person.unit_id, role: 'staff' });
  }
  return { userId: account.userId, personId: account.personId, isAdmin: account.isAdmin === 1, grants };
}
