import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from './statement-cache.ts';

interface TestDB {
  item: { id: number; name: string };
}

function open(capacity?: number) {
  const database = cachingStatements(new SQLite(':memory:'), capacity);
  const db = new Kysely<TestDB>({ dialect: new SqliteDialect({ database }) });
  return { database, db };
}

describe('cachingStatements', () => {
  it('prepares a statement once and reuses it with other parameters', async () => {
    const { database, db } = open();
    await sql`create table item (id integer primary key, name text not null)`.execute(db);
    for (let i = 1; i <= 5; i++)
      await db
        .insertInto('item')
        .values({ id: i, name: `n${i}` })
        .execute();
    const before = database.statementStats();
    const names: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const row = await db.selectFrom('item').select('name').where('id', '=', i).executeTakeFirstOrThrow();
      names.push(row.name);
    }
    expect(names).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    const after = database.statementStats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(4);
    await db.destroy();
  });

  it('keeps at most its capacity, dropping the least recently used', async () => {
    const { database, db } = open(2);
    await sql`create table item (id integer primary key, name text not null)`.execute(db);
    const select = (column: 'id' | 'name') => db.selectFrom('item').select(column).execute();
    await select('id');
    await select('name');
    await select('id'); // hit: `id` is now the most recent
    await db.selectFrom('item').selectAll().execute(); // a third text drops `name`
    expect(database.statementStats().size).toBe(2);
    const { misses } = database.statementStats();
    await select('id');
    expect(database.statementStats().misses).toBe(misses);
    await select('name');
    expect(database.statementStats().misses).toBe(misses + 1);
    await db.destroy();
  });

  it('sees a column added after the statement was cached, and works inside transactions and rollbacks', async () => {
    const { db } = open();
    await sql`create table item (id integer primary key, name text not null)`.execute(db);
    await db.insertInto('item').values({ id: 1, name: 'a' }).execute();
    expect(await db.selectFrom('item').selectAll().execute()).toEqual([{ id: 1, name: 'a' }]);
    await sql`alter table item add column note text`.execute(db);
    expect(await db.selectFrom('item').selectAll().execute()).toEqual([{ id: 1, name: 'a', note: null }]);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('item').values({ id: 2, name: 'b' }).execute();
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ id: 3, name: 'c' }).execute();
    });
    const ids = (await db.selectFrom('item').select('id').execute()).map((r) => r.id);
    expect(ids).toEqual([1, 3]);
    await db.destroy();
  });

  it('gives a statement of its own to a query of the same text while the cached one is still iterated', () => {
    const database = cachingStatements(new SQLite(':memory:'));
    database.prepare('create table item (id integer primary key)').run([]);
    for (let i = 1; i <= 3; i++) database.prepare('insert into item (id) values (?)').run([i]);
    const text = 'select id from item order by id';
    const seen: number[] = [];
    for (const row of database.prepare(text).iterate([]) as Iterable<{ id: number }>) {
      seen.push(row.id);
      if (row.id === 1)
        seen.push(...(database.prepare(text).all([]) as { id: number }[]).map((r) => r.id * 10));
    }
    expect(seen).toEqual([1, 10, 20, 30, 2, 3]);
    // The iteration over, the cached statement serves again.
    const { misses } = database.statementStats();
    expect(database.prepare(text).all([])).toHaveLength(3);
    expect(database.statementStats().misses).toBe(misses);
    database.close();
  });
});
