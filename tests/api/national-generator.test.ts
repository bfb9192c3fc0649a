import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational, type NationalResult } from '../../bench/national.ts';
import type { Database } from '../../src/db/connection.ts';
import { newId, nowIso } from '../../src/db/ids.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { insertAccount } from '../../src/server/auth/store.ts';
import { buildApp, loggedIn } from '../support/api-client.ts';
import { createTestDatabase } from '../support/test-db.ts';

// The national generator (bench/national.ts) writes PostgreSQL's SQL: a tiny fraction checks its shape.
describe.skipIf(process.env.TEST_DB !== 'postgres')('national generator (tiny fraction)', () => {
  let database: Database;
  let result: NationalResult;
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    Number((await query.execute(database.db)).rows[0]?.n);

  beforeAll(async () => {
    database = await createTestDatabase();
    result = await generateNational(database.db, { fraction: 0.0002 });
  });
  afterAll(async () => database?.close());

  it('builds central → 34 provinces → communes → cells, with a closure row for every ancestor', async () => {
    // 0.0002 of 3,321 communes is fewer than the 34 provinces: one commune each; 50 cells.
    expect(result.provinces).toHaveLength(34);
    expect(result.cells).toHaveLength(50);
    expect(result.units).toBe(1 + 34 + 34 + 50);
    const root = await database.db
      .selectFrom('org_unit')
      .selectAll()
      .where('parent_id', 'is', null)
      .execute();
    expect(root.map((u) => [u.id, u.name])).toEqual([[result.root, 'Ban Chấp hành Trung ương']]);
    const kids = await database.db
      .selectFrom('org_unit')
      .select('id')
      .where('parent_id', '=', result.root)
      .orderBy('id')
      .execute();
    expect(kids.map((k) => k.id)).toEqual([...result.provinces].sort());
    // Every cell: itself, its commune, its province and the centre, each parent chain matching org_unit.
    const chains = await sql<{ cell: string; depth: number; ok: boolean }>`
      SELECT c.descendant_id AS cell, c.depth,
             c.ancestor_id = CASE c.depth WHEN 0 THEN u.id WHEN 1 THEN u.parent_id WHEN 2 THEN k.parent_id
                                          ELSE p.parent_id END AS ok
        FROM org_closure c JOIN org_unit u ON u.id = c.descendant_id AND u.kind = 'cell'
        JOIN org_unit k ON k.id = u.parent_id JOIN org_unit p ON p.id = k.parent_id`.execute(database.db);
    expect(chains.rows).toHaveLength(50 * 4);
    expect(chains.rows.every((r) => r.ok)).toBe(true);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM org_closure WHERE ancestor_id = ${result.root}`),
    ).toBe(1 + 34 + 34 + 50);
  });

  it('gives every cell 22 or 23 members, one secretary among them, a plan of four topics and its summary', async () => {
    const perCell = await sql<{ unit_id: string; members: number; secretaries: number }>`
      SELECT p.unit_id, count(*)::int AS members, count(r.id)::int AS secretaries
        FROM person p LEFT JOIN role_assignment r ON r.person_id = p.id AND r.unit_id = p.unit_id
                                                 AND r.role = 'secretary'
       GROUP BY p.unit_id`.execute(database.db);
    expect(perCell.rows).toHaveLength(50);
    expect(perCell.rows.every((r) => (r.members === 22 || r.members === 23) && r.secretaries === 1)).toBe(
      true,
    );
    expect(perCell.rows.reduce((n, r) => n + r.members, 0)).toBe(result.people);
    expect(result.people).toBe(50 * 22 + 20);
    expect(result.topics).toBe(200);
    expect(await count(sql`SELECT count(*)::int AS n FROM plan_step`)).toBe(1000);
    expect(await count(sql`SELECT count(*)::int AS n FROM cell_year_summary WHERE year = 2026`)).toBe(50);
    expect(result.meetings).toBe(50 * 11);
    expect(result.attendance).toBe(3 * result.people);
  });

  it('leaves no row pointing at a missing parent (the load skipped the foreign-key checks)', async () => {
    const orphans = await count(sql`SELECT (
        (SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.id = p.unit_id))
      + (SELECT count(*) FROM org_closure c WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.id = c.ancestor_id))
      + (SELECT count(*) FROM plan_topic t WHERE NOT EXISTS (SELECT 1 FROM plan p WHERE p.id = t.plan_id))
      + (SELECT count(*) FROM plan_step s WHERE NOT EXISTS (SELECT 1 FROM plan_topic t WHERE t.id = s.topic_id))
      + (SELECT count(*) FROM meeting_attendance a WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = a.person_id)
                                                      OR NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = a.meeting_id))
      + (SELECT count(*) FROM task_report r WHERE NOT EXISTS (SELECT 1 FROM meeting_task k WHERE k.id = r.task_id))
      )::int AS n`);
    expect(orphans).toBe(0);
  });

  it('serves the central oversight through the app: a row per province, every cell counted', async () => {
    const person = await database.db
      .selectFrom('role_assignment')
      .select('person_id')
      .where('unit_id', '=', result.cells[0] ?? '')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('role_assignment')
      .values({
        id: newId(),
        person_id: person.person_id,
        unit_id: result.root,
        role: 'officer',
        started_on: '2020-01-01',
        ended_on: null,
        created_by: null,
        created_at: nowIso(),
      })
      .execute();
    await insertAccount(database.db, {
      id: newId(),
      person_id: person.person_id,
      username: 'central',
      password_hash: await hashPassword('central-password'),
      is_admin: 0,
      locale: 'vi',
      disabled_at: null,
      created_at: nowIso(),
    });
    const officer = await loggedIn(buildApp(database), 'central', 'central-password');
    const res = await officer.get<{ rows: { id: string }[] }>(`/api/orgs/${result.root}/oversight?year=2026`);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r) => r.id).sort()).toEqual([...result.provinces].sort());
    const plans = await officer.get<{ committees: { cells: number }[] }>(
      `/api/orgs/${result.province}/plans?year=2026`,
    );
    expect(plans.status).toBe(200);
    expect(plans.body.committees.length).toBeGreaterThan(0);
    expect(plans.body.committees.every((k) => k.cells > 0)).toBe(true);
  });
});
