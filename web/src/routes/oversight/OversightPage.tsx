import '../../styles/data.ts';
import {
  Anchor,
  Breadcrumbs,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import {
  filterRows,
  isLagging,
  monthsEnded,
  type Quarter,
  SORT_KEYS,
  type SortKey,
  sortRows,
} from '#domain/oversight/dashboard-rows.ts';
import { orgQuery, oversightExportUrl, oversightQuery } from '../../api/endpoints.ts';
import type { Oversight } from '../../api/models.ts';
import { useSignedInMe } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PHONE_QUERY } from '../../components/Section.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { percent, reachableAncestors, remindingCommittee, useDashboardView } from '../../lib/oversight.ts';
import { quarterLabel, useYearParam } from '../../lib/plans.ts';
import { Link, useParams } from '../../lib/router.tsx';
import { RemindButton } from '../plans/CommitteeReminder.tsx';
import type { FigureContext } from './FigureCells.tsx';
import { OversightList, OversightTable } from './OversightTable.tsx';

// The charts (recharts and their CSS) load only here, after the table.
const OversightCharts = lazy(() => import('./OversightCharts.tsx'));

/**
 * The committee's oversight dashboard (issue 15; seed 000: the cells work "dưới sự giám sát, chỉ đạo của cấp
 * trên"; seed 002: the committee "thường xuyên kiểm tra, nhắc nhở các chi bộ"): its direct children with the
 * year's figures, filters, sort and search, charts, the .xlsx export, and reminders to lagging cells.
 */
export default function OversightPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const [year, setYear] = useYearParam();
  const { data, error, isPending, refetch } = useQuery(oversightQuery(unitId, year));
  const unit = useQuery(orgQuery(unitId));
  return (
    <Stack>
      <Trail
        unitId={unitId}
        year={year}
        name={data?.committee.name ?? unit.data?.name}
        ancestors={unit.data?.ancestors ?? []}
      />
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2}>{t('oversight.title', { year })}</Title>
          {data ? (
            <Text c="dimmed" size="sm" data-testid="oversight-committee">
              {data.committee.name}
            </Text>
          ) : null}
        </Stack>
        <Group align="flex-end" gap="xs">
          <YearPicker value={year} onChange={setYear} />
          <ExportButton url={oversightExportUrl(unitId, year)} />
        </Group>
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <Dashboard
          key={`${unitId}-${year}`}
          data={data}
          chain={[unitId, ...(unit.data?.ancestors ?? []).map((a) => a.id).reverse()]}
        />
      ) : null}
    </Stack>
  );
}

