import '../../styles/segmented.ts';
import '../../styles/data.ts';
import './meeting.css';
import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { minuteBookExportUrl, minuteBookQuery } from '../../api/endpoints.ts';
import type { OrgUnitDetail } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { Loading } from '../../components/Loading.tsx';
import { YearPicker } from '../../components/YearPicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useYearParam } from '../../lib/plans.ts';
import { useSearchParams } from '../../lib/router.tsx';
import { CellReports } from './CellReports.tsx';
import { MeetingStatsTable } from './MeetingStatsTable.tsx';
import { MinuteBookTable } from './MinuteBookTable.tsx';

const ScheduleMeetingModal = lazy(() =>
  import('./ScheduleMeetingModal.tsx').then((m) => ({ default: m.ScheduleMeetingModal })),
);
// The follow-up of assignments loads only when its view is opened.
const CellTasksPanel = lazy(() => import('../follow-up/CellTasksPanel.tsx'));

type View = 'book' | 'tasks';

/**
 * "Sinh hoạt" of a cell: its minute book (searchable, by year), scheduling, members' attendance and reports;
 * or, as a second view, the follow-up of what its meetings assigned.
 */
export default function MeetingsPanel({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'tasks' ? 'tasks' : 'book';
  const setView = (next: string) =>
    setSearchParams(
      (old) => {
        const params = new URLSearchParams(old);
        if (next === 'tasks') params.set('view', 'tasks');
        else params.delete('view');
        return params;
      },
      { replace: true },
    );
  return (
    <Stack gap="lg">
      <SegmentedControl
        aria-label={t('meetings.views.label')}
        value={view}
        onChange={setView}
        data={[
          { value: 'book', label: t('meetings.views.book') },
          { value: 'tasks', label: t('meetings.views.tasks') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'tasks' ? (
        <Suspense fallback={<Loading />}>
          <CellTasksPanel cellId={unit.id} year={year} onYearChange={setYear} />
        </Suspense>
      ) : (
        <MinuteBook unit={unit} year={year} onYearChange={setYear} />
      )}
    </Stack>
  );
}

/** The minute book of the year (searchable), scheduling, members' attendance and the reports to send up. */
function MinuteBook({
  unit,
  year,
  onYearChange,
}: {
  unit: OrgUnitDetail;
  year: number;
  onYearChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [scheduling, setScheduling] = useState(false);
  const { data, error, isPending, isFetching, refetch } = useQuery({
    ...minuteBookQuery(unit.id, { year, q: debouncedQ }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {t('meetings.bookTitle', { year })}
          </Title>
          {data?.canSchedule ? (
            <Button onClick={() => setScheduling(true)}>{t('meeting.schedule')}</Button>
          ) : null}
        </Group>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <YearPicker value={year} onChange={onYearChange} />
          <TextInput
            label={t('common.search')}
            placeholder={t('meetings.search')}
            type="search"
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <ExportButton url={minuteBookExportUrl(unit.id, year)} />
        </Group>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        {data && data.monthsWithoutRegular.length > 0 ? (
          // Seed 000: a thematic meeting does not replace the month's regular meeting.
          <Alert
            color="orange"
            data-testid="months-without-regular"
            title={t('meetings.withoutRegular.title')}
          >
            {t('meetings.withoutRegular.text', {
              months: data.monthsWithoutRegular.map((m) => `${m.slice(5)}/${m.slice(0, 4)}`).join(', '),
            })}
          </Alert>
        ) : null}
        {isPending ? <Loading /> : null}
        {data ? (
          data.meetings.length === 0 ? (
            <Text size="sm" c="dimmed">
              {debouncedQ ? t('meetings.noMatch') : t('meetings.none', { year })}
            </Text>
          ) : (
            <div style={{ opacity: isFetching ? 0.7 : 1 }}>
              <MinuteBookTable meetings={data.meetings} />
            </div>
          )
        ) : null}
      </Stack>
      <MeetingStatsTable cellId={unit.id} year={year} />
      <CellReports cellId={unit.id} year={year} />
      {scheduling ? (
        <Suspense fallback={null}>
          <ScheduleMeetingModal cellId={unit.id} onClose={() => setScheduling(false)} />
        </Suspense>
      ) : null}
    </Stack>
  );
}
