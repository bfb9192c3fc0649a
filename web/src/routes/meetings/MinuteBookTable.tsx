import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { paperMinutesUrl } from '../../api/endpoints.ts';
import type { MinuteBook } from '../../api/models.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PHONE_QUERY } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate } from '../../lib/format.ts';
import {
  MEETING_STATUS_COLORS,
  meetingKindLabel,
  meetingStatusLabel,
  meetingTitle,
} from '../../lib/meetings.ts';
import { Link } from '../../lib/router.tsx';

type BookEntry = MinuteBook['meetings'][number];

const NOWRAP = { className: 'meeting-nowrap' };

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
      {m.paperPresent !== null ? (
        <Badge color="gray" variant="outline" tt="none" size="sm" data-testid="paper-mark">
          {t('paperMeeting.badge')}
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
    m.paperPresent !== null ? (
      <Anchor href={paperMinutesUrl(m.id)} size="sm">
        {t('paperMeeting.download')}
      </Anchor>
    ) : m.minutesLocked ? (
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
  // No rows: the minute book says so itself (none this year, or none matching the search).
  return (
    <DataTable
      striped
      className="meeting-book-table"
      data-testid="minute-book"
      minWidth={720}
      rows={meetings}
      rowKey={(m) => m.id}
      rowProps={() => ({ 'data-testid': 'minute-book-row' })}
      columns={[
        {
          header: t('meetings.colDate'),
          cell: (m) => (
            <>
              {formatDate(m.heldOn)}
              <Text size="xs" c="dimmed">
                {m.startsAt}
              </Text>
            </>
          ),
          td: NOWRAP,
        },
        {
          header: t('meetings.colTopic'),
          cell: (m) => (
            <>
              {title(m)}
              <Text size="xs" c="dimmed">
                {meetingKindLabel(t, m.kind)}
              </Text>
            </>
          ),
        },
        { header: t('meetings.colPlace'), cell: (m) => m.place },
        { header: t('meetings.colStatus'), cell: status, td: NOWRAP },
        { header: t('meetings.colMinutes'), cell: minutes, td: NOWRAP },
      ]}
    />
  );
}
