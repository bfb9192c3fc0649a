// A real server process for the scripts that test it from outside (crash, soak): its database (a fresh SQLite
// folder or a throwaway PostgreSQL), its start and kill, and a signed-in client over HTTP.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../src/seed/demo.ts';
import { freePort } from '../../tests/support/free-port.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../tests/support/throwaway-postgres.ts';

export interface Target {
  env: Record<string, string>;
  /** Rows of the run that are incomplete or broken: empty when the database is whole. */
  integrity(): Promise<string[]>;
  restartDatabase?: () => Promise<void>;
  close(): Promise<void>;
}

export interface Session {
  base: string;
  cookie: string;
  csrf: string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

export async function sqliteTarget(): Promise<Target> {
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

export async function postgresTarget(): Promise<Target> {
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

/** The production server as `npm start` runs it (compiled ahead into dist/server, built when stale). */
export function startApp(port: number, target: Target, env: Record<string, string> = {}): ChildProcess {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the server build failed');
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, ...target.env, PORT: String(port), HOST: '127.0.0.1', RUN_JOBS: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk) => process.stderr.write(`  [server] ${chunk}`));
  return child;
}

export async function waitHealthy(base: string, child: ChildProcess) {
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

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export async function login(base: string, username = 'canbo.phuong'): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: HTTP ${res.status}`);
  const cookie = res.headers.get('set-cookie')?.match(/cd_session=[^;]*/)?.[0] ?? '';
  return { base, cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export async function api(s: Session, method: string, url: string, body?: unknown) {
  const res = await fetch(`${s.base}/api${url}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

export async function aCell(s: Session): Promise<string> {
  const res = await api(s, 'GET', '/orgs');
  const units = (res.body?.units ?? res.body) as { id: string; kind: string }[];
  const cell = units.find((u) => u.kind === 'cell');
  if (!cell) throw new Error('no cell in the demo organisation');
  return cell.id;
}
