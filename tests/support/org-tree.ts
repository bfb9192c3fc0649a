import { expect } from 'vitest';
import type { ApiClient } from './api-client.ts';

export interface TreeUnit {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
  memberCount: number;
  childCount: number;
  canManage: boolean;
}

/**
 * Every unit the user sees, read the way the web reads the tree (issue 20): `GET /orgs` (the tops and the level
 * under them), then `GET /orgs?parentId=` for each unit that has children. Each unit's `childCount` is checked
 * against the children the server returned.
 */
export async function walkOrgTree(client: ApiClient): Promise<TreeUnit[]> {
  const first = await client.get<{ units: TreeUnit[] }>('/api/orgs');
  expect(first.status).toBe(200);
  const seen = new Map(first.body.units.map((u) => [u.id, u]));
  const queue = [...seen.values()];
  for (let unit = queue.shift(); unit; unit = queue.shift()) {
    if (unit.childCount === 0) continue;
    const res = await client.get<{ units: TreeUnit[] }>(`/api/orgs?parentId=${unit.id}`);
    expect(res.status).toBe(200);
    expect(res.body.units).toHaveLength(unit.childCount);
    for (const child of res.body.units) {
      expect(child.parentId).toBe(unit.id);
      if (seen.has(child.id)) continue;
      seen.set(child.id, child);
      queue.push(child);
    }
  }
  return [...seen.values()];
}
