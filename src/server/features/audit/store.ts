import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '#db/schema.ts';

export interface AuditFilter {
  /** Entries of these units (the caller's visible subtree). 'all' for administrators. */
  unitIds: readonly string[] | 'all';
  entityId?: string;
  limit: number;
}

export function listAuditEntries(db: Kysely<DB>, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('user_account as ua', 'ua.id', 'a.actor_user_id')
    .leftJoin('person as p', 'p.id', 'ua.person_id')
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.entity_type',
      'a.entity_id',
      'a.unit_id',
      'a.before_json',
      'a.after_json',
      'ua.username',
      'p.full_name',
    ])
    .orderBy('a.at', 'desc')
    .limit(filter.limit);
  if (filter.unitIds !== 'all') query = query.where('a.unit_id', 'in', filter.unitIds);
  if (filter.entityId) query = query.where('a.entity_id', '=', filter.entityId);
  return query.execute();
}

export function listSubtreeIds(db: Kysely<DB>, unitId: string) {
  return db.selectFrom('org_closure').select('descendant_id').where('ancestor_id', '=', unitId).execute();
}

/** A before/after snapshot as recorded: any JSON value (the shape is the audited row's at the time). */
export const auditSnapshot = (json: string | null) =>
  json === null ? null : z.json().parse(JSON.parse(json));
