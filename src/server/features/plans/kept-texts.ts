import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';

/**
 * Answers kept as their JSON text between requests (*practice*, issue 20 "Per-request cost"): the plan page
 * (page-cache.ts) and a commune's or a cell's overview (overview-cache.ts). Each keeps, per database (tests and
 * tools open several in one process; ids may repeat in a copy), the text of the most recent `capacity` keys with
 * the stamp it was made under; a text is served only while the caller's stamp is the same. The stamp is the
 * caller's to make complete: versions read before the answer (an answer is never older than its stamp), the day.
 */
export interface KeptTexts {
  /** The text kept under `key` if its stamp is `stamp`; else made by `make`, kept and returned. */
  text(db: Kysely<DB>, key: string, stamp: string, make: () => Promise<string>): Promise<string>;
}

interface Entry {
  stamp: string;
  text: string;
}

export function keptTexts(capacity: number): KeptTexts {
  const kept = new WeakMap<Kysely<DB>, Map<string, Entry>>();
  return {
    async text(db, key, stamp, make) {
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
      const text = await make();
      entries.delete(key);
      entries.set(key, { stamp, text });
      if (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return text;
    },
  };
}

const grantsKeys = new WeakMap<Actor, string>();

/**
 * What of the actor a kept answer depends on: admin or not, and the grants (their permissions are computed from
 * them). The same for every request of a session (the actor is cached, auth/actor-cache.ts).
 */
export function grantsKey(actor: Actor): string {
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
