import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { PLAN_STATUSES } from '#domain/plans/plan-status.ts';
import type { CommitteeRow } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { PLAN_STATUS_COLORS, planStatusLabel } from '../../lib/plans.ts';
import { Link } from '../../lib/router.tsx';

interface ChildCommitteesProps {
  rows: readonly CommitteeRow[];
  year: number;
  /** The overview is filtered to overdue steps: the drill-down keeps the filter. */
  onlyOverdue: boolean;
}

/** The committee's own overview of the year (the same page for that unit), filtered as this one is. */
const overviewPath = (row: CommitteeRow, year: number, onlyOverdue: boolean) =>
  `/units/${row.committeeId}?tab=plans&year=${year}${onlyOverdue ? '&overdue=1' : ''}`;

/** The committee's cells per state of their plan, the states with none left out. */
function PlanCounts({ row }: { row: CommitteeRow }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {row.plans.none > 0 ? (
        <Badge color="gray" variant="outline" tt="none" size="sm">
          {t('committee.noPlan')}: {row.plans.none}
        </Badge>
      ) : null}
      {PLAN_STATUSES.filter((status) => row.plans[status] > 0).map((status) => (
        <Badge key={status} color={PLAN_STATUS_COLORS[status]} variant="light" tt="none" size="sm">
          {planStatusLabel(t, status)}: {row.plans[status]}
        </Badge>
      ))}
    </Group>
  );
}

/** Late cells and overdue steps, red when there are any. */
function Lagging({ row }: { row: CommitteeRow }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {row.late > 0 ? (
        <Badge color="red" variant="filled" tt="none" size="sm" data-testid="committee-late">
          {t('committee.childLate', { count: row.late })}
        </Badge>
      ) : null}
      {row.overdueSteps > 0 ? (
        <Badge color="red" variant="filled" tt="none" size="sm" data-testid="committee-overdue">
          {t('committee.childOverdue', { steps: row.overdueSteps, cells: row.overdueCells })}
        </Badge>
      ) : null}
    </Group>
  );
}

/**
 * The committees right under this one, each rolled up over all its cells (issue 20): its cells per state of
 * their plan, how many are late, its overdue steps. Its name opens its own overview, where its cells are.
 */
export function ChildCommitteesTable({ rows, year, onlyOverdue }: ChildCommitteesProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      striped
      highlightOnHover
      data-testid="committee-rows"
      minWidth={720}
      rows={rows}
      rowKey={(row) => row.committeeId}
      rowProps={() => ({ 'data-testid': 'committee-row' })}
      columns={[
        {
          header: t('committee.childCommittee'),
          cell: (row) => (
            <Anchor component={Link} to={overviewPath(row, year, onlyOverdue)} size="sm">
              {row.name}
            </Anchor>
          ),
        },
        { header: t('committee.childCells'), cell: (row) => row.cells },
        { header: t('committee.status'), cell: (row) => <PlanCounts row={row} /> },
        { header: t('committee.childLagging'), cell: (row) => <Lagging row={row} /> },
        { header: t('committee.reports'), cell: (row) => (row.reports > 0 ? row.reports : '—') },
      ]}
    />
  );
}

/** The same, one item each (phones). */
export function ChildCommitteesList({ rows, year, onlyOverdue }: ChildCommitteesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((row) => (
        <li key={row.committeeId} data-testid="committee-row">
          <Stack gap={2} className="cell-plan-item">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Anchor component={Link} to={overviewPath(row, year, onlyOverdue)} fw={600} size="sm">
                {row.name}
              </Anchor>
              <Text size="xs">{t('committee.childCellsCount', { count: row.cells })}</Text>
            </Group>
            <PlanCounts row={row} />
            <Lagging row={row} />
            {row.reports > 0 ? (
              <Text size="xs">{t('committee.childReports', { count: row.reports })}</Text>
            ) : null}
          </Stack>
        </li>
      ))}
    </Stack>
  );
}
