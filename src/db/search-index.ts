import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { foldForIndex, type SearchKind } from '../domain/search/search.ts';
import { isPostgres } from './engine.ts';
import { nowIso } from './ids.ts';
import type { DB } from './schema.ts';

/**
 * The search index (issue 18): `search_entry` holds one row per searchable record, its text folded
 * (foldForIndex: no tones, đ → d, words split by spaces); SQLite reads it through the FTS5 table `search_fts`
 * (kept in step by triggers, migration 0030), PostgreSQL through a GIN index on the `simple` text vector of
 * the same folded columns. The features call `reindex` inside the transaction of every write they make to an
 * indexed record, so the index changes if and only if the record does. Engine-specific SQL stays here.
 */
type Q = Kysely<DB> | Transaction<DB>;

interface EntryInput {
  kind: SearchKind;
  refId: string;
  unitId: string;
  ownerId?: string | null;
  title: string;
  body: string;
  datedOn?: string | null;
}

async function put(db: Q, e: EntryInput): Promise<void> {
  const id = `${e.kind}:${e.refId}`;
  await db.deleteFrom('search_entry').where('id', '=', id).execute();
  await db
    .insertInto('search_entry')
    .values({
      id,
      kind: e.kind,
      ref_id: e.refId,
      unit_id: e.unitId,
      owner_id: e.ownerId ?? null,
      title: e.title,
      body: e.body,
      title_folded: foldForIndex(e.title),
      body_folded: foldForIndex(e.body),
      dated_on: e.datedOn ?? null,
      updated_at: nowIso(),
    })
    .execute();
}

async function remove(db: Q, kind: SearchKind, refId: string): Promise<void> {
  await db.deleteFrom('search_entry').where('id', '=', `${kind}:${refId}`).execute();
}

/** A plan topic: its title, group and work content, read by whoever reads the cell's plan. */
async function indexTopic(db: Q, topicId: string): Promise<void> {
  const t = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.title', 't.topic_group', 't.work_content', 't.plan_id', 'p.cell_id'])
    .where('t.id', '=', topicId)
    .executeTakeFirst();
  if (!t) return remove(db, 'topic', topicId);
  await put(db, {
    kind: 'topic',
    refId: t.id,
    unitId: t.cell_id,
    ownerId: t.plan_id,
    title: t.title,
    body: [t.topic_group, t.work_content].filter(Boolean).join('. '),
  });
}

/**
 * A topic's draft as members read it: the newest version sent to readers (topic_reader). A version not yet
 * distributed is seen only by the preparers and approvers (preparation/access.ts) and is never indexed.
 */
async function indexDraft(db: Q, topicId: string): Promise<void> {
  const v = await db
    .selectFrom('topic_version as v')
    .innerJoin('plan_topic as t', 't.id', 'v.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['t.title', 'p.cell_id', 'v.plain_text'])
    .where('v.topic_id', '=', topicId)
    .where('v.kind', '=', 'draft')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('topic_reader as r').select('r.version_id').whereRef('r.version_id', '=', 'v.id'),
      ),
    )
    .orderBy('v.created_at', 'desc')
    .orderBy('v.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!v) return remove(db, 'draft', topicId);
  await put(db, { kind: 'draft', refId: topicId, unitId: v.cell_id, title: v.title, body: v.plain_text });
}

/** An issued resolution (seed 003): its final text, once it has its NQ number. */
async function indexResolution(db: Q, topicId: string): Promise<void> {
  const r = await db
    .selectFrom('topic_preparation as tp')
    .innerJoin('plan_topic as t', 't.id', 'tp.topic_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .innerJoin('topic_version as v', 'v.topic_id', 't.id')
    .select(['t.title', 'p.cell_id', 'v.plain_text', 'tp.final_at'])
    .where('tp.topic_id', '=', topicId)
    .where('t.kind', '=', 'resolution')
    .where('tp.final_number', 'is not', null)
    .where('v.kind', '=', 'draft')
    .where('v.round', '=', 'final')
    .orderBy('v.created_at', 'desc')
    .orderBy('v.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return remove(db, 'resolution', topicId);
  await put(db, {
    kind: 'resolution',
    refId: topicId,
    unitId: r.cell_id,
    title: r.title,
    body: r.plain_text,
    datedOn: r.final_at?.slice(0, 10) ?? null,
  });
}

/**
 * A meeting as the minute book lists it (seed 002, "sổ ghi biên bản"): its topic, place and day, and the text
 * of its minutes once drafted.
 */
async function indexMinutes(db: Q, meetingId: string): Promise<void> {
  const m = await db
    .selectFrom('meeting as m')
    .leftJoin('minutes as n', 'n.meeting_id', 'm.id')
    .leftJoin('plan_topic as t', 't.id', 'm.topic_id')
    .select(['m.cell_id', 'm.held_on', 'm.place', 't.title', 'n.text'])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!m) return remove(db, 'minutes', meetingId);
  await put(db, {
    kind: 'minutes',
    refId: meetingId,
    unitId: m.cell_id,
    title: m.title ?? '',
    body: [m.place, m.text].filter(Boolean).join('. '),
    datedOn: m.held_on,
  });
}

/** Every string of an issued document's frozen JSON, in order: its title, headings, paragraphs and tables. */
function documentText(json: string): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/\s/.test(v) || /[^\x20-\x7e]/.test(v)) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(json));
  } catch {
    return '';
  }
  return out.join(' ');
}

