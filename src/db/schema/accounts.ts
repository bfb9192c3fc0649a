import type { Generated } from 'kysely';

// Accounts, sessions, login throttling and the audit log.

export interface UserAccountTable {
  id: string;
  person_id: string | null;
  username: string;
  password_hash: string;
  is_admin: number;
  locale: 'vi' | 'en';
  disabled_at: string | null;
  created_at: string;
  /** 1 after a reset by an officer or administrator, until the person sets their own password (0028). */
  must_change_password: Generated<number>;
  /** 'normal' | 'large' | 'xlarge', the reading size chosen by the person (0033); read with parseTextSize. */
  text_size: Generated<string>;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live cookies. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface LoginFailureTable {
  id: string;
  username: string;
  ip: string;
  at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  unit_id: string | null;
  before_json: string | null;
  after_json: string | null;
}
