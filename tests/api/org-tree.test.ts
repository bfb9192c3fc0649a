import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince } from '../../bench/generate.ts';
import type { Database } from '../../src/db/connection.ts';
import type { App } from '../../src/server/app.ts';
import {
  buildCell,
  buildCommittee,
  buildPerson,
  buildUser,
  buildWorld,
  giveRole,
  PASSWORD,
} from '../fixtures/factories.ts';
import { type ApiClient, buildApp, type ErrorBody, loggedIn } from '../support/api-client.ts';
import type { TreeUnit } from '../support/org-tree.ts';
import { createTestDatabase } from '../support/test-db.ts';

/** Issue 20: the organisation tree one level at a time, and the pickers' search of units. */

interface Choice {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string[];
}

let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildApp(database);
});
afterAll(async () => {
  await database?.close();
});

async function setUp() {
  const world = await buildWorld(database.db);
  const as = (who: keyof typeof world.users): Promise<ApiClient> => loggedIn(app, world.users[who], PASSWORD);
  return { ...world, as };
}

const level = async (client: ApiClient, parentId?: string) => {
  const res = await client.get<{ units: TreeUnit[] }>(
    parentId === undefined ? '/api/orgs' : `/api/orgs?parentId=${parentId}`,
  );
  expect(res.status).toBe(200);
  return res.body.units;
};

const search = async (client: ApiClient, query: Record<string, string>) => {
  const res = await client.get<{ units: Choice[] }>(`/api/orgs/search?${new URLSearchParams(query)}`);
  expect(res.status).toBe(200);
  return res.body.units;
};

describe('the tree by level', () => {
  it('gives an officer their committee and the level under it, each with its number of children', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const first = await level(officer);
    expect(first.map((u) => u.id).sort()).toEqual([w.sub.id, w.cell.id, w.sibling.id].sort());
    const byId = new Map(first.map((u) => [u.id, u]));
    expect(byId.get(w.sub.id)?.childCount).toBe(2);
    expect(byId.get(w.cell.id)?.childCount).toBe(1);
    expect(byId.get(w.sibling.id)?.childCount).toBe(0);
    expect(first.every((u) => u.canManage)).toBe(true);
    // The cell opens on its party group; the group has nothing under it.
    const groups = await level(officer, w.cell.id);
    expect(groups.map((u) => u.id)).toEqual(w.cell.groupIds);
    expect(groups[0]?.childCount).toBe(0);
    expect(groups[0]?.canManage).toBe(true);
    expect(await level(officer, w.sibling.id)).toEqual([]);
  });

  it('never opens a unit the user does not see: above their committee, a foreign tree, an unknown id', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    for (const id of [w.root.id, w.foreignRoot.id, w.foreignCell.id, 'no-such-unit']) {
      const res = await officer.get<ErrorBody>(`/api/orgs?parentId=${id}`);
      expect(res.status, id).toBe(404);
    }
  });

  it('shows a cell member their own cell and group only, never the sibling cell', async () => {
    const w = await setUp();
    for (const who of ['secretary', 'member', 'staff'] as const) {
      const client = await w.as(who);
      const first = await level(client);
      expect(first.map((u) => u.id).sort(), who).toEqual([w.cell.id, ...w.cell.groupIds].sort());
      expect(first.some((u) => u.canManage)).toBe(false);
      expect((await client.get<ErrorBody>(`/api/orgs?parentId=${w.sub.id}`)).status).toBe(404);
    }
  });

  it('gives an administrator every root with its first level', async () => {
    const w = await setUp();
    const first = await level(await w.as('admin'));
    const ids = new Set(first.map((u) => u.id));
    for (const id of [w.root.id, w.sub.id, w.foreignRoot.id, w.foreignCell.id])
      expect(ids.has(id)).toBe(true);
    // Nothing deeper than the level under a root: the cells of the sub-committee come on expanding it.
    expect(ids.has(w.cell.id)).toBe(false);
    expect(first.find((u) => u.id === w.root.id)?.childCount).toBe(1);
    expect(first.find((u) => u.id === w.foreignRoot.id)?.childCount).toBe(1);
  });

  it('keeps the counts true as units are added and deleted', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    const created = await officer.post<{ id: string }>('/api/orgs', {
      parentId: w.sub.id,
      kind: 'cell',
      name: 'Chi bộ Dược',
    });
    expect(created.status).toBe(201);
    const sub = async () => (await level(officer)).find((u) => u.id === w.sub.id);
    expect((await sub())?.childCount).toBe(3);
    expect((await officer.delete(`/api/orgs/${created.body.id}`)).status).toBe(204);
    expect((await sub())?.childCount).toBe(2);
  });
});

