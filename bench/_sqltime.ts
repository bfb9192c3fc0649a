import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import SQLite from 'better-sqlite3';
const orig = SQLite.prototype.prepare;
const times = new Map<string, { n: number; us: number }>();
(SQLite.prototype as any).prepare = function (sql: string) {
  const st = orig.call(this, sql);
  for (const m of ['all', 'run', 'get', 'iterate'] as const) {
    const f = (st as any)[m].bind(st);
    (st as any)[m] = (...a: unknown[]) => { const t = process.hrtime.bigint(); const r = f(...a); const d = Number(process.hrtime.bigint() - t) / 1000; const e = times.get(sql) ?? { n: 0, us: 0 }; e.n++; e.us += d; times.set(sql, e); return r; };
  }
  return st;
};
const { openSqlite } = await import('../src/db/connection.ts');
const { migrateToLatest } = await import('../src/db/migrate.ts');
const { DEMO_PASSWORD, seedDemo } = await import('../src/seed/demo.ts');
const { createApp } = await import('../src/server/app.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p-'));
const database = openSqlite(path.join(dir, 'b.sqlite'));
await migrateToLatest(database.db); await seedDemo(database.db);
const app = createApp(database, { secureCookies: false, sessionDays: 7 });
const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bithu.mamnon', password: DEMO_PASSWORD }) });
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const me = (await (await app.request('/api/auth/me', { headers: { cookie } })).json()) as any;
const cellId = me.units.find((u: any) => u.unitKind === 'cell')?.unitId;
const plan = await database.db.selectFrom('plan').select('id').where('cell_id', '=', cellId).orderBy('year', 'desc').executeTakeFirstOrThrow();
const url = process.argv[2] === 'me' ? '/api/auth/me' : `/api/plans/${plan.id}`;
for (let i = 0; i < 50; i++) await (await app.request(url, { headers: { cookie } })).text();
times.clear();
const N = 500;
for (let i = 0; i < N; i++) await (await app.request(url, { headers: { cookie } })).text();
let tot = 0;
for (const [sql, e] of [...times].sort((a, b) => b[1].us - a[1].us)) { tot += e.us; console.log(`${(e.n / N).toFixed(2)}x ${(e.us / N).toFixed(0).padStart(5)}µs  ${sql.slice(0, 260)}`); }
console.log('total SQL µs/req', (tot / N).toFixed(0));
