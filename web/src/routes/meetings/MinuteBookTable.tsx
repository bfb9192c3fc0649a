import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MinuteBook } from '../../api/models.ts';
import { PHONE_QUERY } from '../../components/Section.tsx';
import { formatDate } from '../../lib/format.ts';
import {
  MEETING_STATUS_COLORS,
  meetingKindLabel,
  meetingStatusLabel,
  meetingTitle,
} from '../../lib/meetings.ts';

type BookEntry = MinuteBook['meetings'][number];

/** The minute book's rows: a table on a wide screen, one card per meeting on a phone. */
export function MinuteBookTable({ meetings }: { meetings: BookEntry[] }) {
  const { t } = useTranslation();
  const stacked = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const title = (m: BookEntry) => (
    <Stack gap={2}>
      <Anchor component={Link} to={`/meetings/${m.id}`} size="sm" fw={600}>
        {meetingTitle(t, m)}
      </Anchor>
      {m.hoChiMinhStudy ? (
        <Badge color="red" variant="outline" tt="none" size="sm" data-testid="ho-chi-minh-mark">
          {t('meeting.hoChiMinhStudy')}
        </Badge>
      ) : null}
    </Stack>
  );
  const status = (m: BookEntry) => (
    <Badge color={MEETING_STATUS_COLORS[m.status]} variant="light" tt="none">
      {meetingStatusLabel(t, m.status)}
    </Badge>
  );
  const minutes = (m: BookEntry): ReactNode =>
    m.minutesLocked ? (
      <Text size="sm">{t('meetings.minutesSigned', { number: m.minutesNumber ?? '—' })}</Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('meetings.minutesNotSigned')}
      </Text>
    );

  if (stacked) {
    return (
      <Stack gap="xs" data-testid="minute-book">
        {meetings.map((m) => (
          <Card key={m.id} withBorder padding="sm" data-testid="minute-book-row">
            <Stack gap={4}>
              {title(m)}
              <Text size="sm">
                {formatDate(m.heldOn)} · {m.startsAt} · {m.place}
              </Text>
              <Group gap="xs">
                {status(m)}
                <Text size="xs" c="dimmed">
                  {meetingKindLabel(t, m.kind)}
                </Text>
              </Group>
              {minutes(m)}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped className="meeting-book-table" data-testid="minute-book">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.colDate')}</Table.Th>
            <Table.Th>{t('meetings.colTopic')}</Table.Th>
            <Table.Th>{t('meetings.colPlace')}</Table.Th>
            <Table.Th>{t('meetings.colStatus')}</Table.Th>
            <Table.Th>{t('meetings.colMinutes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id} data-testid="minute-book-row">
              <Table.Td className="meeting-nowrap">
                {formatDate(m.heldOn)}
                <Text size="xs" c="dimmed">
                  {m.startsAt}
                </Text>
              </Table.Td>
              <Table.Td>
                {title(m)}
                <Text size="xs" c="dimmed">
                  {meetingKindLabel(t, m.kind)}
                </Text>
              </Table.Td>
              <Table.Td>{m.place}</Table.Td>
              <Table.Td className="meeting-nowrap">{status(m)}</Table.Td>
              <Table.Td className="meeting-nowrap">{minutes(m)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
