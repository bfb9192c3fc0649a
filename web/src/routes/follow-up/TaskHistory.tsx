import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { taskQuery } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { TASK_STATE_COLORS, taskStateLabel } from '../../lib/follow-up.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';

/** Every report on an assignment, latest first: the day it speaks of, what it says, who wrote it and when. */
export function TaskHistory({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(taskQuery(taskId));
  if (isPending) return <Loading />;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (data.reports.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('followUp.noReports')}
      </Text>
    );
  const reports = data.reports.toReversed();
  return (
    <Stack gap={6} component="ol" className="follow-up-rows follow-up-report" data-testid="task-history">
      {reports.map((r) => (
        <li key={r.id}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {formatDate(r.reportedOn)}
            </Text>
            <Badge color={TASK_STATE_COLORS[r.status]} variant="light" tt="none" size="sm">
              {taskStateLabel(t, r.status)}
            </Badge>
          </Group>
          {r.note ? (
            <Text size="sm" className="follow-up-text">
              {r.note}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('followUp.recorded', { name: r.reporterName ?? '—', at: formatDateTime(r.recordedAt) })}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