/** An issued report (the register of issued reports): its title and the text as issued. */
async function indexReport(db: Q, documentId: string): Promise<void> {
  const d = await db
    .selectFrom('issued_document')
    .select(['id', 'unit_id', 'title', 'document_json', 'issued_on'])
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!d) return remove(db, 'report', documentId);
  await put(db, {
    kind: 'report',
    refId: d.id,
    unitId: d.unit_id,
    title: d.title,
    body: documentText(d.document_json),
    datedOn: d.issued_on,
  });
}

/** A model topic of a committee's library. */
async function indexLibrary(db: Q, modelId: string): Promise<void> {
  const m = await db
    .selectFrom('topic_model')
    .select(['id', 'committee_id', 'title', 'topic_group', 'work_content', 'source_cell_name'])
    .where('id', '=', modelId)
    .executeTakeFirst();
  if (!m) return remove(db, 'library', modelId);
  await put(db, {
    kind: 'library',
    refId: m.id,
    unitId: m.committee_id,
    title: m.title,
    body: [m.topic_group, m.work_content, m.source_cell_name].filter(Boolean).join('. '),
  });
}

/** A person, by name, in their home unit. */
async function indexPerson(db: Q, personId: string): Promise<void> {
  const p = await db
    .selectFrom('person')
    .select(['id', 'full_name', 'unit_id'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!p) return remove(db, 'person', personId);
  await put(db, { kind: 'person', refId: p.id, unitId: p.unit_id, title: p.full_name, body: '' });
}

const INDEXERS: Record<SearchKind, (db: Q, refId: string) => Promise<void>> = {
  topic: indexTopic,
  draft: indexDraft,
  resolution: indexResolution,
  minutes: indexMinutes,
  report: indexReport,
  library: indexLibrary,
  person: indexPerson,
};

/** Writes (or removes, when the record is gone or not searchable) the entry of one record, from its tables. */
export async function reindex(db: Q, kind: SearchKind, refId: string): Promise<void> {
  await INDEXERS[kind](db, refId);
}

/** A plan saved whole: its topics' entries replaced, those of topics it no longer has removed. */
export async function reindexPlanTopics(db: Q, planId: string): Promise<void> {
  await db.deleteFrom('search_entry').where('kind', '=', 'topic').where('owner_id', '=', planId).execute();
  const topics = await db.selectFrom('plan_topic').select('id').where('plan_id', '=', planId).execute();
  for (const t of topics) await indexTopic(db, t.id);
}

/** A topic's text moved on (distributed, finalised, issued): its draft and resolution entries. */
export async function reindexTopicTexts(db: Q, topicId: string): Promise<void> {
  await indexDraft(db, topicId);
  await indexResolution(db, topicId);
}

/**
 * Empties the index and fills it again from every source table (the migration, `npm run cli --
 * rebuild-search`, a restored backup, the demo data written straight into the tables). Returns the entries.
 */
export async function rebuildSearchIndex(db: Q): Promise<number> {
  // The migrator hands PostgreSQL migrations a transaction already.
  const inTransaction = (work: (trx: Q) => Promise<number>) =>
    db.isTransaction ? work(db) : (db as Kysely<DB>).transaction().execute(work);
  return inTransaction(async (trx) => {
    await trx.deleteFrom('search_entry').execute();
    const ids = async (kind: SearchKind, rows: Promise<{ id: string }[]>) => {
      for (const r of await rows) await INDEXERS[kind](trx, r.id);
    };
    await ids('topic', trx.selectFrom('plan_topic').select('id').execute());
    const texts = trx
      .selectFrom('topic_version')
      .select('topic_id as id')
      .distinct()
      .where('kind', '=', 'draft');
    await ids('draft', texts.execute());
    await ids(
      'resolution',
      trx
        .selectFrom('topic_preparation')
        .select('topic_id as id')
        .where('final_number', 'is not', null)
        .execute(),
    );
    await ids('minutes', trx.selectFrom('meeting').select('id').execute());
    await ids('report', trx.selectFrom('issued_document').select('id').execute());
    await ids('library', trx.selectFrom('topic_model').select('id').execute());
    await ids('person', trx.selectFrom('person').select('id').execute());
    const n = await trx
      .selectFrom('search_entry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n.n);
  });
}

/** Which entries the reader may see: per kind, the units whose subtree they read; the library apart. */
export interface SearchScope {
  all: boolean;
  /** Per kind (library excepted): the roots of the subtrees whose entries the reader sees. */
  roots: Partial<Record<Exclude<SearchKind, 'library'>, string[]>>;
  /** The reader's own units: a committee's library is seen below it (its cells) and above it. */
  libraryUnits: string[];
}

export interface SearchRow {
  id: string;
  kind: SearchKind;
  ref_id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  body: string;
  dated_on: string | null;
}

const PG_VECTOR = sql`(setweight(to_tsvector('simple'::regconfig, e.title_folded), 'A') || setweight(to_tsvector('simple'::regconfig, e.body_folded), 'B'))`;

function visibility(scope: SearchScope): RawBuilder<unknown> {
  if (scope.all) return sql`1 = 1`;
  const branches: RawBuilder<unknown>[] = [];
  for (const [kind, roots] of Object.entries(scope.roots)) {
    if (!roots || roots.length === 0) continue;
    branches.push(
      sql`(e.kind = ${kind} AND e.unit_id IN (SELECT c.descendant_id FROM org_closure c WHERE c.ancestor_id IN (${sql.join(roots)})))`,
    );
  }
  if (scope.libraryUnits.length > 0) {
    const units = sql.join(scope.libraryUnits);
    branches.push(
      sql`(e.kind = 'library' AND (e.unit_id IN (SELECT c.ancestor_id FROM org_closure c WHERE c.descendant_id IN (${units})) OR e.unit_id IN (SELECT c.descendant_id FROM org_closure c WHERE c.ancestor_id IN (${units}))))`,
    );
  }
  return branches.length === 0 ? sql`1 = 0` : sql`(${sql.join(branches, sql` OR `)})`;
}

/**
 * The entries holding every term (each as the start of a word), best first: title words weigh more than
 * body words (FTS5 bm25 with weights 5 and 1; PostgreSQL ts_rank with weights A and B), then the newest.
 */
export async function searchEntries(
  db: Kysely<DB>,
  terms: readonly string[],
  scope: SearchScope,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: SearchRow[] }> {
  const visible = visibility(scope);
  if (isPostgres(db)) {
    const query = terms.map((t) => `${t}:*`).join(' & ');
    const match = sql`${PG_VECTOR} @@ to_tsquery('simple'::regconfig, ${query})`;
    const total = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM search_entry e WHERE ${match} AND ${visible}`.execute(db);
    const rows = await sql<SearchRow>`
      SELECT e.id, e.kind, e.ref_id, e.unit_id, u.name AS unit_name, e.title, e.body, e.dated_on
      FROM search_entry e JOIN org_unit u ON u.id = e.unit_id
      WHERE ${match} AND ${visible}
      ORDER BY ts_rank(${PG_VECTOR}, to_tsquery('simple'::regconfig, ${query})) DESC, e.dated_on DESC NULLS LAST, e.seq
      LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
    return { total: Number(total.rows[0]?.n ?? 0), rows: rows.rows };
  }
  const match = terms.map((t) => `"${t}"*`).join(' ');
  const total = await sql<{ n: number }>`
    SELECT count(*) AS n FROM search_fts JOIN search_entry e ON e.seq = search_fts.rowid
    WHERE search_fts MATCH ${match} AND ${visible}`.execute(db);
  const rows = await sql<SearchRow>`
    SELECT e.id, e.kind, e.ref_id, e.unit_id, u.name AS unit_name, e.title, e.body, e.dated_on
    FROM search_fts JOIN search_entry e ON e.seq = search_fts.rowid JOIN org_unit u ON u.id = e.unit_id
    WHERE search_fts MATCH ${match} AND ${visible}
    ORDER BY bm25(search_fts, 5.0, 1.0), e.dated_on IS NULL, e.dated_on DESC, e.seq
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return { total: Number(total.rows[0]?.n ?? 0), rows: rows.rows };
}

/** The minute book's search: the meetings of one cell whose minutes entry holds every term. */
export async function minutesMatching(
  db: Kysely<DB>,
  cellId: string,
  terms: readonly string[],
): Promise<Set<string>> {
  const scope: SearchScope = { all: false, roots: { minutes: [cellId] }, libraryUnits: [] };
  const { rows } = await searchEntries(db, terms, scope, { limit: 100000, offset: 0 });
  return new Set(rows.filter((r) => r.unit_id === cellId).map((r) => r.ref_id));
}
