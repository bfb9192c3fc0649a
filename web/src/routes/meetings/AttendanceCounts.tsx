import { Group, Paper, Text } from '@mantine/core';
import type { MeetingCounts } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatRate } from '../../lib/meetings.ts';

/** The opening's announcement: members on the roll by status, present of expected, the rate. */
export function AttendanceCounts({ counts }: { counts: MeetingCounts }) {
  const { t } = useTranslation();
  const items = [
    { key: 'total', value: counts.total },
    { key: 'official', value: counts.official },
    { key: 'probationary', value: counts.probationary },
    { key: 'exempt', value: counts.exempt },
    { key: 'present', value: `${counts.present}/${counts.expected}` },
    { key: 'rate', value: formatRate(counts.rate) },
    { key: 'absentExcused', value: counts.absentExcused },
    { key: 'absentUnexcused', value: counts.absentUnexcused },
    { key: 'unmarked', value: counts.unmarked },
  ];
  return (
    <Group gap="xs" data-testid="attendance-counts" aria-live="polite">
      {items.map((item) => (
        <Paper
          key={item.key}
          withBorder
          px="sm"
          py={4}
          className="meeting-count"
          data-testid={`count-${item.key}`}
        >
          <Text size="xs" c="dimmed">
            {t(`meeting.counts.${item.key}`)}
          </Text>
          <Text fw={700}>{item.value}</Text>
        </Paper>
      ))}
    </Group>
  );
}
