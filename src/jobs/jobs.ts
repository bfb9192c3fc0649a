import { mailSettings } from '#server/notifications/mail-settings.ts';
import { type MailTransport, sendPendingOutbox, smtpTransport } from '#server/notifications/outbox.ts';
import { webPushTransport } from '#server/notifications/push.ts';
import { remindersJob } from './reminders/job.ts';
import type { Job } from './runner.ts';

/**
 * The outbox sender: every minute, the due messages (notifications/outbox.ts) — e-mails when there is a
 * mail server, web push always (rows exist only once VAPID keys were made).
 */
export function outboxJob(mail: MailTransport | undefined, pushSubject: string): Job {
  return {
    name: 'outbox',
    everyMs: 60_000,
    leaseMs: 10 * 60_000,
    run: ({ db, clock, holder }) =>
      sendPendingOutbox(db, {
        transport: mail,
        push: webPushTransport(db, pushSubject),
        worker: holder,
        now: () => clock.now(),
      }),
  };
}

/** VAPID asks for a contact: the sender's address (MAIL_FROM). */
export function pushSubject(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.includes('@') ? `mailto:${address.trim()}` : 'mailto:no-reply@localhost';
}

/** The jobs an instance runs with the settings it has. */
export function standardJobs(): Job[] {
  const { smtpUrl, from } = mailSettings();
  return [outboxJob(smtpUrl ? smtpTransport(smtpUrl) : undefined, pushSubject(from)), remindersJob()];
}
