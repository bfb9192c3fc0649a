import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import { parseTextSize, TEXT_SIZES } from '#domain/accounts/text-size.ts';
import { type Actor, type GrantRole, visibleRoots } from '#domain/authz/policy.ts';
import { ORG_KINDS } from '#domain/orgs/org-kinds.ts';
import type { JsonText } from '../http/compression.ts';
import type { SessionAccount, SessionInfo } from '../http/context.ts';
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

/**
 * `/auth/me`'s JSON text, made once per session as the actor cache holds it (*practice*, issue 20 "Per-request
 * cost"): a cached session's request carries the same `SessionInfo` object each time (auth/actor-cache.ts), and
 * every write that changes the actor, the account or the session replaces that object; the units' names and kinds,
 * the one thing read here besides, are invalidated with every actor when a unit's name or kind changes
 * (features/orgs/store.ts). A request outside the cache brings a new object: it is read afresh.
 */
const meTexts = new WeakMap<SessionInfo, JsonText<z.infer<typeof MeSchema>>>();

export async function meText(
  db: Kysely<DB>,
  actor: Actor,
  session: SessionInfo,
): Promise<JsonText<z.infer<typeof MeSchema>>> {
  let text = meTexts.get(session);
  if (text === undefined) {
    const known = session.account && {
      account: session.account,
      mustChangePassword: session.mustChangePassword,
    };
    text = JSON.stringify(await presentMe(db, actor, session.csrfToken, known));
    meTexts.set(session, text);
  }
  return text;
}

/** The signed-in user with their units and the roles they hold in each (for the home page). */
export async function presentMe(
  db: Kysely<DB>,
  actor: Actor,
  csrfToken: string,
  known?: { account: SessionAccount; mustChangePassword: boolean },
): Promise<z.infer<typeof MeSchema>> {
  const unitIds = visibleRoots(actor);
  if (known) {
    // The account came with the session (auth/actor.ts): only the units' names are asked for.
    const units = await listUnitsNamed(db, unitIds);
    return shapeMe(actor, csrfToken, known.account, known.mustChangePassword, units);
  }
  const account = await findAccountById(db, actor.userId);
  if (!account) throw new Error('session without account');
  const [units, person] = await Promise.all([
    listUnitsNamed(db, unitIds),
    actor.personId ? findPersonOfAccount(db, actor.personId) : Promise.resolve(undefined),
  ]);
  const loaded: SessionAccount = {
    username: account.username,
    locale: account.locale,
    person: person ? { id: person.id, fullName: person.full_name, status: person.status } : null,
    textSize: account.text_size,
  };
  return shapeMe(actor, csrfToken, loaded, account.must_change_password === 1, units);
}

function shapeMe(
  actor: Actor,
  csrfToken: string,
  account: SessionAccount,
  mustChangePassword: boolean,
  units: { id: string; name: string; kind: (typeof ORG_KINDS)[number] }[],
): z.infer<typeof MeSchema> {
  const rolesIn = (unitId: string): GrantRole[] =>
    actor.grants.filter((g) => g.unitId === unitId).map((g) => g.role);
  return {
    id: actor.userId,
    username: account.username,
    isAdmin: actor.isAdmin,
    locale: account.locale,
    textSize: parseTextSize(account.textSize),
    csrfToken,
    person: account.person,
    units: units.map((u) => ({ unitId: u.id, unitName: u.name, unitKind: u.kind, roles: rolesIn(u.id) })),
    mustChangePassword,
    canReadAudit: actor.isAdmin || actor.grants.some((g) => g.role === 'officer' || g.role === 'inspector'),
  };
}
