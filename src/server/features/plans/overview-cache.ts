import type { Kysely } from 'kysely';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { authorizeChain } from '../../authz/authorize.ts';
import type { JsonText } from '../../http/compression.ts';
import { grantsKey, keptTexts } from './kept-texts.ts';
import { overviewVersions } from './store.ts';

/**
 * The plan overview (`GET /orgs/{id}/plans`) of a commune — a committee with no committee right under it — or of
 * a cell, kept as its JSON text (*practice*, issue 20 "Per-request cost": four statements, the JSON and its
 * brotli on every request, against one statement and the kept bytes). The answer is made of the unit (its kind,
 * parent, name, place in the tree), the guidance deadlines of the units above it, the cells right under it (their
 * names and order, their year's summary, their committee's last reminder), the reminder senders' names, the day
 * (steps fall due, plans fall late) and the actor's grants (the permissions). `overviewVersions` reads, in one
 * statement, the versions that cover all of it — the unit and each unit above it, the unit's `under:` key (what
 * the units right under it show, their set included: a cell moved in or out raises it), and the names — raised by
 * triggers in every writing transaction (migrations 0039 and 0040). A kept answer is served only when those, the day, the year and the
 * grants are the same as when it was made; the versions are read before the answer, so it is never older than
 * them. A cell's overview also says whether the actor may register a topic there, which turns on the cell the
 * actor's person belongs to: kept per person (a member moving in or out raises the cell's version).
 * A committee with committees under it rolls them up over its whole subtree: answered afresh each time.
 */
const kept = keptTexts(500);

/** The overview's JSON text, kept or made by `present`; null when this unit's overview is not kept. */
export async function overviewText<T>(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  year: number,
  present: () => Promise<T>,
): Promise<JsonText<T> | null> {
  const rows = await overviewVersions(db, unitId);
  const unit = rows[0];
  // No such unit: `present` answers it (404); a group's overview, or a committee's with committees under it
  // (rolled up over its whole subtree), is not kept.
  if (unit?.depth !== 0 || (unit.kind !== 'committee' && unit.kind !== 'cell') || unit.child_committee)
    return null;
  const chain = rows.map((r) => r.id);
  const versions = rows.map((r) => `${r.id}=${r.version ?? 0}`).join(',');
  authorizeChain(actor, 'plan.read', chain);
  const stamp = `${todayInVietnam()};${unit.names_version ?? 0};${unit.under_version ?? 0};${versions}`;
  const person = unit.kind === 'cell' ? `;${actor.personId ?? ''}` : '';
  const key = `${unitId};${year};${grantsKey(actor)}${person}`;
  return kept.text(db, key, stamp, async () => JSON.stringify(await present()));
}
