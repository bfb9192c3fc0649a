import { useState } from 'react';
import {
  type DashboardFilter,
  type Quarter,
  SORT_KEYS,
  type SortDirection,
  type SortKey,
} from '#domain/oversight/dashboard-rows.ts';
import type { Me } from '../api/models.ts';
import { useSearchParams } from './router.tsx';

/** What the dashboard shows, kept in the address so a filtered view can be shared, reloaded and gone back to. */
export interface DashboardView {
  filter: DashboardFilter;
  sort: SortKey;
  direction: SortDirection;
}

const isQuarter = (value: number): value is Quarter =>
  value === 1 || value === 2 || value === 3 || value === 4;
const isSortKey = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);

type ViewPatch = Partial<DashboardFilter & Omit<DashboardView, 'filter'>>;

function readView(params: URLSearchParams): DashboardView {
  const quarter = Number(params.get('quarter'));
  const sort = params.get('sort') ?? '';
  return {
    filter: {
      quarter: isQuarter(quarter) ? quarter : null,
      missed: params.get('missed') === '1',
      overdueSteps: params.get('overdue') === '1',
      noReport: params.get('noReport') === '1',
      search: params.get('q') ?? '',
    },
    sort: isSortKey(sort) ? sort : 'name',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

function writeView(old: URLSearchParams, view: DashboardView): URLSearchParams {
  const next = new URLSearchParams(old);
  const put = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  };
  put('quarter', view.filter.quarter ? String(view.filter.quarter) : null);
  put('missed', view.filter.missed ? '1' : null);
  put('overdue', view.filter.overdueSteps ? '1' : null);
  put('noReport', view.filter.noReport ? '1' : null);
  put('q', view.filter.search);
  put('sort', view.sort === 'name' ? null : view.sort);
  put('dir', view.direction === 'desc' ? 'desc' : null);
  return next;
}

/**
 * The dashboard's filters and sort: read from the address when the page opens, then held in the page (a
 * checkbox or the search box answers at once) and written back to the address (replacing the entry), so
 * going back to the dashboard finds it as it was left.
 */
export function useDashboardView(): [DashboardView, (patch: ViewPatch) => void] {
  const [params, setParams] = useSearchParams();
  const [view, setLocal] = useState(() => readView(params));
  const update = (patch: ViewPatch) => {
    const { sort, direction, ...filter } = patch;
    const next: DashboardView = {
      filter: { ...view.filter, ...filter },
      sort: sort ?? view.sort,
      direction: direction ?? view.direction,
    };
    setLocal(next);
    setParams((old) => writeView(old, next), { replace: true });
  };
  return [view, update];
}

/**
 * Who reminds from this dashboard: the committee shown, or — after drilling down — the nearest committee above
 * it where the user is an officer (policy committee.remind: an officer reminds from their own committee, to any
 * cell under it). `chain` is the committee shown, then its ancestors nearest first. An administrator reminds
 * from the committee shown. Null: the user may not remind from here.
 */
export function remindingCommittee(me: Me, chain: readonly string[]): string | null {
  if (me.isAdmin) return chain[0] ?? null;
  const officerOf = new Set(me.units.filter((u) => u.roles.includes('officer')).map((u) => u.unitId));
  return chain.find((id) => officerOf.has(id)) ?? null;
}

/**
 * The ancestors a breadcrumb may link to: those from the highest committee the user oversees downward (above it
 * the dashboards are not theirs to open). `ancestors` runs from the root down.
 */
export function reachableAncestors<T extends { id: string }>(me: Me, ancestors: readonly T[]): T[] {
  if (me.isAdmin) return [...ancestors];
  const mine = new Set(
    me.units.filter((u) => u.roles.some((r) => r === 'officer' || r === 'inspector')).map((u) => u.unitId),
  );
  const top = ancestors.findIndex((a) => mine.has(a.id));
  return top < 0 ? [] : ancestors.slice(top);
}

/** A share as a whole percentage ("87%"), or "—" with nothing to count. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${Math.round(rate * 100)}%`;
}
