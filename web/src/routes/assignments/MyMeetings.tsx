import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { MyAssignments } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import { MEETING_STATUS_COLORS, meetingStatusLabel, meetingTitle } from '../../lib/meetings.ts';
import { Link } from '../../lib/router.tsx';

/** Meetings I was given notice of, until they end: the notice's topic, time and place; open one to join it. */
export function MyMeetings({ meetings }: { meetings: MyAssignments['meetings'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h4">
        {t('assignments.meetings')}
      </Title>
      {meetings.map((m) => (
        <Card key={m.meetingId} withBorder padding="sm" data-testid="my-meeting">
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Anchor component={Link} to={`/meetings/${m.meetingId}`} fw={600} size="sm">
                {meetingTitle(t, m)}
              </Anchor>
              <Badge
                color={MEETING_STATUS_COLORS[m.status]}
                variant="light"
                tt="none"
                style={{ flex: 'none' }}
              >
                {meetingStatusLabel(t, m.status)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('meeting.when', { date: formatDate(m.heldOn), time: m.startsAt, place: m.place })}
            </Text>
            <Text size="xs" c="dimmed">
              {m.cellName}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
