import { Anchor, Badge, Text } from '@mantine/core';
import type { CellRow, PlanStatus } from '../../api/models.ts';
import { PlanStatusBadge } from '../../components/Badges.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';

export type { CellRow };

/** Its topics are being prepared, so its steps can fall behind: adopted, and still so when sent up. */
const TRACKED: readonly PlanStatus[] = ['adopted', 'submitted', 'acknowledged', 'returned'];

/**
 * Late against the deadline of the guidance the cell works under (the server's plan-deadline.ts): sent so many
 * days after it, or not sent and so many days past it — the same count the cell's plan page shows.
 */
export function LateFlag({ row }: { row: CellRow }) {
  const { t } = useTranslation();
  const { late } = row;
  if (!late) return null;
  const key = late.submitted
    ? 'committee.lateSent'
    : row.plan
      ? 'committee.lateNotSent'
      : 'committee.lateNoPlan';
  return (
    <Badge color="red" variant="filled" tt="none" size="sm" data-testid="cell-late">
      {t(key, { count: late.days })}
    </Badge>
  );
}

/** Steps past their month, or "on schedule" for a plan whose topics are being prepared. */
export function ProgressFlag({ row }: { row: CellRow }) {
  const { t } = useTranslation();
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
}

/** Whether the progress flag shows anything (the table writes a dash instead). */
export const hasProgressFlag = (row: CellRow) =>
  row.overdueSteps > 0 || (row.plan !== null && TRACKED.includes(row.plan.status));

/** What the cell has reported up this year (issued reports: meetings, quarters, reviews). */
export function ReportsSummary({ row }: { row: CellRow }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c={row.reports.count ? undefined : 'dimmed'} data-testid="cell-reports">
      {row.reports.lastOn
        ? t('committee.reportsCount', { count: row.reports.count, date: formatDate(row.reports.lastOn) })
        : t('committee.noReports')}
    </Text>
  );
}

/** The plan's status, or "no plan". */
export function CellPlanStatus({ row }: { row: CellRow }) {
  const { t } = useTranslation();
  return row.plan ? (
    <PlanStatusBadge status={row.plan.status} />
  ) : (
    <Badge color="gray" variant="outline" tt="none">
      {t('committee.noPlan')}
    </Badge>
  );
}

export function OpenPlanLink({ row }: { row: CellRow }) {
  const { t } = useTranslation();
  return row.plan ? (
    <Anchor
      component={Link}
      to={`/plans/${row.plan.id}`}
      size="sm"
      aria-label={t('committee.openPlanOf', { cell: row.cellName })}
    >
      {t('committee.openPlan')}
    </Anchor>
  ) : null;
}
