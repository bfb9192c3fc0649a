import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { newId, nowIso } from '../../src/db/ids.ts';
import { createTestDatabase } from '../support/test-db.ts';

describe('test database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('runs on the engine the project asked for', () => {
    expect(database.engine).toBe(process.env.TEST_DB);
  });

  it('is migrated and starts empty', async () => {
    const { db } = database;
    expect(await db.selectFrom('org_unit').select('id').execute()).toEqual([]);

    const now = nowIso();
    const unitId = newId();
    await db
      .insertInto('org_unit')
      .values({
        id: unitId,
        parent_id: null,
        kind: 'cell',
        name: 'Chi bộ Khu phố 3',
        short_name: 'ĐẢNG ỦY PHƯỜNG HÒA BÌNH',
        place: 'Hòa Bình',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const personId = newId();
    await db
      .insertInto('person')
      .values({
        id: personId,
        full_name: 'Nguyễn Thị Hồng Đào',
        name_folded: 'nguyen thi hong dao',
        gender: 'female',
        birth_date: '1978-05-19',
        phone: null,
        email: null,
        unit_id: unitId,
        group_id: null,
        status: 'official',
        status_since: '2001-09-02',
        joined_on: '2000-09-02',
        official_on: '2001-09-02',
        card_number: null,
        created_at: now,
        updated_at: now,
      })
      .execute();

    const row = await db
      .selectFrom('person')
      .innerJoin('org_unit', 'org_unit.id', 'person.unit_id')
      .select(['person.id', 'person.full_name', 'org_unit.name as unit_name'])
      .where('person.id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ id: personId, full_name: 'Nguyễn Thị Hồng Đào', unit_name: 'Chi bộ Khu phố 3' });
  });

  it('enforces foreign keys', async () => {
    const now = nowIso();
    await expect(
      database.db
        .insertInto('org_unit')
        .values({
          id: newId(),
          parent_id: newId(),
          kind: 'group',
          name: 'Tổ đảng mồ côi',
          short_name: null,
          place: null,
          created_at: now,
          updated_at: now,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
