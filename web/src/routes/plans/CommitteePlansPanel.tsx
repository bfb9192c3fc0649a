import { Anchor, Badge, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PLAN_STATUSES } from '#domain/plans/plan-status.ts';
import { cellPlansQuery, guidanceQuery } from '../../api/endpoints.ts';
import type { CellPlans, OrgUnitDetail, PlanStatus } from '../../api/models.ts';
import { PlanStatusBadge } from '../../components/Badges.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { collator, formatDate, formatDateTime, todayLocalDate } from '../../lib/format.ts';
import { PLAN_STATUS_COLORS, planStatusLabel, useYearParam } from '../../lib/plans.ts';
import { GuidanceSection } from '../guidance/GuidanceSection.tsx';
import { LibrarySection } from '../topics/LibrarySection.tsx';
import { PHONE_QUERY } from './PlanView.tsx';

type CellRow = CellPlans['cells'][number];

/** Before the committee has a plan in hand: not started, or started but not yet sent up. */
const NOT_SENT: readonly (PlanStatus | null)[] = [null, 'draft', 'adopted'];

/** Its topics are being prepared, so its steps can fall behind: adopted, and still so when sent up. */
const TRACKED: readonly PlanStatus[] = ['adopted', 'submitted', 'acknowledged', 'returned'];

/**
 * A committee's overview of the year: the guidance it works under (and issues), every cell under it with
 * the state of its plan, counts per state, cells late after the guidance deadline, and cells whose topics
 * have steps past their month (which the officer may list alone).
 */
export default function CommitteePlansPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const stacked = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const { data, error, isPending, refetch } = useQuery(cellPlansQuery(unit.id, year));
  const permissions = data?.permissions;
  const guidance = useQuery(guidanceQuery(unit.id, year));
  const [onlyOverdue, setOnlyOverdue] = useState(false);

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
  const showParent = cells.some((c) => c.parentName !== unit.name);
  const count = (status: PlanStatus | null) =>
    cells.filter((c) => (c.plan?.status ?? null) === status).length;
  const late = (row: CellRow) => overdue && NOT_SENT.includes(row.plan?.status ?? null);

  const lateFlag = (row: CellRow) =>
    late(row) ? (
      <Badge color="red" variant="filled" tt="none" size="sm">
        {row.plan ? t('committee.lateNotSent') : t('committee.lateNoPlan')}
      </Badge>
    ) : null;
  const progressFlag = (row: CellRow) => {
    if (row.overdueSteps > 0) {
      return (
        <Badge color="red" variant="filled" tt="none" size="sm" data-testid="cell-overdue">
          {t('plans.overdueSteps', { count: row.overdueSteps })}
        </Badge>
      );
    }
    return row.plan && TRACKED.includes(row.plan.status) ? (
      <Badge color="green" variant="light" tt="none" size="sm" data-testid="cell-on-schedule">
        {t('committee.onSchedule')}
      </Badge>
    ) : null;
  };
  // What the cell has reported up this year (issued reports: meetings, quarters, reviews).
  const reportsCell = (row: CellRow) => (
    <Text size="xs" c={row.reports.count ? undefined : 'dimmed'} data-testid="cell-reports">
      {row.reports.lastOn
        ? t('committee.reportsCount', { count: row.reports.count, date: formatDate(row.reports.lastOn) })
        : t('committee.noReports')}
    </Text>
  );
  const statusCell = (row: CellRow) =>
    row.plan ? (
      <PlanStatusBadge status={row.plan.status} />
    ) : (
      <Badge color="gray" variant="outline" tt="none">
        {t('committee.noPlan')}
      </Badge>
    );
  const openLink = (row: CellRow) =>
    row.plan ? (
      <Anchor
        component={Link}
        to={`/plans/${row.plan.id}`}
        size="sm"
        aria-label={t('committee.openPlanOf', { cell: row.cellName })}
      >
        {t('committee.openPlan')}
      </Anchor>
    ) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('committee.title', { year })}
        </Title>
        <YearPicker value={year} onChange={setYear} />
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
            {behind.length > 0 ? (
              <Badge color="red" variant="filled" tt="none">
                {t('committee.cellsOverdue', { count: behind.length })}
              </Badge>
            ) : null}
          </Group>
        ) : null}
        {data && cells.length > 0 ? (
          <Checkbox
            label={t('committee.onlyOverdue')}
            checked={onlyOverdue}
            onChange={(event) => setOnlyOverdue(event.currentTarget.checked)}
          />
        ) : null}
        {data && onlyOverdue && cells.length > 0 && shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('committee.noneOverdue')}
          </Text>
        ) : null}
        {data && cells.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('committee.noCells')}
          </Text>
        ) : null}
        {data && shown.length > 0 && stacked ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {shown.map((row) => (
              <li key={row.cellId} data-testid="cell-row">
                <Stack gap={2} className="cell-plan-item">
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Anchor
                      component={Link}
                      to={`/units/${row.cellId}?tab=plans&year=${year}`}
                      fw={600}
                      size="sm"
                    >
                      {row.cellName}
                    </Anchor>
                    {statusCell(row)}
                  </Group>
                  {showParent && row.parentName ? (
                    <Text size="xs" c="dimmed">
                      {row.parentName}
                    </Text>
                  ) : null}
                  <Group gap="xs">
                    {row.plan?.adoptedOn ? (
                      <Text size="xs">{t('plans.adoptedOn', { date: formatDate(row.plan.adoptedOn) })}</Text>
                    ) : null}
                    {row.plan?.submittedAt ? (
                      <Text size="xs">
                        {t('plans.submittedAt', { at: formatDateTime(row.plan.submittedAt) })}
                      </Text>
                    ) : null}
                    {lateFlag(row)}
                    {progressFlag(row)}
                    {openLink(row)}
                  </Group>
                  {reportsCell(row)}
                </Stack>
              </li>
            ))}
          </Stack>
        ) : null}
        {data && shown.length > 0 && !stacked ? (
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover data-testid="cell-plans">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('committee.cell')}</Table.Th>
                  <Table.Th>{t('committee.status')}</Table.Th>
                  <Table.Th>{t('committee.progress')}</Table.Th>
                  <Table.Th>{t('committee.adoptedOn')}</Table.Th>
                  <Table.Th>{t('committee.submittedAt')}</Table.Th>
                  <Table.Th>{t('committee.reviewedAt')}</Table.Th>
                  <Table.Th>{t('committee.reports')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => (
                  <Table.Tr key={row.cellId} data-testid="cell-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/units/${row.cellId}?tab=plans&year=${year}`} size="sm">
                        {row.cellName}
                      </Anchor>
                      {showParent && row.parentName ? (
                        <Text size="xs" c="dimmed">
                          {row.parentName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        {statusCell(row)}
                        {lateFlag(row)}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{progressFlag(row) ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(row.plan?.adoptedOn)}</Table.Td>
                    <Table.Td>{row.plan?.submittedAt ? formatDateTime(row.plan.submittedAt) : '—'}</Table.Td>
                    <Table.Td>{row.plan?.reviewedAt ? formatDateTime(row.plan.reviewedAt) : '—'}</Table.Td>
                    <Table.Td>{reportsCell(row)}</Table.Td>
                    <Table.Td>{openLink(row)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>

      <LibrarySection unitId={unit.id} canPublish={permissions?.publishModel ?? false} />
    </Stack>
  );
}
