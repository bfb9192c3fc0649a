import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { rebuildActivitySummaries } from '#db/activity-summaries.ts';
import { exportJson, importJson, type JsonBackup } from '#db/backup.ts';
import { rebuildCommitteeRollups } from '#db/committee-rollups.ts';
import { ConfigError, openDatabase } from '#db/connection.ts';
import { newId, nowIso } from '#db/ids.ts';
import { migrateToLatest } from '#db/migrate.ts';
import { rebuildSearchIndex } from '#db/search-index.ts';
import { rebuildSummaries } from '#db/summaries.ts';
import { passwordProblem } from '#domain/accounts/password-rules.ts';
import { hashPassword } from '#server/auth/password.ts';
import { findAccountByUsername, insertAccount } from '#server/auth/store.ts';
import { configureMail } from '#server/notifications/mail-settings.ts';
import { ensureVapidKeys } from '#server/notifications/push.ts';
import { readSettings } from './config.ts';
import { standardJobs } from './jobs/jobs.ts';
import { createRunner } from './jobs/runner.ts';
import { isDatabaseEmpty, seedDemo } from './seed/demo.ts';

const USAGE = `Usage: npm run cli -- <command>
  migrate                          apply pending migrations
  seed-demo                        load the demo organisation into an empty database
  create-admin <username> <password>
  backup <file>                    <file>.json: engine-neutral export; otherwise SQLite online backup
  restore <file.json>              load a JSON backup into a new, empty database
  rebuild-search                   fill the search index again from every record
  rebuild-summaries                recompute the committee summaries (per cell and year) from every record
  vapid                            make the web push (VAPID) keys, once, and keep them in the database
  jobs                             run the scheduled jobs (e-mail outbox) in this process until stopped
Settings come from DATABASE_URL / DATA_DIR as for the server.`;

async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (!command || command === 'help') return USAGE;
  const settings = readSettings();
  const database = openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  const { db } = database;
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateToLatest(db);
        return applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date';
      }
      case 'seed-demo': {
        await migrateToLatest(db);
        if (!(await isDatabaseEmpty(db)))
          throw new ConfigError('the database already has data; demo data loads only into an empty one');
        await seedDemo(db);
        return 'Demo data loaded';
      }
      case 'create-admin': {
        const [username, password] = rest;
        if (!username || !password) throw new ConfigError('give a username and a password');
        const problem = passwordProblem(password, username);
        if (problem)
          throw new ConfigError(
            `the password is refused (${problem}): at least 10 characters, not containing the username, not a common password`,
          );
        await migrateToLatest(db);
        if (await findAccountByUsername(db, username.toLowerCase()))
          throw new ConfigError(`username ${username} is taken`);
        await insertAccount(db, {
          id: newId(),
          person_id: null,
          username: username.toLowerCase(),
          password_hash: await hashPassword(password),
          is_admin: 1,
          locale: 'vi',
          disabled_at: null,
          created_at: nowIso(),
        });
        return `Administrator ${username} created`;
      }
      case 'backup': {
        const [file] = rest;
        if (!file) throw new ConfigError('give the backup file name');
        if (file.endsWith('.json')) {
          fs.writeFileSync(file, JSON.stringify(await exportJson(db)));
          return `Exported to ${file}`;
        }
        if (!database.sqliteFile) throw new ConfigError('on PostgreSQL, back up to a .json file');
        // better-sqlite3's online backup copies a consistent snapshot while the server keeps running.
        const source = new SQLite(database.sqliteFile, { readonly: true });
        try {
          await source.backup(file);
        } finally {
          source.close();
        }
        return `SQLite backup written to ${file}`;
      }
      case 'restore': {
        const [file] = rest;
        if (!file?.endsWith('.json'))
          throw new ConfigError(
            'give a .json backup file (a SQLite backup file is restored by copying it into DATA_DIR)',
          );
        const backup = JSON.parse(fs.readFileSync(file, 'utf8')) as JsonBackup;
        await migrateToLatest(db);
        const rows = await importJson(db, backup);
        return `Restored ${rows} rows from ${file}`;
      }
      case 'rebuild-summaries': {
        await migrateToLatest(db);
        const [cells, active, committees] = await db
          .transaction()
          .execute(async (trx) => [
            await rebuildSummaries(trx),
            await rebuildActivitySummaries(trx),
            await rebuildCommitteeRollups(trx),
          ]);
        return `Summaries rebuilt: ${cells} cells (${active} with meetings), ${committees} committees`;
      }
      case 'rebuild-search': {
        await migrateToLatest(db);
        const entries = await rebuildSearchIndex(db);
        return `Search index rebuilt: ${entries} entries`;
      }
      case 'vapid': {
        await migrateToLatest(db);
        const { keys, created } = await ensureVapidKeys(db);
        return `${created ? 'VAPID keys made' : 'VAPID keys already exist'}; public key: ${keys.publicKey}`;
      }
      case 'jobs': {
        await migrateToLatest(db);
        configureMail({ smtpUrl: settings.smtpUrl, from: settings.mailFrom, appUrl: settings.appUrl });
        const jobs = standardJobs();
        const runner = createRunner({ db, jobs });
        runner.start();
        console.log(
          `Running jobs: ${jobs.map((j) => j.name).join(', ')}${settings.smtpUrl ? '' : ' (e-mail off: SMTP_URL is not set)'}`,
        );
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await runner.stop();
        return 'Jobs stopped';
      }
      default:
        throw new ConfigError(`unknown command "${command}"\n${USAGE}`);
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (out) => console.log(out),
  (err: unknown) => {
    console.error(err instanceof ConfigError || err instanceof Error ? `Error: ${err.message}` : err);
    process.exit(1);
  },
);
