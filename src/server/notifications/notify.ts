import type { Transaction } from 'kysely';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import type { Role } from '#domain/authz/roles.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { type NotificationKind, wantsEmail } from '#domain/notifications/kinds.ts';
import { unitChain } from '../authz/authorize.ts';
import { announce } from './live.ts';
import { isMailEnabled, mailSettings } from './mail-settings.ts';
import { composeMail, type NotificationParams, notificationSentence } from './mail-text.ts';
import { vapidKeys } from './push.ts';
import * as store from './store.ts';

export interface NotifyInput {
  kind: NotificationKind;
  /** The unit the event belongs to: only people of it (or of a committee above it) are notified. */
  unitId: string;
  /**
   * Named people, and/or whoever holds these roles in the unit today, and/or whoever holds these roles in
   * the committee directly above the unit (`committeeRoles`: the officers a cell reports to).
   */
  recipients: {
    personIds?: readonly string[];
    roles?: readonly Role[];
    committeeRoles?: readonly Role[];
  };
  /** Who caused the event: not told of their own act. */
  exceptPersonId?: string | null;
  params?: NotificationParams;
  /** The web client's path of the screen to open ("/topics/…"). */
  link: string;
}

/**
 * One notification per recipient, written in the caller's transaction: it exists if and only if the change
 * that caused it commits. Recipients outside the unit's scope are dropped, whoever named them. When e-mail
 * is on, each recipient who chose it (or the kind's default) and has an address gets one e-mail through
 * the outbox, queued in the same transaction (the jobs runner sends it: outbox.ts).
 */
export async function notify(trx: Transaction<DB>, input: NotifyInput): Promise<string[]> {
  const today = todayInVietnam();
  const named = new Set(input.recipients.personIds ?? []);
  for (const id of await store.holdersOf(trx, input.unitId, input.recipients.roles ?? [], today))
    named.add(id);
  const chain = await unitChain(trx, input.unitId);
  if (input.recipients.committeeRoles?.length) {
    const committee = await store.nearestCommitteeAbove(trx, chain.slice(1));
    if (committee)
      for (const id of await store.holdersOf(trx, committee, input.recipients.committeeRoles, today))
        named.add(id);
  }
  if (input.exceptPersonId) named.delete(input.exceptPersonId);
  const recipients = await store.peopleInScope(trx, [...named], chain, today);
  if (recipients.length === 0) return [];
  const now = nowIso();
  const params = input.params ?? {};
  const rows: DB['notification'][] = recipients.map((personId) => ({
    id: newId(),
    person_id: personId,
    unit_id: input.unitId,
    kind: input.kind,
    params_json: JSON.stringify(params),
    link: input.link,
    created_at: now,
    read_at: null,
  }));
  await store.insertNotifications(trx, rows);
  if (isMailEnabled()) await queueMail(trx, input, rows, params, now);
  if (await vapidKeys(trx)) await queuePush(trx, input, rows, params, now);
  for (const row of rows) announce(row.person_id, [row.id]);
  return rows.map((r) => r.id);
}

async function queueMail(
  trx: Transaction<DB>,
  input: NotifyInput,
  rows: DB['notification'][],
  params: NotificationParams,
  now: string,
) {
  const ids = rows.map((r) => r.person_id);
  const [profiles, prefs, unit] = await Promise.all([
    store.mailProfiles(trx, ids),
    store.preferencesOf(trx, ids),
    store.unitName(trx, input.unitId),
  ]);
  const { appUrl } = mailSettings();
  const mails: DB['mail_outbox'][] = [];
  for (const row of rows) {
    const profile = profiles.find((p) => p.id === row.person_id);
    if (!profile?.email) continue;
    const chosen = new Map(
      prefs.filter((p) => p.person_id === row.person_id).map((p) => [p.kind, p.email === 1]),
    );
    if (!wantsEmail(input.kind, chosen)) continue;
    const mail = composeMail({
      kind: input.kind,
      params,
      locale: profile.locale === 'en' ? 'en' : 'vi',
      personName: profile.full_name,
      unitName: unit?.name ?? '',
      url: `${appUrl.replace(/\/$/, '')}${input.link}`,
    });
    mails.push({
      id: newId(),
      dedupe_key: `notification:${row.id}`,
      channel: 'email',
      to_address: profile.email,
      link: null,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      claimed_by: null,
      claimed_until: null,
      last_error: null,
      sent_at: null,
      created_at: now,
    });
  }
  await store.enqueueMail(trx, mails);
}

/** One push message per browser each recipient opted in from (web push), queued beside the e-mails. */
async function queuePush(
  trx: Transaction<DB>,
  input: NotifyInput,
  rows: DB['notification'][],
  params: NotificationParams,
  now: string,
) {
  const [subscriptions, profiles, unit] = await Promise.all([
    store.subscriptionsOf(
      trx,
      rows.map((r) => r.person_id),
    ),
    store.mailProfiles(
      trx,
      rows.map((r) => r.person_id),
    ),
    store.unitName(trx, input.unitId),
  ]);
  const { appUrl } = mailSettings();
  const messages: DB['mail_outbox'][] = [];
  for (const row of rows) {
    const locale = profiles.find((p) => p.id === row.person_id)?.locale === 'en' ? 'en' : 'vi';
    for (const sub of subscriptions.filter((s) => s.person_id === row.person_id)) {
      messages.push({
        id: newId(),
        dedupe_key: `push:${row.id}:${sub.id}`,
        channel: 'push',
        to_address: sub.id,
        link: `${appUrl.replace(/\/$/, '')}${input.link}`,
        subject: unit?.name ?? 'Chuyên Đề',
        text_body: notificationSentence(input.kind, params, locale),
        html_body: '',
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        claimed_by: null,
        claimed_until: null,
        last_error: null,
        sent_at: null,
        created_at: now,
      });
    }
  }
  await store.enqueueMail(trx, messages);
}
