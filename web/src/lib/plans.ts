// Labels and small helpers of the annual plan cycle, shared by the light plan screens.
// The codes come from the pure domain modules (no I/O), so the web and the server agree on them.

import { TOPIC_GROUPS } from '#domain/plans/topic-groups.ts';
import type { PlanStatus } from '../api/models.ts';
import type { TFunction } from '../i18n/runtime.ts';
import { useSearchParams } from './router.tsx';

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  adopted: 'blue',
  submitted: 'yellow',
  acknowledged: 'green',
  returned: 'red',
};

export const planStatusLabel = (t: TFunction, status: string) =>
  t(`planStatuses.${status}`, { defaultValue: status });
export const planStepLabel = (t: TFunction, step: string) => t(`planSteps.${step}`, { defaultValue: step });
export const topicKindLabel = (t: TFunction, kind: string) => t(`topicKinds.${kind}`, { defaultValue: kind });
export const criterionLabel = (t: TFunction, criterion: string | null) =>
  criterion ? t(`criteria.${criterion}`, { defaultValue: criterion }) : '—';

export function isTopicGroupCode(value: string): boolean {
  return (TOPIC_GROUPS as readonly string[]).includes(value);
}

/** A known group code in words; anything else is free text the cell wrote, shown as is. */
export function topicGroupLabel(t: TFunction, group: string | null | undefined): string {
  if (!group) return '—';
  return isTopicGroupCode(group) ? t(`topicGroups.${group}`) : group;
}

/** 'Quý I' … 'Quý IV'. */
export const quarterLabel = (t: TFunction, quarter: number) =>
  t(`plans.quarters.${quarter}`, { defaultValue: String(quarter) });

/** 'Tháng 3/2026'. */
export const monthLabel = (t: TFunction, month: number, year: number) => t('plans.month', { month, year });

/** The current year in Vietnam. */
export function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format());
}

/** The year a plan screen shows: `?year=` in the address, else this year. */
export function useYearParam(): [number, (year: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = Number(searchParams.get('year'));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : currentYear();
  const setYear = (next: number) =>
    setSearchParams(
      (old) => {
        const params = new URLSearchParams(old);
        if (next === currentYear()) params.delete('year');
        else params.set('year', String(next));
        return params;
      },
      { replace: true },
    );
  return [year, setYear];
}
