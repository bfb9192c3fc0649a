import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { meetingStatsQuery } from '../../api/endpoints.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

const RIGHT = { ta: 'right' } as const;

/** Per member over the year's ended meetings: present, absent with and without reason, spoke. */
export function MeetingStatsTable({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(meetingStatsQuery(cellId, year));
  return (
    <Section title={t('meetings.stats.title', { year })} testId="meeting-stats">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? (
        <DataTable
          striped
          className="nowrap-table"
          minWidth={560}
          rows={data.members}
          rowKey={(m) => m.personId}
          empty={t('meetings.stats.none')}
          emptySize="sm"
          columns={[
            { header: t('meetings.stats.name'), cell: (m) => m.name },
            { header: t('meetings.stats.meetings'), cell: (m) => m.meetings, th: RIGHT, td: RIGHT },
            { header: t('meetings.stats.present'), cell: (m) => m.present, th: RIGHT, td: RIGHT },
            { header: t('meetings.stats.absentExcused'), cell: (m) => m.absentExcused, th: RIGHT, td: RIGHT },
            {
              header: t('meetings.stats.absentUnexcused'),
              cell: (m) => m.absentUnexcused,
              th: RIGHT,
              td: (m) => ({ ta: 'right', c: m.absentUnexcused > 0 ? 'red.8' : undefined }),
            },
            { header: t('meetings.stats.spoke'), cell: (m) => m.spoke, th: RIGHT, td: RIGHT },
          ]}
        />
      ) : null}
      {data && data.exempt.length > 0 ? (
        <Text size="sm" fw={600} mt="sm">
          {t('meetings.stats.exemptTitle')}
        </Text>
      ) : null}
      {data && data.exempt.length > 0 ? (
        <DataTable
          data-testid="meeting-stats-exempt"
          striped
          className="nowrap-table"
          minWidth={420}
          rows={data.exempt}
          rowKey={(m) => m.personId}
          columns={[
            { header: t('meetings.stats.name'), cell: (m) => m.name },
            { header: t('meetings.stats.exemptMeetings'), cell: (m) => m.meetings, th: RIGHT, td: RIGHT },
            { header: t('meetings.stats.exemptPresent'), cell: (m) => m.present, th: RIGHT, td: RIGHT },
          ]}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {t('meetings.stats.hint')}
      </Text>
    </Section>
  );
}