describe('searching units for a picker', () => {
  it('ignores tones, case and đ, and puts names that start with the words first', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    for (const name of ['Chi bộ Thôn Đông Hòa', 'Đông Hòa mới', 'Chi bộ Khu phố Tây']) {
      expect((await officer.post('/api/orgs', { parentId: w.sub.id, kind: 'cell', name })).status).toBe(201);
    }
    expect((await search(officer, { q: 'dong hoa' })).map((u) => u.name)).toEqual([
      'Đông Hòa mới',
      'Chi bộ Thôn Đông Hòa',
    ]);
    expect((await search(officer, { q: 'ĐÔNG' })).map((u) => u.name)).toEqual([
      'Đông Hòa mới',
      'Chi bộ Thôn Đông Hòa',
    ]);
    // Every word must appear; "khoa" finds both cells of the world, word prefixes before inner matches.
    expect((await search(officer, { q: 'hoa thon' })).map((u) => u.name)).toEqual(['Chi bộ Thôn Đông Hòa']);
    expect((await search(officer, { q: 'khoa' })).map((u) => u.name)).toEqual([
      'Chi bộ Khoa Ngoại',
      'Chi bộ Khoa Nội',
    ]);
    // "%" and "_" are letters here, not wildcards.
    expect(await search(officer, { q: '%' })).toEqual([]);
    expect(await search(officer, { q: '_' })).toEqual([]);
  });

  it("gives each unit its parent's and grandparent's names, filters by kind, under and exclude, and limits", async () => {
    const w = await setUp();
    const admin = await w.as('admin');
    const [cell] = await search(admin, { q: 'khoa noi', under: w.root.id });
    expect(cell).toEqual({
      id: w.cell.id,
      name: 'Chi bộ Khoa Nội',
      kind: 'cell',
      parentId: w.sub.id,
      path: ['Đảng ủy Bệnh viện Thử Nghiệm', 'Đảng ủy phường Thử Nghiệm'],
    });
    const committees = await search(admin, { kind: 'committee', under: w.root.id });
    expect(committees.map((u) => u.id)).toEqual([w.sub.id]);
    const cells = await search(admin, { kind: 'cell', under: w.sub.id });
    expect(cells.map((u) => u.name)).toEqual(['Chi bộ Khoa Ngoại', 'Chi bộ Khoa Nội']);
    expect(await search(admin, { under: w.root.id, exclude: w.sub.id })).toEqual([]);
    expect(await search(admin, { kind: 'cell', under: w.sub.id, limit: '1' })).toHaveLength(1);
    // Without a limit, at most 20.
    const many = await buildCommittee(database.db, { name: 'Đảng ủy nhiều chi bộ' });
    for (let i = 0; i < 22; i++) await buildCell(database.db, { parentId: many.id, name: `Chi bộ số ${i}` });
    expect(await search(admin, { under: many.id })).toHaveLength(20);
  });

  it("never finds another subtree's units, for a cell member or an officer", async () => {
    const w = await setUp();
    const secretary = await w.as('secretary');
    expect((await search(secretary, { q: 'khoa' })).map((u) => u.id)).toEqual([w.cell.id]);
    expect(await search(secretary, { q: 'benh vien' })).toEqual([]);
    expect((await secretary.get<ErrorBody>(`/api/orgs/search?under=${w.sub.id}`)).status).toBe(404);
    const officer = await w.as('officer');
    expect(await search(officer, { q: 'ben ngoai' })).toEqual([]);
    expect(await search(officer, { q: 'phuong' })).toEqual([]);
    expect((await officer.get<ErrorBody>(`/api/orgs/search?under=${w.foreignRoot.id}`)).status).toBe(404);
    // An officer of another committee under the same root does not find this one's cells.
    const other = await buildCommittee(database.db, { parentId: w.root.id, name: 'Đảng ủy Trường' });
    const otherCell = await buildCell(database.db, {
      parentId: other.id,
      name: 'Chi bộ Khoa Học',
      members: 1,
    });
    const otherOfficer = await buildPerson(database.db, { unitId: otherCell.id });
    await giveRole(database.db, other.id, otherOfficer, 'officer');
    const them = await loggedIn(app, await buildUser(database.db, { personId: otherOfficer }), PASSWORD);
    expect((await search(them, { q: 'khoa' })).map((u) => u.id)).toEqual([otherCell.id]);
  });

  it('follows a rename and refuses a bad query with the field named', async () => {
    const w = await setUp();
    const officer = await w.as('officer');
    expect(
      (await officer.patch(`/api/orgs/${w.sibling.id}`, { name: 'Chi bộ Phòng Khám Đa Khoa' })).status,
    ).toBe(200);
    expect((await search(officer, { q: 'phong kham' })).map((u) => u.id)).toEqual([w.sibling.id]);
    expect((await search(officer, { q: 'khoa ngoai' })).map((u) => u.id)).toEqual([]);
    const bad = await officer.get<ErrorBody>(`/api/orgs/search?limit=0&kind=person&q=${'a'.repeat(101)}`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['kind', 'limit', 'q']);
    expect(bad.body.error.fields?.limit).toBe('Phải từ 1 trở lên');
  });
});

