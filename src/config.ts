import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '#db/connection.ts';

/** Every setting comes from the environment, with defaults that suit the embedded SQLite mode. */
export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  webDir?: string;
  secureCookies: boolean;
  sessionDays: number;
  seedDemo: boolean;
  /** SMTP server for e-mail notifications ("smtp://user:pass@host:587"); none: e-mail is off. */
  smtpUrl?: string;
  mailFrom: string;
  /** The address people open the app at, for links in e-mails. */
  appUrl: string;
  /** Run the scheduled jobs in the server process (off when a separate `cli jobs` worker runs them). */
  runJobs: boolean;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number (got "${env.PORT}")`);
  const sessionDays = Number(env.SESSION_DAYS ?? 7);
  if (!(sessionDays > 0)) throw new ConfigError('SESSION_DAYS must be a positive number');
  const webDir = path.resolve(env.WEB_DIR ?? 'dist/web');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    webDir: fs.existsSync(path.join(webDir, 'index.html')) ? webDir : undefined,
    // Secure cookies need HTTPS; plain-http local use (the embedded default) cannot send them back.
    secureCookies: env.SECURE_COOKIES === 'true',
    sessionDays,
    seedDemo: env.SEED_DEMO !== 'false',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Chuyên Đề <no-reply@localhost>',
    appUrl: env.APP_URL || `http://localhost:${port}`,
    runJobs: env.RUN_JOBS !== 'false',
  };
}
