// The server side of `bench/throughput.ts`, run as its own process so that the load generator does not share
// its event loop: the real app on the demo data (SQLite, or PostgreSQL with BENCH_DATABASE_URL) and, beside it
// on another port, a bare Hono app serving the same bodies (the floor). It tells its parent the ports, the
// session cookie and the paths over IPC, then serves until it is killed.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { createApp } from '../src/server/app.ts';
import { QUIET_MS } from '../src/server/auth/actor-cache.ts';

export interface ThroughputTarget {
  engine: string;
  realPort: number;
  barePort: number;
  cookie: string;
  /** The measured operations: label, path on the real server, path of the same body on the bare one. */
  paths: { label: string; real: string; bare: string }[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-throughput-'));
const database = process.env.BENCH_DATABASE_URL
  ? openPostgres(process.env.BENCH_DATABASE_URL)
  : openSqlite(path.join(dir, 'bench.sqlite'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
await migrateToLatest(database.db);
await seedDemo(database.db);
const app = createApp(database, { secureCookies: false, sessionDays: 7 });

// A cell's secretary (roles in the cell, a plan to read): the common signed-in reader.
const login = await app.request('/api/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bithu.mamnon', password: DEMO_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
if (login.status !== 200 || !cookie) throw new Error(`bench login: HTTP ${login.status}`);
const me = (await (await app.request('/api/auth/me', { headers: { cookie } })).json()) as {
  units: { unitId: string; unitKind: string }[];
};
const cellId = me.units.find((u) => u.unitKind === 'cell')?.unitId ?? '';
const plan = await database.db
  .selectFrom('plan')
  .select('id')
  .where('cell_id', '=', cellId)
  .orderBy('year', 'desc')
  .executeTakeFirstOrThrow();

// Steady state: the seed's role writes and the login mark the actor cache quiet for QUIET_MS (no caching right
// after a write); a signed-in user's requests after that find their actor cached.
await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 100));

const paths = [
  { label: 'GET /api/auth/me', real: '/api/auth/me' },
  { label: 'GET /api/plans/{id}', real: `/api/plans/${plan.id}` },
];
const bare = new Hono();
for (const [i, p] of paths.entries()) {
  const res = await app.request(p.real, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${p.label}: HTTP ${res.status}`);
  const body: unknown = await res.json();
  // The floor serialises the same value on each request, as the real route does.
  bare.get(`/bare/${i}`, (c) => c.json(body as object));
}

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
    void server;
  });
const realPort = await listen(app.fetch);
const barePort = await listen(bare.fetch);
const target: ThroughputTarget = {
  engine: database.engine,
  realPort,
  barePort,
  cookie,
  paths: paths.map((p, i) => ({ ...p, bare: `/bare/${i}` })),
};
process.send?.(target);
// The server's CPU time, asked before and after each load: on a shared machine, CPU per request says more
// than requests per second.
process.on('message', (m) => {
  if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => {
  void database.close().finally(() => process.exit(0));
});
