// The answers of `GET /plans/{id}` for every plan × several demo users (each asked twice, the two the same), written to a file, to compare two
// versions of the code on the same data: `npx tsx bench/plan-bodies.ts master.sqlite out.json` (the master file is
// seeded once when missing; each run works on a copy, so both versions read the same rows).
import fs from 'node:fs';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { createApp } from '../src/server/app.ts';

const [master, out] = [process.argv[2] ?? '', process.argv[3] ?? ''];
if (!fs.existsSync(master)) {
  const d = openSqlite(master);
  await migrateToLatest(d.db);
  await seedDemo(d.db);
  await d.close();
}
const work = `${master}.work`;
fs.copyFileSync(master, work);
const database = openSqlite(work);
// The master may come from an older version of the code: this one's migrations run on the copy.
await migrateToLatest(database.db);
const app = createApp(database, { secureCookies: false, sessionDays: 7 });
const plans = await database.db.selectFrom('plan').select('id').orderBy('id').execute();
const users = [
  'bithu.mamnon',
  'canbo.phuong',
  'kiemtra.phuong',
  'dangvien.noi',
  'bithu.noi',
  'canbo.benhvien',
  'nhanvien.noi',
  'admin',
];
const result: Record<string, { status: number; body: string }> = {};
for (const u of users) {
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: u, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  // Twice: the second answer may come from the plan page's cache (features/plans/page-cache.ts) and must be the same.
  for (const round of [1, 2]) {
    for (const p of plans) {
      const res = await app.request(`/api/plans/${p.id}`, { headers: { cookie } });
      const answer = { status: res.status, body: await res.text() };
      const key = `${u} ${p.id}`;
      if (round === 1) result[key] = answer;
      else if (JSON.stringify(answer) !== JSON.stringify(result[key]))
        throw new Error(`${key}: the second answer differs from the first`);
    }
  }
}
fs.writeFileSync(out, JSON.stringify(result, null, 1));
console.log(
  `${Object.keys(result).length} answers, ${Object.values(result).filter((r) => r.status === 200).length} ok`,
);
await database.close();
