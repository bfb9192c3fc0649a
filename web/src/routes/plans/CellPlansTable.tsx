import { Anchor, Stack, Text } from '@mantine/core';
import { DataTable } from '../../components/DataTable.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import {
  CellPlanStatus,
  type CellRow,
  hasProgressFlag,
  LateFlag,
  OpenPlanLink,
  ProgressFlag,
  ReportsSummary,
} from './CellPlanFlags.tsx';
import { isLagging, LastReminder, RemindButton, type RemindContext } from './CommitteeReminder.tsx';

export interface CellPlansProps {
  rows: readonly CellRow[];
  year: number;
  /** Cells sit under several committees: name each cell's own. */
  showParent: boolean;
  /** The committee's officer may remind lagging cells from here. */
  remind?: RemindContext | null;
}

/** The committee's cells and their plans of the year, one row each (wide screens). */
export function CellPlansTable({ rows, year, showParent, remind }: CellPlansProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      striped
      highlightOnHover
      data-testid="cell-plans"
      minWidth={960}
      rows={rows}
      rowKey={(row) => row.cellId}
      rowProps={() => ({ 'data-testid': 'cell-row' })}
      columns={[
        {
          header: t('committee.cell'),
          cell: (row) => (
            <>
              <Anchor component={Link} to={`/units/${row.cellId}?tab=plans&year=${year}`} size="sm">
                {row.cellName}
              </Anchor>
              {showParent && row.parentName ? (
                <Text size="xs" c="dimmed">
                  {row.parentName}
                </Text>
              ) : null}
            </>
          ),
        },
        {
          header: t('committee.status'),
          cell: (row) => (
            <Stack gap={4} align="flex-start">
              <CellPlanStatus row={row} />
              <LateFlag row={row} />
            </Stack>
          ),
        },
        {
          header: t('committee.progress'),
          cell: (row) => (hasProgressFlag(row) ? <ProgressFlag row={row} /> : '—'),
        },
        { header: t('committee.adoptedOn'), cell: (row) => formatDate(row.plan?.adoptedOn) },
        {
          header: t('committee.submittedAt'),
          cell: (row) => (row.plan?.submittedAt ? formatDateTime(row.plan.submittedAt) : '—'),
        },
        {
          header: t('committee.reviewedAt'),
          cell: (row) => (row.plan?.reviewedAt ? formatDateTime(row.plan.reviewedAt) : '—'),
        },
        { header: t('committee.reports'), cell: (row) => <ReportsSummary row={row} /> },
        {
          header: t('committee.reminders'),
          cell: (row) => (
            <Stack gap={4} align="flex-start">
              <LastReminder row={row} />
              {remind && isLagging(row) ? (
                <RemindButton
                  context={remind}
                  rows={[row]}
                  variant="subtle"
                  label={t('committee.remindOne')}
                />
              ) : null}
            </Stack>
          ),
        },
        { header: t('common.actions'), cell: (row) => <OpenPlanLink row={row} /> },
      ]}
    />
  );
}
