/**
 * Notifications, the e-mail outbox and each person's channel choices (issue 14). Below the features, as
 * the audit log and the register of issued reports are: every feature writes notifications through
 * `notify()` inside its own transaction, and none depends on another for it.
 */
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '#db/schema.ts';
import type { Role } from '#domain/authz/roles.ts';

type Q = Kysely<DB> | Transaction<DB>;

const IN_UNIT_STATUSES = ['official', 'probationary', 'exempt', 'staff'] as const;

/**
 * Of these people, those who belong to one of the units of the chain (a member or staff of it, or holding a
 * role there today): nobody outside the unit's scope ever receives its notifications.
 */
export async function peopleInScope(
  db: Q,
  personIds: readonly string[],
  chain: readonly string[],
  today: string,
) {
  if (personIds.length === 0 || chain.length === 0) return [];
  const rows = await db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.id', 'in', personIds)
    .where((eb) =>
      eb.or([
        eb.and([eb('p.unit_id', 'in', chain), eb('p.status', 'in', IN_UNIT_STATUSES)]),
        eb.exists(
          eb
            .selectFrom('role_assignment as r')
            .select('r.id')
            .whereRef('r.person_id', '=', 'p.id')
            .where('r.unit_id', 'in', chain)
            .where('r.started_on', '<=', today)
            .where((w) => w.or([w('r.ended_on', 'is', null), w('r.ended_on', '>', today)])),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Who holds one of these roles in the unit today. */
export async function holdersOf(db: Q, unitId: string, roles: readonly Role[], today: string) {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('role_assignment')
    .select('person_id')
    .where('unit_id', '=', unitId)
    .where('role', 'in', roles)
    .where('started_on', '<=', today)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]))
    .execute();
  return rows.map((r) => r.person_id);
}

/** Of these ancestors (nearest first), the nearest committee: the one a cell reports to. */
export async function nearestCommitteeAbove(db: Q, ancestors: readonly string[]) {
  if (ancestors.length === 0) return undefined;
  const rows = await db
    .selectFrom('org_unit')
    .select('id')
    .where('id', 'in', ancestors)
    .where('kind', '=', 'committee')
    .execute();
  const committees = new Set(rows.map((r) => r.id));
  return ancestors.find((id) => committees.has(id));
}

export async function insertNotifications(db: Q, rows: DB['notification'][]) {
  if (rows.length > 0) await db.insertInto('notification').values(rows).execute();
}

export function unitName(db: Q, unitId: string) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst();
}

/** What an e-mail to each person needs: their address, their language and their channel choices. */
export async function mailProfiles(db: Q, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('person as p')
    .leftJoin('user_account as a', 'a.person_id', 'p.id')
    .select(['p.id', 'p.email', 'p.full_name', 'a.locale'])
    .where('p.id', 'in', personIds)
    .execute();
}

export async function preferencesOf(db: Q, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('notification_preference')
    .select(['person_id', 'kind', 'email'])
    .where('person_id', 'in', personIds)
    .execute();
}

export async function savePreferences(db: Q, rows: DB['notification_preference'][]) {
  for (const row of rows) {
    await db
      .insertInto('notification_preference')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['person_id', 'kind']).doUpdateSet({ email: row.email, updated_at: row.updated_at }),
      )
      .execute();
  }
}

