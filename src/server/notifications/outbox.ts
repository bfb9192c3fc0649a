import type { Kysely } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { DB } from '#db/schema.ts';
import { afterFailure } from '#domain/notifications/backoff.ts';
import { mailSettings } from './mail-settings.ts';
import { type PushTransport, SubscriptionGone } from './push.ts';
import * as store from './store.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The outbox row's id: a copy that somehow went out twice is recognisable as one message. */
  messageId: string;
}
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

/** nodemailer over SMTP_URL ("smtp://user:pass@host:587", "smtps://…"). */
export function smtpTransport(smtpUrl: string): MailTransport {
  // nodemailer is loaded with the first mail, not at start-up (~14 MiB; issue 20).
  let transporter: Promise<Transporter> | undefined;
  const open = () => {
    transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(smtpUrl),
    );
    return transporter;
  };
  return {
    async send(mail) {
      await (await open()).sendMail(mail);
    },
    close: () => {
      void transporter?.then((t) => t.close());
    },
  };
}

export interface SendOptions {
  /** E-mail rows are sent when there is a mail transport (SMTP_URL), push rows when there is a push one. */
  transport?: MailTransport;
  push?: PushTransport;
  /** This worker's name: its claims are its own. */
  worker: string;
  now: () => Date;
  from?: string;
  batch?: number;
  /** How long a claim holds: longer than one SMTP send can take. */
  claimMs?: number;
}

/**
 * Sends the outbox's due rows: claims each (so two workers never send the same row), sends it, marks it
 * sent; a failure counts the attempt and schedules the next with exponential backoff (domain backoff.ts),
 * keeping the error. A row is marked sent only after the SMTP server accepted it; a worker that dies in
 * between leaves its claim to expire and the row is tried again (at least once, never lost).
 */
export async function sendPendingOutbox(db: Kysely<DB>, options: SendOptions) {
  const from = options.from ?? mailSettings().from;
  const claimMs = options.claimMs ?? 5 * 60_000;
  const started = options.now();
  const channels = [
    ...(options.transport ? (['email'] as const) : []),
    ...(options.push ? (['push'] as const) : []),
  ];
  const due = await store.dueMail(db, started.toISOString(), options.batch ?? 20, channels);
  let sent = 0;
  let failed = 0;
  for (const { id } of due) {
    const now = options.now();
    const row = await store.claimMail(
      db,
      id,
      options.worker,
      now.toISOString(),
      new Date(now.getTime() + claimMs).toISOString(),
    );
    if (!row) continue;
    try {
      if (row.channel === 'push') await sendPush(db, options, row);
      else
        await options.transport?.send({
          from,
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          messageId: `<${row.id}@chuyende>`,
        });
      await store.finishMail(db, id, options.worker, {
        status: 'sent',
        attempts: row.attempts + 1,
        sent_at: options.now().toISOString(),
        last_error: null,
      });
      sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      // A browser that unsubscribed will never take the message: drop its subscription, give the row up.
      const gone = err instanceof SubscriptionGone;
      if (gone) await store.deleteSubscription(db, { id: row.to_address });
      const next = gone ? ({ giveUp: true } as const) : afterFailure(attempts, options.now());
      await store.finishMail(db, id, options.worker, {
        attempts,
        last_error: String((err as Error).message ?? err).slice(0, 1000),
        ...(next.giveUp
          ? { status: 'failed' as const }
          : { next_attempt_at: next.nextAttemptAt.toISOString() }),
      });
      failed++;
    }
  }
  return { sent, failed };
}

async function sendPush(db: Kysely<DB>, options: SendOptions, row: DB['mail_outbox']) {
  const sub = await store.findSubscription(db, row.to_address);
  if (!sub) throw new SubscriptionGone('push subscription removed');
  await options.push?.send({
    subscription: { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
    payload: { title: row.subject, body: row.text_body, url: row.link ?? '/' },
  });
}