/** Breadcrumbs up to the highest committee the user oversees, each to its own dashboard. */
function Trail({
  unitId,
  year,
  name,
  ancestors,
}: {
  unitId: string;
  year: number;
  name: string | undefined;
  ancestors: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const up = reachableAncestors(me, ancestors);
  return (
    <Breadcrumbs
      component="nav"
      aria-label={t('oversight.breadcrumbLabel')}
      separatorMargin={4}
      style={{ flexWrap: 'wrap' }}
    >
      {up.map((a) => (
        <Anchor key={a.id} component={Link} to={`/oversight/${a.id}?year=${year}`} size="sm">
          {a.name}
        </Anchor>
      ))}
      <Anchor component={Link} to={`/units/${unitId}`} size="sm" c="dimmed">
        {name ?? '…'}
      </Anchor>
    </Breadcrumbs>
  );
}

function Dashboard({ data, chain }: { data: Oversight; chain: readonly string[] }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const [view, setView] = useDashboardView();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const { filter } = view;
  const context: FigureContext = {
    year: data.year,
    today: data.today,
    monthsEnded: monthsEnded(data.year, data.today),
    quarters: data.quarters,
    quarter: filter.quarter,
  };
  const shown = sortRows(filterRows(data.rows, filter), view.sort, view.direction, {
    quarter: filter.quarter,
    monthsEnded: context.monthsEnded,
  });
  const committeeId = remindingCommittee(me, chain);
  const remind = committeeId ? { committeeId, year: data.year, onSent: () => setPicked(new Set()) } : null;
  const lagging = shown.filter((r) => isLagging(r, filter.quarter));
  const selectedRows = shown.filter((r) => r.kind === 'cell' && picked.has(r.id));
  const target = (rows: typeof shown) => rows.map((r) => ({ cellId: r.id, cellName: r.name }));
  const onSelect = (ids: readonly string[], on: boolean) =>
    setPicked((old) => {
      const next = new Set(old);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const charts = (
    <Suspense fallback={<Loading />}>
      <OversightCharts charts={data.charts} />
    </Suspense>
  );
  const viewProps = {
    rows: shown,
    context,
    sort: view.sort,
    direction: view.direction,
    onSort: (sort: SortKey, direction: 'asc' | 'desc') => setView({ sort, direction }),
    selected: remind ? picked : null,
    onSelect,
  };

  return (
    <Stack gap="lg">
      <Summary data={data} />
      {/* On a phone the list comes first and the charts after it; on a computer the charts lead. */}
      {phone ? null : charts}

      <Stack gap="xs" component="section" aria-label={t('oversight.tableLabel')}>
        <Title order={3} size="h4">
          {t('oversight.children')}
        </Title>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('oversight.quarter')}
            value={filter.quarter ? String(filter.quarter) : ''}
            onChange={(event) => {
              const q = Number(event.currentTarget.value);
              setView({ quarter: q >= 1 && q <= 4 ? (q as Quarter) : null });
            }}
            data={[
              { value: '', label: t('oversight.wholeYear') },
              ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: quarterLabel(t, q) })),
            ]}
            w={130}
          />
          <TextInput
            label={t('oversight.search')}
            placeholder={t('oversight.searchHint')}
            value={filter.search}
            onChange={(event) => setView({ search: event.currentTarget.value })}
            w={{ base: '100%', xs: 260 }}
          />
          {phone ? (
            <NativeSelect
              label={t('oversight.sortBy')}
              value={`${view.sort}:${view.direction}`}
              onChange={(event) => {
                const [sort, direction] = event.currentTarget.value.split(':') as [SortKey, 'asc' | 'desc'];
                setView({ sort, direction });
              }}
              data={SORT_KEYS.flatMap((key) =>
                (['asc', 'desc'] as const).map((dir) => ({
                  value: `${key}:${dir}`,
                  label: `${t(`oversight.columns.${key}`)} ${dir === 'asc' ? '▲' : '▼'}`,
                })),
              )}
            />
          ) : null}
        </Group>
        <Group gap="md">
          <Checkbox
            label={t('oversight.filters.missed')}
            checked={filter.missed}
            onChange={(event) => setView({ missed: event.currentTarget.checked })}
          />
          <Checkbox
            label={t('oversight.filters.overdueSteps')}
            checked={filter.overdueSteps}
            onChange={(event) => setView({ overdueSteps: event.currentTarget.checked })}
          />
          <Checkbox
            label={t('oversight.filters.noReport')}
            checked={filter.noReport}
            onChange={(event) => setView({ noReport: event.currentTarget.checked })}
          />
        </Group>
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed" data-testid="oversight-count">
            {t('oversight.shown', { count: shown.length, total: data.rows.length })}
          </Text>
          {remind ? (
            <Group gap="xs">
              {selectedRows.length > 0 ? (
                <RemindButton
                  context={remind}
                  rows={target(selectedRows)}
                  variant="filled"
                  label={t('oversight.remindSelected', { count: selectedRows.length })}
                />
              ) : null}
              {lagging.length > 0 ? (
                <RemindButton
                  context={remind}
                  rows={target(lagging)}
                  label={t('oversight.remindLagging', { count: lagging.length })}
                />
              ) : null}
            </Group>
          ) : null}
        </Group>
        {data.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('oversight.noChildren')}
          </Text>
        ) : shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('oversight.noneMatch')}
          </Text>
        ) : phone ? (
          <OversightList {...viewProps} />
        ) : (
          <OversightTable {...viewProps} />
        )}
      </Stack>
      {phone ? charts : null}
    </Stack>
  );
}

/** The subtree's totals in a few figures. */
function Summary({ data }: { data: Oversight }) {
  const { t } = useTranslation();
  const { totals } = data;
  const ended = data.quarters.filter((q) => q.ended).map((q) => q.quarter);
  const lastEnded = ended.at(-1);
  const last = totals.quarters.find((q) => q.quarter === lastEnded);
  const missing = totals.reports.quarters.reduce((s, r) => s + r.missing, 0) + totals.reports.annual.missing;
  const items: { label: string; value: string; hint?: string; alert?: boolean }[] = [
    { label: t('oversight.summary.cells'), value: String(totals.cells) },
    ...(last && lastEnded
      ? [
          {
            label: t('oversight.summary.held', { quarter: quarterLabel(t, lastEnded) }),
            value: `${last.held}/${last.expected}`,
            hint: last.missed > 0 ? t('oversight.summary.missed', { count: last.missed }) : undefined,
            alert: last.missed > 0,
          },
        ]
      : []),
    { label: t('oversight.summary.attendance'), value: percent(totals.attendance.rate) },
    {
      label: t('oversight.summary.overdueSteps'),
      value: String(totals.cellsWithOverdueSteps),
      alert: totals.cellsWithOverdueSteps > 0,
    },
    { label: t('oversight.summary.planLate'), value: String(totals.plan.late), alert: totals.plan.late > 0 },
    {
      label: t('oversight.summary.reportsMissing'),
      value: String(missing),
      alert: missing > 0,
      hint: t('oversight.summary.annualDue', { date: formatDate(data.annualReportDueOn) }),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="oversight-summary">
      {items.map((item) => (
        <Card key={item.label} withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text size="xl" fw={700} c={item.alert ? 'red.8' : undefined}>
            {item.value}
          </Text>
          {item.hint ? (
            <Text size="xs" c={item.alert ? 'red.8' : 'dimmed'}>
              {item.hint}
            </Text>
          ) : null}
        </Card>
      ))}
    </SimpleGrid>
  );
}
