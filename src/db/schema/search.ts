// The search index (migration 0030): one row per searchable record, derived from the features' tables.
import type { Generated } from 'kysely';

export interface SearchEntryTable {
  /** The full-text index's row id (SQLite FTS5 `content_rowid`); an integer key VACUUM never renumbers. */
  seq: Generated<number>;
  /** `<kind>:<ref_id>`: one entry per record. */
  id: string;
  kind: 'topic' | 'draft' | 'resolution' | 'minutes' | 'report' | 'library' | 'person';
  ref_id: string;
  /** The unit the record belongs to: visibility is decided on it (domain/search/search.ts, READ_ACTION). */
  unit_id: string;
  /** The plan of a topic entry (a plan saved whole replaces its topics' entries). */
  owner_id: string | null;
  title: string;
  /** The plain text the snippets are cut from. */
  body: string;
  /** foldForIndex(title) and foldForIndex(body): what the full-text index reads. */
  title_folded: string;
  body_folded: string;
  /** The record's own day (the meeting held, the report issued), if it has one. */
  dated_on: string | null;
  updated_at: string;
}
