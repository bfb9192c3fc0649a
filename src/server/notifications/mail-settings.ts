/**
 * Whether e-mail is on, and what every message needs: set once at start from the environment (SMTP_URL,
 * MAIL_FROM, APP_URL; src/config.ts). Without SMTP_URL e-mail is off: notifications stay in the app and no
 * e-mail is queued.
 */
export interface MailSettings {
  smtpUrl?: string;
  from: string;
  /** The address people open the app at, for the links in e-mails ("https://chuyende.example.vn"). */
  appUrl: string;
}

const OFF: MailSettings = { from: 'Chuyên Đề <no-reply@localhost>', appUrl: 'http://localhost:3000' };
let current: MailSettings = OFF;

export function configureMail(settings: Partial<MailSettings>): void {
  current = { ...OFF, ...settings };
}

export function mailSettings(): MailSettings {
  return current;
}

export function isMailEnabled(): boolean {
  return Boolean(current.smtpUrl);
}
