import { Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { committeeRemindersQuery } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';

/**
 * "Nhắc nhở của cấp trên": what the committees above reminded the cell of this year (seed 002: the committee
 * "thường xuyên kiểm tra, nhắc nhở các chi bộ"), newest first — when, which committee, who, and why.
 */
export function ReceivedReminders({ cellId, year }: { cellId: string; year: number }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(committeeRemindersQuery(cellId, year));
  return (
    <Section title={t('oversight.received.title')} testId="received-reminders">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('oversight.received.none', { year })}
        </Text>
      ) : null}
      {data?.items.map((item) => (
        <Card key={item.id} withBorder padding="sm" data-testid="received-reminder">
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('oversight.received.meta', {
                at: formatDateTime(item.sentAt),
                committee: item.committee.name,
                name: item.sentByName ?? t('committee.remindByAdmin'),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.message}
            </Text>
          </Stack>
        </Card>
      ))}
    </Section>
  );
}
