import { type Kysely, type Migration, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../connection.ts';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-plans.ts';
import * as m0003 from './0003-documents.ts';
import * as m0004 from './0004-preparation.ts';
import * as m0005 from './0005-meetings.ts';
import * as m0006 from './0006-numbering-periods.ts';

const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-plans': m0002,
  '0003-documents': m0003,
  '0004-preparation': m0004,
  '0005-meetings': m0005,
  '0006-numbering-periods': m0006,
};

describe('migration 0006: numbering periods', () => {
  it('carries every existing counter over with its year as the period, so no number is given twice', async () => {
    const database = openSqlite(':memory:');
    // biome-ignore lint/suspicious/noExplicitAny: the tables of an older schema are not in DB.
    const db = database.db as unknown as Kysely<any>;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0005-meetings')).error).toBeUndefined();
    const now = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('org_unit')
      .values({
        id: 'u1',
        parent_id: null,
        kind: 'committee',
        name: 'Đảng ủy',
        short_name: null,
        place: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('document_counter')
      .values([
        { unit_id: 'u1', kind: 'KH', year: 2025, last_number: 7 },
        { unit_id: 'u1', kind: 'BB', year: 2026, last_number: 3 },
      ])
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await db.selectFrom('document_sequence').selectAll().orderBy('kind').execute();
    expect(rows).toEqual([
      { unit_id: 'u1', kind: 'BB', period: '2026', last_number: 3 },
      { unit_id: 'u1', kind: 'KH', period: '2025', last_number: 7 },
    ]);
    await database.close();
  });
});
