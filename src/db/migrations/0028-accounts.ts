import type { Kysely } from 'kysely';

/**
 * Accounts (issue 19): after an officer or an administrator resets a person's password, the person must
 * choose their own at the next sign-in (`must_change_password`, 1 until they do). Existing accounts: 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('user_account')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
