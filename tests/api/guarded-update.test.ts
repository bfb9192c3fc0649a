import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { guardedUpdate } from '../../src/db/guarded-update.ts';
import { newId, nowIso, nowIsoAfter } from '../../src/db/ids.ts';
import { createTestDatabase } from '../support/test-db.ts';

describe('guardedUpdate', () => {
  let database: Database;
  const unitId = newId();
  const created = nowIso();

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db
      .insertInto('org_unit')
      .values({
        id: unitId,
        parent_id: null,
        kind: 'cell',
        name: 'Chi bộ Khu phố 3',
        short_name: 'ĐẢNG ỦY PHƯỜNG HÒA BÌNH',
        place: 'Hòa Bình',
        created_at: created,
        updated_at: created,
      })
      .execute();
  });
  afterAll(async () => {
    await database?.close();
  });

  const read = () =>
    database.db
      .selectFrom('org_unit')
      .select(['name', 'updated_at'])
      .where('id', '=', unitId)
      .executeTakeFirstOrThrow();

  it('writes while the row still has the version read, and only the first of two writers wins', async () => {
    const { db } = database;
    const version = (await read()).updated_at;
    const first = { name: 'Chi bộ Khu phố 4', updated_at: nowIsoAfter(version) };
    expect(await guardedUpdate(db, 'org_unit', { column: 'id', value: unitId }, first, version)).toBe(true);
    const second = { name: 'Chi bộ Khu phố 5', updated_at: nowIsoAfter(version) };
    expect(await guardedUpdate(db, 'org_unit', { column: 'id', value: unitId }, second, version)).toBe(false);
    expect(await read()).toEqual(first);
  });

  it('inside a transaction the losing writer can roll back', async () => {
    const { db } = database;
    const before = await read();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('org_unit').set({ place: 'Sóc Trăng' }).where('id', '=', unitId).execute();
        const stale = '2000-01-01T00:00:00.000Z';
        if (!(await guardedUpdate(trx, 'org_unit', { column: 'id', value: unitId }, { name: 'X' }, stale)))
          throw new Error('changed');
      }),
    ).rejects.toThrow('changed');
    expect(await read()).toEqual(before);
  });

  it('writes unguarded when no version is given, and reports a missing row', async () => {
    const { db } = database;
    expect(
      await guardedUpdate(db, 'org_unit', { column: 'id', value: unitId }, { name: 'Chi bộ 6' }, undefined),
    ).toBe(true);
    expect((await read()).name).toBe('Chi bộ 6');
    expect(
      await guardedUpdate(db, 'org_unit', { column: 'id', value: newId() }, { name: 'Y' }, undefined),
    ).toBe(false);
  });
});
