import type { Kysely } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Actor } from '#domain/authz/policy.ts';
import { type InboxItem, inboxItem } from '#domain/inbox/inbox.ts';
import { NOTIFICATION_KINDS, type NotificationKind, wantsEmail } from '#domain/notifications/kinds.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { AppError } from '../http/app-error.ts';
import { isMailEnabled } from './mail-settings.ts';
import { vapidKeys } from './push.ts';
import * as store from './store.ts';

/** The signed-in person's own notifications, newest first, with the unread count. Nobody else's, ever. */
export async function listNotifications(
  db: Kysely<DB>,
  actor: Actor,
  page: { limit: number; offset: number },
) {
  if (!actor.personId) return { items: [], unread: 0, total: 0 };
  const [rows, counts] = await Promise.all([
    store.listForPerson(db, actor.personId, page.limit, page.offset),
    store.countForPerson(db, actor.personId),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      unitId: r.unit_id,
      unitName: r.unit_name,
      params: store.parseParams(r.params_json),
      link: r.link,
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
    ...counts,
  };
}

export async function unreadCount(db: Kysely<DB>, personId: string) {
  return (await store.countForPerson(db, personId)).unread;
}

/** Marks the person's own notifications read (listed ones, or all); ids of others' are ignored. */
export async function markNotificationsRead(db: Kysely<DB>, actor: Actor, ids: readonly string[] | 'all') {
  if (!actor.personId) return { changed: 0, unread: 0 };
  const changed = await store.markRead(db, actor.personId, ids, nowIso());
  return { changed, unread: await unreadCount(db, actor.personId) };
}

/** Whether the notifications are visible yet (the writer committed). */
export async function allVisible(db: Kysely<DB>, ids: readonly string[]) {
  return (await store.countExisting(db, ids)) === ids.length;
}

/** The person's channel per kind, and whether e-mail is on at all and where it would go. */
export async function getNotificationSettings(db: Kysely<DB>, actor: Actor) {
  const personId = actor.personId;
  const [profile] = personId ? await store.mailProfiles(db, [personId]) : [];
  const prefs = personId ? await store.preferencesOf(db, [personId]) : [];
  const chosen = new Map(prefs.map((p) => [p.kind, p.email === 1]));
  const keys = await vapidKeys(db);
  return {
    emailEnabled: isMailEnabled(),
    email: profile?.email ?? null,
    push: {
      publicKey: keys?.publicKey ?? null,
      subscriptions: personId ? await store.countSubscriptions(db, personId) : 0,
    },
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, email: wantsEmail(kind, chosen) })),
  };
}

export async function saveNotificationSettings(
  db: Kysely<DB>,
  actor: Actor,
  kinds: readonly { kind: NotificationKind; email: boolean }[],
) {
  const personId = actor.personId;
  if (!personId) throw new AppError('NOTIFICATIONS_NO_PERSON');
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await store.savePreferences(
      trx,
      kinds.map((k) => ({ person_id: personId, kind: k.kind, email: k.email ? 1 : 0, updated_at: now })),
    );
    await recordAudit(trx, actor, {
      action: 'notifications.settings',
      entityType: 'person',
      entityId: personId,
      unitId: null,
      after: { kinds },
    });
  });
  return getNotificationSettings(db, actor);
}

/** This browser opts in to web push for the signed-in person (the same browser again replaces its row). */
export async function subscribePush(
  db: Kysely<DB>,
  actor: Actor,
  sub: { endpoint: string; keys: { p256dh: string; auth: string } },
) {
  const personId = actor.personId;
  if (!personId) throw new AppError('NOTIFICATIONS_NO_PERSON');
  if (!(await vapidKeys(db))) throw new AppError('PUSH_NOT_CONFIGURED');
  await db.transaction().execute(async (trx) => {
    await store.saveSubscription(trx, {
      id: newId(),
      person_id: personId,
      endpoint: sub.endpoint,
      p256dh: sub.keys.p256dh,
      auth: sub.keys.auth,
      created_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'push.subscribe',
      entityType: 'person',
      entityId: personId,
      unitId: null,
    });
  });
  return getNotificationSettings(db, actor);
}

/** This browser opts out; another person's browser is not theirs to remove. */
export async function unsubscribePush(db: Kysely<DB>, actor: Actor, endpoint: string) {
  const personId = actor.personId;
  if (personId)
    await db.transaction().execute(async (trx) => {
      if ((await store.deleteSubscription(trx, { personId, endpoint })) > 0)
        await recordAudit(trx, actor, {
          action: 'push.unsubscribe',
          entityType: 'person',
          entityId: personId,
          unitId: null,
        });
    });
  return getNotificationSettings(db, actor);
}

/** The committee's reminders this person has not read yet, for the home's to-do list (features/inbox). */
export async function unreadReminders(db: Kysely<DB>, personId: string, today: string): Promise<InboxItem[]> {
  const rows = await store.listUnreadOfKind(db, personId, 'committee_reminder');
  return rows.map((r) =>
    inboxItem(today, {
      kind: 'committee_reminder',
      params: { ...store.parseParams(r.params_json), sentAt: r.created_at },
      unit: { id: r.unit_id, name: r.unit_name },
      dueOn: null,
      link: r.link,
    }),
  );
}
