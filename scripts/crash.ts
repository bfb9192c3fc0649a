// `npm run crash [-- --engine sqlite|postgres] [--kills 20]`: writers against a real server process, killed
// with SIGKILL at random moments and restarted; every write the server acknowledged must be there after each
// restart, and the database must pass its integrity checks at the end. On PostgreSQL the database server
// itself is also restarted under load, and the app must carry on without being restarted (issue 19).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { freePort } from '../tests/support/free-port.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../tests/support/throwaway-postgres.ts';

const { values } = parseArgs({
  options: { engine: { type: 'string' }, kills: { type: 'string', default: '20' } },
});
const KILLS = Number(values.kills);
const WRITERS = 4;
const engines = values.engine ? [values.engine] : ['sqlite', 'postgres'];

interface Target {
  env: Record<string, string>;
  /** Rows of the run that are incomplete or broken: empty when the database is whole. */
  integrity(): Promise<string[]>;
  restartDatabase?: () => Promise<void>;
  close(): Promise<void>;
}

interface Session {
  base: string;
  cookie: string;
  csrf: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

async function sqliteTarget(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-crash-'));
  return {
    env: { DATA_DIR: dir },
    async integrity() {
      const db = new SQLite(path.join(dir, 'chuyen-de.sqlite'), { readonly: true });
      try {
        const check = db.pragma('integrity_check', { simple: true });
        const keys = db.pragma('foreign_key_check') as unknown[];
        return [
          ...(check === 'ok' ? [] : [`integrity_check: ${check}`]),
          ...keys.map((k) => JSON.stringify(k)),
        ];
      } finally {
        db.close();
      }
    },
    async close() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(): Promise<Target> {
  const server: ThrowawayPostgres = await startThrowawayPostgres({
    port: await freePort(),
    user: 'postgres',
    password: 'crash',
  });
  const admin = new pg.Client({ connectionString: `${server.baseUrl}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE crash');
  await admin.end();
  const url = `${server.baseUrl}/crash`;
  return {
    env: { DATABASE_URL: url },
    async integrity() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // Foreign keys hold by construction on PostgreSQL; what a torn write would leave is a person without
        // the membership period written in the same transaction.
        const { rows } = await client.query(
          `SELECT p.id FROM person p WHERE p.full_name LIKE 'Thử sập %'
             AND NOT EXISTS (SELECT 1 FROM membership_period m WHERE m.person_id = p.id)`,
        );
        return rows.map((r) => `person ${r.id} has no membership period`);
      } finally {
        await client.end();
      }
    },
    restartDatabase: () => server.restart(),
    close: () => server.stop(),
  };
}

function startApp(port: number, target: Target): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...target.env, PORT: String(port), HOST: '127.0.0.1', RUN_JOBS: 'false' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk) => process.stderr.write(`  [server] ${chunk}`));
  return child;
}

async function waitHealthy(base: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} while starting`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return;
    } catch {}
    await sleep(100);
  }
  throw new Error('the server did not become healthy within 60 s');
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function login(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'canbo.phuong', password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: HTTP ${res.status}`);
  const cookie = res.headers.get('set-cookie')?.match(/cd_session=[^;]*/)?.[0] ?? '';
  return { base, cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function api(s: Session, method: string, url: string, body?: unknown) {
  const res = await fetch(`${s.base}/api${url}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

async function aCell(s: Session): Promise<string> {
  const res = await api(s, 'GET', '/orgs');
  const units = (res.body?.units ?? res.body) as { id: string; kind: string }[];
  const cell = units.find((u) => u.kind === 'cell');
  if (!cell) throw new Error('no cell in the demo organisation');
  return cell.id;
}

/** Writes members one after another until `stop` says so; keeps those the server acknowledged. */
async function writer(
  s: Session,
  cellId: string,
  tag: string,
  acked: Map<string, string>,
  stop: () => boolean,
) {
  for (let n = 0; !stop(); n++) {
    const fullName = `Thử sập ${tag}-${n}`;
    try {
      const res = await api(s, 'POST', '/members', {
        fullName,
        unitId: cellId,
        status: 'official',
        statusSince: '2026-01-05',
      });
      if (res.status === 201 && typeof res.body?.id === 'string') acked.set(res.body.id, fullName);
    } catch {
      // The connection died with the server: this write's outcome is unknown, so it is not counted.
    }
  }
}

async function run(engine: string) {
  const target = engine === 'postgres' ? await postgresTarget() : await sqliteTarget();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const acked = new Map<string, string>();
  let lost = 0;
  let databaseRestarts = 0;
  let app: ChildProcess | undefined;
  try {
    app = startApp(port, target);
    await waitHealthy(base, app);
    const session = await login(base);
    const cellId = await aCell(session);
    for (let round = 1; round <= KILLS; round++) {
      let stopped = false;
      const running: ChildProcess = app;
      const writers = Array.from({ length: WRITERS }, (_, w) =>
        writer(session, cellId, `${round}.${w}`, acked, () => stopped),
      );
      await sleep(between(200, 1500));
      if (target.restartDatabase && round % 5 === 0) {
        // The database goes away under load and comes back; the app must survive it and write again.
        const before = acked.size;
        await target.restartDatabase();
        databaseRestarts += 1;
        await sleep(1500);
        if (running.exitCode !== null || running.signalCode !== null)
          throw new Error('the app died when PostgreSQL restarted');
        if (acked.size === before) throw new Error('no write succeeded after PostgreSQL came back');
      }
      await killed(running);
      stopped = true;
      await Promise.all(writers);
      app = startApp(port, target);
      await waitHealthy(base, app);
      for (const [id, fullName] of acked) {
        const res = await api(session, 'GET', `/members/${id}`);
        if (res.status !== 200 || res.body?.fullName !== fullName) {
          lost += 1;
          console.error(`  lost: ${fullName} (${id}) → HTTP ${res.status}`);
          acked.delete(id);
        }
      }
      process.stdout.write(`\r  ${engine}: ${round}/${KILLS} kills, ${acked.size} acknowledged writes kept`);
    }
    await killed(app);
    const broken = await target.integrity();
    console.log('');
    return { engine, kills: KILLS, databaseRestarts, acknowledged: acked.size + lost, lost, broken };
  } finally {
    if (app) await killed(app);
    await target.close();
  }
}

const results = [];
for (const engine of engines) results.push(await run(engine));
console.table(
  results.map((r) => ({
    engine: r.engine,
    SIGKILLs: r.kills,
    'database restarts': r.databaseRestarts,
    'acknowledged writes': r.acknowledged,
    lost: r.lost,
    'integrity problems': r.broken.length,
  })),
);
for (const r of results) for (const problem of r.broken) console.error(`  ${r.engine}: ${problem}`);
process.exit(results.every((r) => r.lost === 0 && r.broken.length === 0) ? 0 : 1);
