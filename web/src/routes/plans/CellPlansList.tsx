import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { CellPlanStatus, LateFlag, OpenPlanLink, ProgressFlag, ReportsSummary } from './CellPlanFlags.tsx';
import type { CellPlansProps } from './CellPlansTable.tsx';
import { isLagging, LastReminder, RemindButton } from './CommitteeReminder.tsx';

/** The committee's cells and their plans of the year, one item each (phones). */
export function CellPlansList({ rows, year, showParent, remind }: CellPlansProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((row) => (
        <li key={row.cellId} data-testid="cell-row">
          <Stack gap={2} className="cell-plan-item">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Anchor component={Link} to={`/units/${row.cellId}?tab=plans&year=${year}`} fw={600} size="sm">
                {row.cellName}
              </Anchor>
              <CellPlanStatus row={row} />
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
                <Text size="xs">{t('plans.submittedAt', { at: formatDateTime(row.plan.submittedAt) })}</Text>
              ) : null}
              <LateFlag row={row} />
              <ProgressFlag row={row} />
              <OpenPlanLink row={row} />
            </Group>
            <ReportsSummary row={row} />
            <LastReminder row={row} />
            {remind && isLagging(row) ? (
              <Group>
                <RemindButton
                  context={remind}
                  rows={[row]}
                  variant="subtle"
                  label={t('committee.remindOne')}
                />
              </Group>
            ) : null}
          </Stack>
        </li>
      ))}
    </Stack>
  );
}
