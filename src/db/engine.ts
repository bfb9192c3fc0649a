import { type Kysely, PostgresAdapter, type RawBuilder, sql, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Whether the connection is PostgreSQL (else the embedded SQLite): for the few statements the engines spell apart. */
export const isPostgres = (db: Q) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Rows computed in JavaScript as a table to join in SQL, passed as ONE JSON parameter whatever their number
 * (a list of VALUES would need a parameter a field and meet SQLite's limit): a `SELECT` over `json_each` on
 * SQLite, `json_to_recordset` on PostgreSQL, to name in a `WITH … AS MATERIALIZED` (parsed once, not per row
 * it is joined to). Every column is text (null allowed).
 */
export function jsonRows<T extends object>(
  db: Q,
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): RawBuilder<unknown> {
  const json = JSON.stringify(rows);
  if (isPostgres(db))
    return sql`SELECT * FROM json_to_recordset(${json}::json) AS x(${sql.join(
      columns.map((c) => sql`${sql.id(c)} text`),
    )})`;
  return sql`SELECT ${sql.join(
    columns.map((c) => sql`json_extract(value, ${`$.${c}`}) AS ${sql.id(c)}`),
  )} FROM json_each(${json})`;
}

/**
 * Many ids sharing a few values, passed as ONE JSON parameter grouped by those values (`[{ …values, ids: […] }]`)
 * and read back as a row per id (`id` and the values, all text): a fraction of the bytes of `jsonRows` when the
 * ids are many and the values few — the committees of a subtree by the child they sit under and their deadlines.
 */
export function jsonGroups<T extends { ids: readonly string[] }>(
  db: Q,
  groups: readonly T[],
  columns: readonly Exclude<keyof T & string, 'ids'>[],
): RawBuilder<unknown> {
  const json = JSON.stringify(groups);
  if (isPostgres(db))
    return sql`SELECT i.value AS id, ${sql.join(columns.map((c) => sql.ref(`g.${c}`)))}
      FROM json_to_recordset(${json}::json) AS g(${sql.join(columns.map((c) => sql`${sql.id(c)} text`))}, ids json),
        json_array_elements_text(g.ids) AS i(value)`;
  return sql`SELECT i.value AS id, ${sql.join(
    columns.map((c) => sql`json_extract(g.value, ${`$.${c}`}) AS ${sql.id(c)}`),
  )} FROM json_each(${json}) g, json_each(json_extract(g.value, '$.ids')) i`;
}
