import { it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.ts';
import { buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

it('prints', async () => {
  const demo = await createTestDatabase();
  await seedDemo(demo.db);
  const app = buildApp(demo);
  for (const u of [
    'bithu.khupho3',
    'canbo.phuong',
    'kiemtra.phuong',
    'canbo.benhvien',
    'canbo.capnuoc',
    'bithu.noi',
    'phobithu.noi',
    'chiuy.noi',
    'dangvien.noi',
    'dubi.noi',
    'bithu.mamnon',
    'baocao.mamnon',
    'dangvien.mamnon',
    'nhanvien.noi',
    'admin',
  ]) {
    const c = await loggedIn(app, u, DEMO_PASSWORD);
    const r = await c.get<{
      items: {
        kind: string;
        params: unknown;
        unit: { name: string };
        dueOn: string | null;
        overdue: boolean;
        link: string;
      }[];
    }>('/api/me/inbox');
    console.log(
      u,
      r.status,
      JSON.stringify(
        r.body.items?.map((i) => [i.kind, i.unit.name, i.dueOn, i.overdue, i.link, i.params]),
        null,
        0,
      ),
    );
  }
  await demo.close();
});
