import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { authorizeChain } from '../../authz/authorize.ts';
import type { JsonText } from '../../http/compression.ts';
import { grantsKey, keptTexts } from './kept-texts.ts';
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
const kept = keptTexts(500);

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
  return kept.text(db, `${planId};${grantsKey(actor)}`, stamp, async () => JSON.stringify(await present()));
}
