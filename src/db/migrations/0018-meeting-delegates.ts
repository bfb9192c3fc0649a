import type { Kysely } from 'kysely';

/**
 * The committee above attends cells' meetings (issue 15; seed 000: "đại biểu cấp ủy cấp trên dự").
 * Portable types only (decision 002).
 *
 * 1. `meeting_guest.person_id`: a delegate who registered themself is linked to their person (null for a guest
 *    typed in free text at the console); one registration per meeting and person (unique index — NULLs are
 *    distinct on both engines, so free-text guests are not constrained).
 * 2. `meeting_guest.unit_id`: the committee they come from (their role's unit), named in `unit_name`.
 * 3. `meeting_guest.present`: whether the console marked them present. A free-text guest is typed in when
 *    they are there (1, the default, also for the rows before this migration); a registration starts at 0.
 * 4. The committee's calendar reads its subtree's cells from `org_closure` (primary key ancestor, descendant)
 *    and each cell's meetings by date through `meeting_cell_date_idx` (cell_id, held_on), both existing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meeting_guest')
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .execute();
  await db.schema
    .alterTable('meeting_guest')
    .addColumn('unit_id', 'text', (c) => c.references('org_unit.id'))
    .execute();
  await db.schema
    .alterTable('meeting_guest')
    .addColumn('present', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('meeting_guest_person_uq')
    .on('meeting_guest')
    .columns(['meeting_id', 'person_id'])
    .unique()
    .execute();
  // A person's registrations (the calendar's "registered" and their own list).
  await db.schema.createIndex('meeting_guest_person_idx').on('meeting_guest').column('person_id').execute();
}
