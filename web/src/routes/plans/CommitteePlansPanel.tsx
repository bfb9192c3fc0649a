import { Badge, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PLAN_STATUSES } from '#domain/plans/plan-status.ts';
import { cellPlansQuery, guidanceQuery } from '../../api/endpoints.ts';
import type { OrgUnitDetail, PlanStatus } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { collator, formatDate, todayLocalDate } from '../../lib/format.ts';
import { PLAN_STATUS_COLORS, planStatusLabel, useYearParam } from '../../lib/plans.ts';
import { Link, useSearchParams } from '../../lib/router.tsx';
import { GuidanceSection } from '../guidance/GuidanceSection.tsx';
import { LibrarySection } from '../topics/LibrarySection.tsx';
import { CellPlansList } from './CellPlansList.tsx';
import { CellPlansTable } from './CellPlansTable.tsx';
import { ChildCommitteesList, ChildCommitteesTable } from './ChildCommittees.tsx';
import { isLagging, RemindButton } from './CommitteeReminder.tsx';
import { PHONE_QUERY } from './PlanView.tsx';

/**
 * A committee's overview of the year: the guidance it works under (and issues), the committees right under it
 * rolled up (issue 20: each opens its own overview, so any cell is two or three taps away), its own cells with
 * the state of their plans, counts per state of all of them, cells late after the guidance deadline, and the
 * rows whose topics have steps past their month (which the officer may list alone).
 */
export default function CommitteePlansPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const stacked = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const { data, error, isPending, refetch } = useQuery(cellPlansQuery(unit.id, year));
  const permissions = data?.permissions;
  const guidance = useQuery(guidanceQuery(unit.id, year));
  // The home's "cells with overdue steps" links here with ?overdue=1: the list opens filtered to them.
  const [searchParams] = useSearchParams();
  const [onlyOverdue, setOnlyOverdue] = useState(searchParams.get('overdue') === '1');

  // The strictest deadline the cells work under this year.
  const deadline = (guidance.data?.guidance ?? [])
    .map((g) => g.planDeadline)
    .sort()
    .at(0);
  const overdue = deadline !== undefined && todayLocalDate() > deadline;
  const cells = [...(data?.cells ?? [])].sort(
    (a, b) =>
      collator.compare(a.parentName ?? '', b.parentName ?? '') || collator.compare(a.cellName, b.cellName),
  );
  const behind = cells.filter((c) => c.overdueSteps > 0);
  const shown = onlyOverdue ? behind : cells;
  const committees = [...(data?.committees ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const committeesBehind = committees.filter((k) => k.overdueSteps > 0);
  const committeesShown = onlyOverdue ? committeesBehind : committees;
  const cellsBehind = behind.length + committeesBehind.reduce((n, k) => n + k.overdueCells, 0);
  const anyRows = cells.length + committees.length > 0;
  const lagging = shown.filter(isLagging);
  const remind = permissions?.remindCells ? { committeeId: unit.id, year } : null;
  const showParent = cells.some((c) => c.parentName !== unit.name);
  // The totals of all rows: the cells right here and those the child committees roll up.
  const count = (status: PlanStatus | null) =>
    cells.filter((c) => (c.plan?.status ?? null) === status).length +
    committees.reduce((n, k) => n + k.plans[status ?? 'none'], 0);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('committee.title', { year })}
        </Title>
        <Group gap="xs">
          {unit.permissions.readMeetingCalendar ? (
            <Button size="xs" variant="light" component={Link} to={`/committees/${unit.id}/calendar`}>
              {t('committeeCalendar.link')}
            </Button>
          ) : null}
          <YearPicker value={year} onChange={setYear} />
        </Group>
      </Group>

      <GuidanceSection unitId={unit.id} year={year} canIssue={permissions?.issueGuidance ?? false} />

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('committee.cells')}
        </Title>
        {deadline ? (
          <Text size="sm" c={overdue ? 'red.8' : 'dimmed'}>
            {overdue
              ? t('committee.deadlinePassed', { date: formatDate(deadline) })
              : t('committee.deadline', { date: formatDate(deadline) })}
          </Text>
        ) : null}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        {isPending ? <Loading /> : null}
        {data ? (
          <Group gap={6} data-testid="status-counts" aria-label={t('committee.counts')}>
            <Badge color="gray" variant="outline" tt="none">
              {t('committee.noPlan')}: {count(null)}
            </Badge>
            {PLAN_STATUSES.map((status) => (
              <Badge key={status} color={PLAN_STATUS_COLORS[status]} variant="light" tt="none">
                {planStatusLabel(t, status)}: {count(status)}
              </Badge>
            ))}
            {cellsBehind > 0 ? (
              <Badge color="red" variant="filled" tt="none">
                {t('committee.cellsOverdue', { count: cellsBehind })}
              </Badge>
            ) : null}
          </Group>
        ) : null}
        {data && anyRows ? (
          <Checkbox
            label={t('committee.onlyOverdue')}
            checked={onlyOverdue}
            onChange={(event) => setOnlyOverdue(event.currentTarget.checked)}
          />
        ) : null}
        {remind && lagging.length > 0 ? (
          <Group>
            <RemindButton
              context={remind}
              rows={lagging}
              variant="filled"
              label={t('committee.remindAll', { count: lagging.length })}
            />
          </Group>
        ) : null}
        {data && onlyOverdue && anyRows && shown.length + committeesShown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('committee.noneOverdue')}
          </Text>
        ) : null}
        {data && !anyRows ? (
          <Text size="sm" c="dimmed">
            {t('committee.noCells')}
          </Text>
        ) : null}
        {committeesShown.length > 0 ? (
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('committee.childCommittees')}
            </Title>
            {stacked ? (
              <ChildCommitteesList rows={committeesShown} year={year} onlyOverdue={onlyOverdue} />
            ) : (
              <ChildCommitteesTable rows={committeesShown} year={year} onlyOverdue={onlyOverdue} />
            )}
          </Stack>
        ) : null}
        {committeesShown.length > 0 && shown.length > 0 ? (
          <Title order={4} size="h5">
            {t('committee.cells')}
          </Title>
        ) : null}
        {data && shown.length > 0 ? (
          stacked ? (
            <CellPlansList rows={shown} year={year} showParent={showParent} remind={remind} />
          ) : (
            <CellPlansTable rows={shown} year={year} showParent={showParent} remind={remind} />
          )
        ) : null}
      </Stack>

      <LibrarySection unitId={unit.id} canPublish={permissions?.publishModel ?? false} />
    </Stack>
  );
}
