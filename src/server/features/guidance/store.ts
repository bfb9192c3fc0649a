import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '#db/schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findGuidance(db: Q, id: string) {
  return db.selectFrom('guidance').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Guidance issued by any of the given committees (a unit's chain), newest first. */
export function listGuidanceOf(db: Q, committeeIds: readonly string[], year?: number) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('guidance as g')
    .innerJoin('org_unit as u', 'u.id', 'g.committee_id')
    .selectAll('g')
    .select('u.name as committee_name')
    .where('g.committee_id', 'in', committeeIds)
    .orderBy('g.year', 'desc')
    .orderBy('g.issued_on', 'desc');
  if (year !== undefined) query = query.where('g.year', '=', year);
  return query.execute();
}

export async function insertGuidance(db: Q, row: DB['guidance']) {
  await db.insertInto('guidance').values(row).execute();
}

export async function updateGuidance(db: Q, id: string, patch: Partial<DB['guidance']>) {
  await db.updateTable('guidance').set(patch).where('id', '=', id).execute();
}

const StringList = z.array(z.string());

/** The guidance's two stored lists: the documents it implements and its topic groups. */
export const guidanceLists = (g: Pick<DB['guidance'], 'documents_json' | 'topic_groups_json'>) => ({
  documents: StringList.parse(JSON.parse(g.documents_json)),
  topicGroups: StringList.parse(JSON.parse(g.topic_groups_json)),
});
