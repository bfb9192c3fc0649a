import { type CellPlans, type CellPlansAnswer, expandCellPlans } from '../../web/src/api/cell-plans.ts';
import type { ApiClient } from './api-client.ts';

/**
 * A committee's plan overview (`GET /orgs/{id}/plans`) as the web client reads it: the short, flat answer
 * expanded to a row per cell by the client's own `expandCellPlans` (web/src/api/cell-plans.ts).
 */
export async function overviewOf(client: ApiClient, path: string) {
  const res = await client.get<CellPlansAnswer>(path);
  return { ...res, body: (res.status === 200 ? expandCellPlans(res.body) : res.body) as CellPlans };
}
