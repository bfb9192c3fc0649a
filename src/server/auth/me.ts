import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { parseTextSize, TEXT_SIZES } from '#domain/accounts/text-size.ts';
import { type Actor, type GrantRole, visibleRoots } from '#domain/authz/policy.ts';
import { ORG_KINDS } from '#domain/orgs/org-kinds.ts';
import { findAccountById, findPersonOfAccount, listUnitsNamed } from './store.ts';

export const MeSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    isAdmin: z.boolean(),
    locale: z.enum(['vi', 'en']),
    /** The reading size chosen on the account (issue 18), applied by the web app at once. */
    textSize: z.enum(TEXT_SIZES),
    csrfToken: z.string(),
    person: z.object({ id: z.string(), fullName: z.string(), status: z.string() }).nullable(),
    units: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        unitKind: z.enum(ORG_KINDS),
        roles: z.array(z.string()),
      }),
    ),
    canReadAudit: z.boolean(),
    /** After a reset: the web app leads straight to the change-password screen. */
    mustChangePassword: z.boolean(),
  })
  .openapi('Me');

/** The signed-in user with their units and the roles they hold in each (for the home page). */
export async function presentMe(
  db: Kysely<DB>,
  actor: Actor,
  csrfToken: string,
): Promise<z.infer<typeof MeSchema>> {
  const account = await findAccountById(db, actor.userId);
  if (!account) throw new Error('session without account');
  const unitIds = visibleRoots(actor);
  const [units, person] = await Promise.all([
    listUnitsNamed(db, unitIds),
    actor.personId ? findPersonOfAccount(db, actor.personId) : Promise.resolve(undefined),
  ]);
  const rolesIn = (unitId: string): GrantRole[] =>
    actor.grants.filter((g) => g.unitId === unitId).map((g) => g.role);
  return {
    id: account.id,
    username: account.username,
    isAdmin: actor.isAdmin,
    locale: account.locale,
    textSize: parseTextSize(account.text_size),
    csrfToken,
    person: person ? { id: person.id, fullName: person.full_name, status: person.status } : null,
    units: units.map((u) => ({ unitId: u.id, unitName: u.name, unitKind: u.kind, roles: rolesIn(u.id) })),
    mustChangePassword: account.must_change_password === 1,
    canReadAudit: actor.isAdmin || actor.grants.some((g) => g.role === 'officer' || g.role === 'inspector'),
  };
}
