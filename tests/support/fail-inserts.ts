import { sql } from 'kysely';
import type { Database } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';

/**
 * An engine-specific trigger that makes one insert fail, so a multi-step write breaks half-way and a test
 * can prove it rolled back. Returns the function that removes the trigger.
 */
export async function failInsertsInto(database: Database, table: string, column: string, value: string) {
  const name = `fail_${newId().replace(/-/g, '').slice(-12)}`;
  if (database.engine === 'sqlite') {
    await sql
      .raw(
        `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} WHEN NEW.${column} = '${value}'
         BEGIN SELECT RAISE(ABORT, 'forced failure for a rollback test'); END`,
      )
      .execute(database.db);
  } else {
    await sql
      .raw(
        `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'forced failure for a rollback test'; END $$`,
      )
      .execute(database.db);
    await sql
      .raw(
        `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW
         WHEN (NEW.${column} = '${value}') EXECUTE FUNCTION ${name}()`,
      )
      .execute(database.db);
  }
  return async () => {
    if (database.engine === 'sqlite') await sql.raw(`DROP TRIGGER ${name}`).execute(database.db);
    else {
      await sql.raw(`DROP TRIGGER ${name} ON ${table}`).execute(database.db);
      await sql.raw(`DROP FUNCTION ${name}()`).execute(database.db);
    }
  };
}
