import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedQuery } from './fixed-query.ts';

interface TestDB {
  item: { id: number; name: string; kind: string };
}

async function open() {
  const db = new Kysely<TestDB>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  await sql`create table item (id integer primary key, name text not null, kind text not null)`.execute(db);
  await db
    .insertInto('item')
    .values([
      { id: 1, name: 'a', kind: 'x' },
      { id: 2, name: 'b', kind: 'y' },
      { id: 3, name: 'c', kind: 'x' },
      { id: 4, name: 'd', kind: 'z' },
    ])
    .execute();
  return db;
}

describe('fixedQuery', () => {
  it('builds once and answers each call with its own values, keeping the query’s constants', async () => {
    const db = await open();
    let builds = 0;
    const items = fixedQuery((q: Kysely<TestDB>, kind: string, above: number) => {
      builds++;
      return q
        .selectFrom('item')
        .select(['id', 'name'])
        .where('id', '>', above)
        .where((eb) => eb.or([eb('kind', '=', kind), eb('kind', 'in', ['z'])]))
        .orderBy('id');
    });
    expect(await items(db, 'x', 0)).toEqual([
      { id: 1, name: 'a' },
      { id: 3, name: 'c' },
      { id: 4, name: 'd' },
    ]);
    expect(await items(db, 'y', 1)).toEqual([
      { id: 2, name: 'b' },
      { id: 4, name: 'd' },
    ]);
    expect(await items(db, 'x', 3)).toEqual([{ id: 4, name: 'd' }]);
    expect(builds).toBe(1);
    // A transaction shares the dialect: still the same compiled text, and it reads inside the transaction.
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ id: 5, name: 'e', kind: 'y' }).execute();
      expect((await items(trx, 'y', 0)).map((r) => r.id)).toEqual([2, 4, 5]);
    });
    expect(builds).toBe(1);
    await db.destroy();
  });

  it('refuses an argument that does not end up a value of the query', async () => {
    const db = await open();
    const wrong = fixedQuery((q: Kysely<TestDB>, _unused: string) => q.selectFrom('item').select('id'));
    await expect(wrong(db, 'x')).rejects.toThrow(/argument 0/);
    await db.destroy();
  });
});
