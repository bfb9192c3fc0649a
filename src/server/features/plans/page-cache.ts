import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { authorizeChain } from '../../authz/authorize.ts';
import type { JsonText } from '../../http/compression.ts';
import { planPageVersions } from './store.ts';

/**
 * The plan page's answer (`GET /plans/{id}`), kept as its JSON text (*practice*, issue 20 "Per-request cost": the
 * page reads eight statements; a cached one reads one). Every request first reads the versions of what the page
 * shows (`planPageVersions`: the cell and the units above it, and the names; raised by triggers in the writing
 * transaction, migration 0039) and authorises on the chain that read returns, exactly as `authorize` does; a
 * kept answer is served only when the versions, the day in Việt Nam (steps fall due by the day) and what the
 * actor holds (their grants decide the page's permissions) are all the same as when it was made. The versions
 * are read before the page: an answer is never older than the versions it is kept under. It lives in the
 * database, so another app instance's writes are seen at once.
 */
const CAPACITY = 500;

interface Entry {
  stamp: string;
  text: string;
}

/** Per database (tests and tools open several in one process; ids may repeat in a copy). */
const kept = new WeakMap<Kysely<DB>, Map<string, Entry>>();
const grantsKeys = new WeakMap<Actor, string>();

/** What of the actor the page depends on: admin or not, and the grants (the same for every request of a session). */
function grantsKey(actor: Actor): string {
  let key = grantsKeys.get(actor);
  if (key === undefined) {
    key = `${actor.isAdmin ? 'admin' : ''};${actor.grants
      .map((g) => `${g.unitId}:${g.role}`)
      .sort()
      .join(',')}`;
    grantsKeys.set(actor, key);
  }
  return key;
}

/** The plan page's JSON text: kept, or made by `present` (which reads and authorises itself) and kept. */
export async function planPageText<T>(
  db: Kysely<DB>,
  actor: Actor,
  planId: string,
  present: () => Promise<T>,
): Promise<JsonText<T>> {
  const rows = await planPageVersions(db, planId);
  // No such plan: `present` answers it (404).
  if (rows.length === 0) return JSON.stringify(await present());
  authorizeChain(
    actor,
    'plan.read',
    rows.map((r) => r.ancestor_id),
  );
  const versions = rows.map((r) => `${r.ancestor_id}=${r.version ?? 0}`).join(',');
  const stamp = `${todayInVietnam()};${rows[0]?.names_version ?? 0};${versions}`;
  const key = `${planId};${grantsKey(actor)}`;
  let entries = kept.get(db);
  if (!entries) {
    entries = new Map();
    kept.set(db, entries);
  }
  const entry = entries.get(key);
  if (entry && entry.stamp === stamp) {
    entries.delete(key);
    entries.set(key, entry);
    return entry.text;
  }
  const text = JSON.stringify(await present());
  entries.delete(key);
  entries.set(key, { stamp, text });
  if (entries.size > CAPACITY) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return text;
}
