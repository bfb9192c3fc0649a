import type { Kysely } from 'kysely';

/**
 * Readability (issue 18): each account keeps its chosen text size ('normal' | 'large' | 'xlarge'), so the
 * setting follows the person to another phone. Existing accounts: 'normal'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('user_account')
    .addColumn('text_size', 'text', (c) => c.notNull().defaultTo('normal'))
    .execute();
}
