import { Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SortDirection, SortKey } from '#domain/oversight/dashboard-rows.ts';
import type { OversightRow } from '../../api/models.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { quarterLabel } from '../../lib/plans.ts';
import { LastReminder } from '../plans/CommitteeReminder.tsx';
import {
  AttendanceCell,
  type FigureContext,
  OverdueStepsCell,
  PlanCell,
  QualityCell,
  QuarterCell,
  RegularCell,
  ReportsCell,
  RowName,
  shownQuarters,
  TasksCell,
} from './FigureCells.tsx';

export interface OversightViewProps {
  rows: readonly OversightRow[];
  context: FigureContext;
  sort: SortKey;
  direction: SortDirection;
  onSort: (sort: SortKey, direction: SortDirection) => void;
  /** The cells picked for a reminder; null when the user may not remind from here. */
  selected: ReadonlySet<string> | null;
  onSelect: (ids: readonly string[], on: boolean) => void;
}

/** A sortable column's header: a button that sorts by it, then reverses; the column says how it is sorted. */
function SortHeader({
  label,
  column,
  sort,
  direction,
  onSort,
}: {
  label: ReactNode;
  column: SortKey;
} & Pick<OversightViewProps, 'sort' | 'direction' | 'onSort'>) {
  const { t } = useTranslation();
  const active = sort === column;
  // Names read A→Z first; figures show the largest first (the cells needing attention on top).
  const next: SortDirection = active
    ? direction === 'asc'
      ? 'desc'
      : 'asc'
    : column === 'name'
      ? 'asc'
      : 'desc';
  return (
    <UnstyledButton
      onClick={() => onSort(column, next)}
      title={t('oversight.sortBy')}
      style={{ fontWeight: 700, fontSize: 'inherit', whiteSpace: 'nowrap' }}
    >
      {label}
      <Text span size="xs" c={active ? undefined : 'dimmed'} ml={4} aria-hidden="true">
        {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
      </Text>
    </UnstyledButton>
  );
}

/** The committee's direct children and their figures for the year, one row each (wide screens). */
export function OversightTable({
  rows,
  context,
  sort,
  direction,
  onSort,
  selected,
  onSelect,
}: OversightViewProps) {
  const { t } = useTranslation();
  const sortable = (label: ReactNode, column: SortKey) => ({
    header: <SortHeader label={label} column={column} sort={sort} direction={direction} onSort={onSort} />,
    th: {
      'aria-sort': sort === column ? (direction === 'asc' ? 'ascending' : 'descending') : 'none',
    } as const,
  });
  const cellIds = rows.filter((r) => r.kind === 'cell').map((r) => r.id);
  const allPicked = selected !== null && cellIds.length > 0 && cellIds.every((id) => selected.has(id));
  const somePicked = selected !== null && cellIds.some((id) => selected.has(id));
  const columns: (Column<OversightRow> | false)[] = [
    selected !== null && {
      header: (
        <Checkbox
          aria-label={t('oversight.selectAll')}
          checked={allPicked}
          indeterminate={somePicked && !allPicked}
          disabled={cellIds.length === 0}
          onChange={(event) => onSelect(cellIds, event.currentTarget.checked)}
        />
      ),
      th: { w: 40 },
      cell: (row) =>
        row.kind === 'cell' ? (
          <Checkbox
            aria-label={t('oversight.selectRow', { name: row.name })}
            checked={selected.has(row.id)}
            onChange={(event) => onSelect([row.id], event.currentTarget.checked)}
          />
        ) : null,
    },
    {
      ...sortable(t('oversight.columns.name'), 'name'),
      th: { ...sortable(t('oversight.columns.name'), 'name').th, miw: 220 },
      cell: (row) => <RowName row={row} year={context.year} />,
    },
    ...shownQuarters(context.quarter).map((q) => ({
      ...sortable(quarterLabel(t, q), 'thematic'),
      // With all four quarters shown only the first carries the sort button (it sorts by the year's share).
      ...(context.quarter === null && q !== 1 ? { header: quarterLabel(t, q), th: undefined } : {}),
      td: { miw: 112 },
      cell: (row: OversightRow) => <QuarterCell row={row} quarter={q} context={context} />,
    })),
    {
      header: t('oversight.columns.quality'),
      td: { miw: 110 },
      cell: (row) => <QualityCell row={row} context={context} />,
    },
    {
      ...sortable(t('oversight.columns.regular'), 'regular'),
      cell: (row) => <RegularCell figures={row.figures} context={context} />,
    },
    {
      ...sortable(t('oversight.columns.plan'), 'plan'),
      td: { miw: 160 },
      cell: (row) => <PlanCell row={row} />,
    },
    {
      ...sortable(t('oversight.columns.overdueSteps'), 'overdueSteps'),
      cell: (row) => <OverdueStepsCell row={row} />,
    },
    {
      ...sortable(t('oversight.columns.attendance'), 'attendance'),
      cell: (row) => <AttendanceCell figures={row.figures} />,
    },
    {
      ...sortable(t('oversight.columns.tasks'), 'tasks'),
      cell: (row) => <TasksCell figures={row.figures} />,
    },
    {
      ...sortable(t('oversight.columns.reviews'), 'reviews'),
      cell: (row) => (
        <Text size="sm" c={row.figures.reviewsDue > 0 ? 'orange.8' : undefined}>
          {row.figures.reviewsDue}
        </Text>
      ),
    },
    {
      ...sortable(t('oversight.columns.reports'), 'reports'),
      cell: (row) => <ReportsCell row={row} context={context} />,
    },
    {
      header: t('oversight.columns.reminder'),
      cell: (row) => (row.figures.lastReminder ? <LastReminder row={row.figures} /> : '—'),
    },
  ];
  return (
    <DataTable
      striped
      highlightOnHover
      verticalSpacing="xs"
      data-testid="oversight-table"
      minWidth={context.quarter === null ? 1400 : 1120}
      rows={rows}
      rowKey={(row) => row.id}
      rowProps={(row) => ({ 'data-testid': 'oversight-row', 'data-kind': row.kind })}
      columns={columns}
    />
  );
}

/** The same rows as cards (phones): name, the quarters, then the figures that call for action. */
export function OversightList({ rows, context, selected, onSelect }: OversightViewProps) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="oversight-list"
    >
      {rows.map((row) => (
        <li key={row.id} data-testid="oversight-row" data-kind={row.kind}>
          <Stack gap={4} className="cell-plan-item">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <RowName row={row} year={context.year} />
              {selected !== null && row.kind === 'cell' ? (
                <Checkbox
                  aria-label={t('oversight.selectRow', { name: row.name })}
                  checked={selected.has(row.id)}
                  onChange={(event) => onSelect([row.id], event.currentTarget.checked)}
                />
              ) : null}
            </Group>
            <Group gap="md" align="flex-start">
              {shownQuarters(context.quarter).map((q) => (
                <Stack key={q} gap={0}>
                  <Text size="xs" fw={600}>
                    {quarterLabel(t, q)}
                  </Text>
                  <QuarterCell row={row} quarter={q} context={context} />
                </Stack>
              ))}
            </Group>
            <Group gap="md" align="flex-start">
              <Labelled label={t('oversight.columns.quality')}>
                <QualityCell row={row} context={context} />
              </Labelled>
              <Labelled label={t('oversight.columns.regular')}>
                <RegularCell figures={row.figures} context={context} />
              </Labelled>
              <Labelled label={t('oversight.columns.plan')}>
                <PlanCell row={row} />
              </Labelled>
              <Labelled label={t('oversight.columns.overdueSteps')}>
                <OverdueStepsCell row={row} />
              </Labelled>
              <Labelled label={t('oversight.columns.attendance')}>
                <AttendanceCell figures={row.figures} />
              </Labelled>
              <Labelled label={t('oversight.columns.tasks')}>
                <TasksCell figures={row.figures} />
              </Labelled>
              <Labelled label={t('oversight.columns.reviews')}>
                <Text size="sm">{row.figures.reviewsDue}</Text>
              </Labelled>
              <Labelled label={t('oversight.columns.reports')}>
                <ReportsCell row={row} context={context} />
              </Labelled>
            </Group>
            {row.figures.lastReminder ? <LastReminder row={row.figures} /> : null}
          </Stack>
        </li>
      ))}
    </Stack>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}
