import '../../styles/segmented.ts';
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { cellTasksExportUrl, cellTasksQuery } from '../../api/endpoints.ts';
import type { FollowUpTask } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { TaskCounts, TaskList } from './TaskList.tsx';

type Filter = 'all' | 'unfinished' | 'overdue';
const FILTERS: readonly Filter[] = ['all', 'unfinished', 'overdue'];
const shows: Record<Filter, (task: FollowUpTask) => boolean> = {
  all: () => true,
  unfinished: (task) => task.state !== 'done',
  overdue: (task) => task.overdue,
};

/**
 * "Theo dõi nhiệm vụ" of a cell: what its ended meetings of the year assigned and where each stands, for the
 * secretary to check at the next meeting (and report on); members read it and report on their own.
 */
export default function CellTasksPanel({
  cellId,
  year,
  onYearChange,
}: {
  cellId: string;
  year: number;
  onYearChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const { data, error, isPending, isFetching, refetch } = useQuery({
    ...cellTasksQuery(cellId, year),
    placeholderData: keepPreviousData,
  });
  const tasks = data?.tasks.filter(shows[filter]) ?? [];
  return (
    <Stack gap="xs" data-testid="cell-tasks">
      <Title order={3} size="h4">
        {t('followUp.cellTitle', { year })}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <YearPicker value={year} onChange={onYearChange} />
        <SegmentedControl
          aria-label={t('followUp.filter.label')}
          value={filter}
          onChange={(value) => setFilter(FILTERS.find((f) => f === value) ?? 'all')}
          data={FILTERS.map((f) => ({ value: f, label: t(`followUp.filter.${f}`) }))}
        />
        <ExportButton url={cellTasksExportUrl(cellId, year)} />
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <Stack gap="xs" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <TaskCounts counts={data.counts} />
          {data.tasks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('followUp.cellNone', { year })}
            </Text>
          ) : tasks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('followUp.filter.none')}
            </Text>
          ) : (
            <TaskList tasks={tasks} owner />
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