/** Queues e-mails; a key already queued is left as it is (the same notification is never queued twice). */
export async function enqueueMail(db: Q, rows: DB['mail_outbox'][]) {
  if (rows.length === 0) return;
  await db
    .insertInto('mail_outbox')
    .values(rows)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

// --- the list and the bell ------------------------------------------------------------------------------

export function listForPerson(db: Q, personId: string, limit: number, offset: number) {
  return db
    .selectFrom('notification as n')
    .innerJoin('org_unit as u', 'u.id', 'n.unit_id')
    .select([
      'n.id',
      'n.kind',
      'n.unit_id',
      'u.name as unit_name',
      'n.params_json',
      'n.link',
      'n.created_at',
      'n.read_at',
    ])
    .where('n.person_id', '=', personId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countForPerson(db: Q, personId: string) {
  const [all, unread] = await Promise.all([
    db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(all.n), unread: Number(unread.n) };
}

/** Marks the person's own notifications read: those listed, or all. Another person's ids change nothing. */
export async function markRead(db: Q, personId: string, ids: readonly string[] | 'all', at: string) {
  let query = db
    .updateTable('notification')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How many of these notifications are visible (committed) yet: the live stream waits for them. */
export async function countExisting(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// --- the outbox -----------------------------------------------------------------------------------------

/** Rows due for an attempt and not claimed by a live worker, oldest first. */
export function dueMail(
  db: Q,
  now: string,
  limit: number,
  channels: readonly DB['mail_outbox']['channel'][],
) {
  return db
    .selectFrom('mail_outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('channel', 'in', channels.length > 0 ? channels : ['none' as 'email'])
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
}

/**
 * Claims one row for a worker: a conditional update that succeeds for one worker only. On PostgreSQL a
 * second worker's update waits for the first's row lock, re-reads the row and finds it claimed; SQLite has
 * one writer. The claim expires, so a worker that died mid-send leaves the row to the next one.
 */
export async function claimMail(db: Q, id: string, worker: string, now: string, until: string) {
  const result = await db
    .updateTable('mail_outbox')
    .set({ claimed_by: worker, claimed_until: until })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function finishMail(
  db: Q,
  id: string,
  worker: string,
  patch: Partial<
    Pick<DB['mail_outbox'], 'status' | 'attempts' | 'next_attempt_at' | 'last_error' | 'sent_at'>
  >,
) {
  await db
    .updateTable('mail_outbox')
    .set({ ...patch, claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .where('claimed_by', '=', worker)
    .execute();
}

export function outboxRow(db: Q, id: string) {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

const Params = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

/** The stored parameters of a notification's text, read through their schema. */
export function parseParams(json: string): Record<string, string | number | null> {
  const parsed = Params.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
}

// --- web push -------------------------------------------------------------------------------------------

export function findSetting(db: Q, key: string) {
  return db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
}

export async function saveSetting(db: Q, key: string, value: string, at: string) {
  await db
    .insertInto('app_setting')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

/** A browser's subscription, kept for one person; the same browser subscribing again replaces it. */
export async function saveSubscription(db: Q, row: DB['push_subscription']) {
  await db
    .insertInto('push_subscription')
    .values(row)
    .onConflict((oc) =>
      oc.column('endpoint').doUpdateSet({ person_id: row.person_id, p256dh: row.p256dh, auth: row.auth }),
    )
    .execute();
}

export async function deleteSubscription(
  db: Q,
  where: { personId: string; endpoint: string } | { id: string },
) {
  let query = db.deleteFrom('push_subscription');
  query =
    'id' in where
      ? query.where('id', '=', where.id)
      : query.where('person_id', '=', where.personId).where('endpoint', '=', where.endpoint);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function subscriptionsOf(db: Q, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db.selectFrom('push_subscription').selectAll().where('person_id', 'in', personIds).execute();
}

export function findSubscription(db: Q, id: string) {
  return db.selectFrom('push_subscription').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countSubscriptions(db: Q, personId: string) {
  const row = await db
    .selectFrom('push_subscription')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A person's unread notifications of one kind (the home lists the committee's reminders until read). */
export function listUnreadOfKind(db: Q, personId: string, kind: DB['notification']['kind']) {
  return db
    .selectFrom('notification as n')
    .innerJoin('org_unit as u', 'u.id', 'n.unit_id')
    .select(['n.id', 'n.unit_id', 'u.name as unit_name', 'n.params_json', 'n.link', 'n.created_at'])
    .where('n.person_id', '=', personId)
    .where('n.read_at', 'is', null)
    .where('n.kind', '=', kind)
    .execute();
}