describe('a province-sized tree', () => {
  /** A generated province and an officer of it, signed in. */
  async function province(cellsPerCommune: number) {
    const made = await generateProvince(database.db, { communes: 30, cellsPerCommune, membersPerCell: 2 });
    const personId = await buildPerson(database.db, { unitId: made.cells[0] ?? '' });
    await giveRole(database.db, made.province, personId, 'officer');
    const client = await loggedIn(app, await buildUser(database.db, { personId }), PASSWORD);
    return { ...made, client };
  }

  it('answers the first level in a few kilobytes whatever the number of cells', async () => {
    const big = await province(30);
    const small = await province(3);
    const first = await big.client.get<{ units: TreeUnit[] }>('/api/orgs');
    const firstSmall = await small.client.get<{ units: TreeUnit[] }>('/api/orgs');
    expect(first.body.units).toHaveLength(31);
    expect(firstSmall.body.units).toHaveLength(31);
    const bytes = JSON.stringify(first.body).length;
    const bytesSmall = JSON.stringify(firstSmall.body).length;
    // Under 200 bytes a unit: a real province's 267 communes stay near 50 kB, under the 100 kB of issue 20.
    expect(bytes).toBeLessThan(31 * 200);
    // The same 31 units: only each commune's child count differs, "30" against "3".
    expect(bytes - bytesSmall).toBe(30);
    // A commune opens on its 30 cells; a search for a picker stays at its limit.
    const commune = first.body.units.find((u) => u.parentId === big.province);
    const cells = await level(big.client, commune?.id);
    expect(cells).toHaveLength(30);
    expect(JSON.stringify(cells).length).toBeLessThan(30 * 200);
    const found = await search(big.client, { q: 'chi bo thon', kind: 'cell' });
    expect(found).toHaveLength(20);
    expect(found.every((u) => u.path.length === 2)).toBe(true);
    // Another province's officer finds none of these cells.
    expect((await search(small.client, { q: 'thon 1.30' })).map((u) => u.id)).toEqual([]);
  });
});
