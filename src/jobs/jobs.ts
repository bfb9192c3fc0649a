import { mailSettings } from '#server/notifications/mail-settings.ts';
import { type MailTransport, sendPendingMail, smtpTransport } from '#server/notifications/outbox.ts';
import type { Job } from './runner.ts';

/** The outbox sender: every minute, the due e-mails (notifications/outbox.ts). */
export function outboxJob(transport: MailTransport): Job {
  return {
    name: 'mail-outbox',
    everyMs: 60_000,
    leaseMs: 10 * 60_000,
    run: ({ db, clock, holder }) =>
      sendPendingMail(db, { transport, worker: holder, now: () => clock.now() }),
  };
}

/** The jobs an instance runs with the settings it has: without SMTP_URL there is no e-mail to send. */
export function standardJobs(): Job[] {
  const { smtpUrl } = mailSettings();
  return smtpUrl ? [outboxJob(smtpTransport(smtpUrl))] : [];
}
