import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { DB } from '../schema.ts';
import { rebuildSearchIndex } from '../search-index.ts';

/**
 * One search box (issue 18): `search_entry`, one row per searchable record with its text folded (no tones,
 * đ → d: FTS5's remove_diacritics does not fold đ, ENGINEERING.md). SQLite: the FTS5 table `search_fts` over the
 * folded columns, an external-content index kept in step by triggers. PostgreSQL: a GIN index on the `simple`
 * text vector of the same columns (title weighted A, body B). Filled from the existing rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_entry')
    .addColumn('seq', postgres ? 'serial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('owner_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('body_folded', 'text', (c) => c.notNull())
    .addColumn('dated_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('search_entry_unit_idx')
    .on('search_entry')
    .columns(['unit_id', 'kind'])
    .execute();
  await db.schema.createIndex('search_entry_owner_idx').on('search_entry').columns(['owner_id']).execute();
  if (postgres) {
    await sql`CREATE INDEX search_entry_fts_idx ON search_entry USING gin ((setweight(to_tsvector('simple'::regconfig, title_folded), 'A') || setweight(to_tsvector('simple'::regconfig, body_folded), 'B')))`.execute(
      db,
    );
  } else {
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title_folded, body_folded, content='search_entry', content_rowid='seq', tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
    await sql`CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN
      INSERT INTO search_fts(rowid, title_folded, body_folded) VALUES (new.seq, new.title_folded, new.body_folded);
    END`.execute(db);
    await sql`CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN
      INSERT INTO search_fts(search_fts, rowid, title_folded, body_folded) VALUES ('delete', old.seq, old.title_folded, old.body_folded);
    END`.execute(db);
    await sql`CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN
      INSERT INTO search_fts(search_fts, rowid, title_folded, body_folded) VALUES ('delete', old.seq, old.title_folded, old.body_folded);
      INSERT INTO search_fts(rowid, title_folded, body_folded) VALUES (new.seq, new.title_folded, new.body_folded);
    END`.execute(db);
  }
  await rebuildSearchIndex(db as Kysely<DB>);
}
