import type { Compilable, CompiledQuery, Kysely, RootOperationNode } from 'kysely';
import type { DB } from './schema.ts';

/**
 * A query whose shape never changes, built and compiled by Kysely once per database and then only given its
 * values (issue 20, "Per-request cost": building and compiling was ~8 % of a plan page's CPU). `build` receives
 * placeholder values for its arguments — scalars only, each used as a value, never to choose the shape — and
 * the compiled parameters that are placeholders are replaced by the call's arguments; other parameters (the
 * query's own constants) stay as compiled. Works in a transaction too (same dialect, same compiled text).
 */
export function fixedQuery<A extends readonly (string | number)[], R, D = DB>(
  build: (db: Kysely<D>, ...args: A) => Compilable<R>,
): (db: Kysely<D>, ...args: A) => Promise<R[]> {
  // Per dialect adapter: SQLite and PostgreSQL compile the same query differently (`?` against `$1`).
  const compiled = new WeakMap<object, { sql: string; query: RootOperationNode; slots: Slot[] }>();
  return async (db, ...args) => {
    const executor = db.getExecutor();
    let shape = compiled.get(executor.adapter);
    if (!shape) {
      const placeholders = args.map((_a, i) => `${SLOT}${i}`) as unknown as A;
      const query = build(db, ...placeholders).compile();
      const slots = query.parameters.map((p): Slot => {
        const i = typeof p === 'string' && p.startsWith(SLOT) ? Number(p.slice(SLOT.length)) : -1;
        return i >= 0 ? { arg: i } : { value: p };
      });
      for (let i = 0; i < args.length; i++)
        if (!slots.some((s) => 'arg' in s && s.arg === i))
          throw new Error(`fixedQuery: argument ${i} is not a value of the query`);
      shape = { sql: query.sql, query: query.query, slots };
      compiled.set(executor.adapter, shape);
    }
    const parameters = shape.slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
    const query: CompiledQuery<R> = {
      sql: shape.sql,
      query: shape.query,
      parameters,
      queryId: NO_ID,
    };
    const result = await db.executeQuery(query);
    return result.rows;
  };
}

type Slot = { arg: number } | { value: unknown };

// No plugin is installed (db/connection.ts): nothing keys on the query id.
const NO_ID = Object.freeze({ queryId: 'fixed' });
const SLOT = '\u0000fixed-query-argument-';
