import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingStatsQuery } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';

/** Per member over the year's ended meetings: present, absent with and without reason, spoke. */
export function MeetingStatsTable({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(meetingStatsQuery(cellId, year));
  return (
    <Section title={t('meetings.stats.title', { year })} testId="meeting-stats">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && data.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.stats.none')}
        </Text>
      ) : null}
      {data && data.members.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped className="nowrap-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.stats.name')}</Table.Th>
                <Table.Th ta="right">{t('meetings.stats.meetings')}</Table.Th>
                <Table.Th ta="right">{t('meetings.stats.present')}</Table.Th>
                <Table.Th ta="right">{t('meetings.stats.absentExcused')}</Table.Th>
                <Table.Th ta="right">{t('meetings.stats.absentUnexcused')}</Table.Th>
                <Table.Th ta="right">{t('meetings.stats.spoke')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.members.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td ta="right">{m.meetings}</Table.Td>
                  <Table.Td ta="right">{m.present}</Table.Td>
                  <Table.Td ta="right">{m.absentExcused}</Table.Td>
                  <Table.Td ta="right" c={m.absentUnexcused > 0 ? 'red.8' : undefined}>
                    {m.absentUnexcused}
                  </Table.Td>
                  <Table.Td ta="right">{m.spoke}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('meetings.stats.hint')}
      </Text>
    </Section>
  );
}
