import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, type BodyOf, type QueryOf } from '../client.ts';
import type { MemberStatus } from '../models.ts';
import { keys } from '../query-keys.ts';

// --- organisation -----------------------------------------------------------------------------------

/**
 * One level of the tree (issue 20): without a parent, the tops of what the user sees and the level under them;
 * with one, the units directly under it. Keys sit under `keys.orgs`, so a write that invalidates it refreshes all.
 */
export const orgLevelQuery = (parentId?: string) =>
  queryOptions({
    queryKey: keys.orgLevel(parentId ?? null),
    queryFn: () => api.get('/orgs', { query: { parentId } }),
  });

export type UnitSearch = Omit<QueryOf<'/orgs/search'>, 'limit'>;

/** The pickers' search of the units the user sees (tones ignored, ranked, at most 20). */
export const unitSearchQuery = (params: UnitSearch) =>
  queryOptions({
    queryKey: keys.orgSearch(params),
    queryFn: () =>
      api.get('/orgs/search', {
        query: {
          q: params.q || undefined,
          kind: params.kind,
          under: params.under,
          exclude: params.exclude,
        },
      }),
    staleTime: 30_000,
  });

export const orgQuery = (id: string) =>
  queryOptions({
    queryKey: keys.org(id),
    queryFn: () => api.get('/orgs/{id}', { path: { id } }),
  });

export const createOrg = (body: BodyOf<'/orgs', 'post'>) => api.post('/orgs', { body });
export const updateOrg = (id: string, body: BodyOf<'/orgs/{id}', 'patch'>) =>
  api.patch('/orgs/{id}', { path: { id }, body });
export const deleteOrg = (id: string) => api.delete('/orgs/{id}', { path: { id } });

// --- members ----------------------------------------------------------------------------------------

export const membersQuery = (
  unitId: string,
  filter: { status?: MemberStatus | ''; q?: string; scope?: QueryOf<'/orgs/{id}/members'>['scope'] } = {},
) =>
  queryOptions({
    queryKey: keys.members(unitId, {
      status: filter.status || undefined,
      q: filter.q || undefined,
      scope: filter.scope,
    }),
    queryFn: () =>
      api.get('/orgs/{id}/members', {
        path: { id: unitId },
        query: { status: filter.status || undefined, q: filter.q, scope: filter.scope },
      }),
  });

export const memberQuery = (id: string) =>
  queryOptions({
    queryKey: keys.member(id),
    queryFn: () => api.get('/members/{id}', { path: { id } }),
  });

export const createMember = (body: BodyOf<'/members', 'post'>) => api.post('/members', { body });
export const updateMember = (id: string, body: BodyOf<'/members/{id}', 'patch'>) =>
  api.patch('/members/{id}', { path: { id }, body });
export const changeMemberStatus = (id: string, body: BodyOf<'/members/{id}/status', 'post'>) =>
  api.post('/members/{id}/status', { path: { id }, body });
export const transferMember = (id: string, body: BodyOf<'/members/{id}/transfer', 'post'>) =>
  api.post('/members/{id}/transfer', { path: { id }, body });
export const createAccount = (id: string, body: BodyOf<'/members/{id}/account', 'post'>) =>
  api.post('/members/{id}/account', { path: { id }, body });

// --- roles ------------------------------------------------------------------------------------------

export const rolesQuery = (unitId: string) =>
  queryOptions({
    queryKey: keys.roles(unitId),
    queryFn: () => api.get('/orgs/{id}/roles', { path: { id: unitId }, query: { history: 'true' } }),
  });

export const assignRole = (unitId: string, body: BodyOf<'/orgs/{id}/roles', 'post'>) =>
  api.post('/orgs/{id}/roles', { path: { id: unitId }, body });
export const endRole = (id: string, endedOn: string) =>
  api.post('/roles/{id}/end', { path: { id }, body: { endedOn } });

// --- audit ------------------------------------------------------------------------------------------

export const auditQuery = (filter: { unitId?: string; entityId?: string }) =>
  queryOptions({
    queryKey: keys.audit(filter),
    queryFn: () => api.get('/audit', { query: { unitId: filter.unitId, entityId: filter.entityId } }),
  });

/** The roster as .xlsx, with the screen's filter (issue 18). */
export const rosterExportUrl = (unitId: string, filter: { status?: MemberStatus | ''; q?: string } = {}) =>
  apiUrl('/orgs/{id}/members/export', {
    path: { id: unitId },
    query: { status: filter.status || undefined, q: filter.q || undefined },
  });
