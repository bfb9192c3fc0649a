import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { insertAuditEntry } from './store.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Every write records who, when, what and before/after, inside the write's own transaction. */
export async function recordAudit(db: Kysely<DB> | Transaction<DB>, actor: Actor | null, entry: AuditEntry) {
  await insertAuditEntry(db, {
    id: newId(),
    at: nowIso(),
    actor_user_id: actor?.userId ?? null,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    unit_id: entry.unitId,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}
