// Profile of one signed-in read in a loop, in process (issue 20, "Per-request cost"): the demo data on a
// fresh SQLite file, the cell secretary's session, `app.request` N times. CPU µs per request is printed;
// run under `node --cpu-prof` to see where it goes:
//   npx tsx bench/profile-request.ts [me|plan] [N] [profile.cpuprofile]
// (the third argument writes a CPU profile of the measured loop only, for Chrome's DevTools).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { createApp } from '../src/server/app.ts';
import { QUIET_MS } from '../src/server/auth/actor-cache.ts';

const which = process.argv[2] ?? 'plan';
const rounds = Number(process.argv[3] ?? 2000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chuyen-de-profile-'));
const database = openSqlite(path.join(dir, 'bench.sqlite'));
await migrateToLatest(database.db);
await seedDemo(database.db);
const app = createApp(database, { secureCookies: false, sessionDays: 7 });
const login = await app.request('/api/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bithu.mamnon', password: DEMO_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
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
await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 100)); // the actor cache's steady state
const url = which === 'me' ? '/api/auth/me' : `/api/plans/${plan.id}`;
const once = async () => {
  const res = await app.request(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  await res.text();
};
for (let i = 0; i < 100; i++) await once();
const profileTo = process.argv[4];
const inspector = new Session();
if (profileTo) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < rounds; i++) await once();
const cpu = process.cpuUsage(cpu0);
const wall = performance.now() - t0;
if (profileTo) {
  const { profile } = await inspector.post('Profiler.stop');
  fs.writeFileSync(profileTo, JSON.stringify(profile));
}
console.log(
  `${url}: ${rounds} requests, ${((cpu.user + cpu.system) / rounds).toFixed(0)} µs CPU/req, ${((wall * 1000) / rounds).toFixed(0)} µs wall/req`,
);
await database.close();
fs.rmSync(dir, { recursive: true, force: true });
