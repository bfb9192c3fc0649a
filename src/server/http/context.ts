import type { Database } from '#db/connection.ts';
import type { Actor } from '#domain/authz/policy.ts';
import type { Locale } from './messages.ts';

export interface SessionInfo {
  id: string;
  csrfToken: string;
  /** After a reset: every API call but the few of `PASSWORD_CHANGE_OPEN` answers 403 until the password changes. */
  mustChangePassword: boolean;
  /** The account as loaded with the session (one statement, cached): what `/auth/me` shows without asking again. */
  account?: SessionAccount;
}

export interface SessionAccount {
  username: string;
  locale: Locale;
  person: { id: string; fullName: string; status: string } | null;
  textSize: string;
}

/** What every request carries through the pipeline. */
export interface AppEnv {
  Variables: {
    database: Database;
    config: AppConfig;
    locale: Locale;
    actor: Actor | null;
    session: SessionInfo | null;
  };
}

export interface AppConfig {
  /** Mark cookies Secure: on by default in production, off for plain-http local use. */
  secureCookies: boolean;
  sessionDays: number;
  /** Folder with the built web client, served at /. Undefined: API only. */
  webDir?: string;
}
