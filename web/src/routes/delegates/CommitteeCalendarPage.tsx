import '../../styles/data.ts';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys, meetingCalendarQuery, registerDelegate, withdrawDelegate } from '../../api/endpoints.ts';
import type { CalendarMeeting, MeetingCalendar } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDate, todayLocalDate } from '../../lib/format.ts';
import {
  MEETING_STATUS_COLORS,
  meetingKindLabel,
  meetingStatusLabel,
  meetingTitle,
} from '../../lib/meetings.ts';
import { Link, useParams, useSearchParams } from '../../lib/router.tsx';
import { monthOf, monthRange, shiftMonth } from './calendar-month.ts';

/**
 * "/committees/:id/calendar": the meetings of every cell under the committee in a month, grouped by day (a
 * list that reads on a phone), with who of the committees is coming; its people register to attend or
 * withdraw (seed 000: "đại biểu cấp ủy cấp trên dự").
 */
export default function CommitteeCalendarPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const month = monthOf(searchParams.get('month'), todayLocalDate());
  const { from, to } = monthRange(month);
  const { data, error, isPending, refetch } = useQuery(meetingCalendarQuery(id, from, to));
  const [mineOnly, setMineOnly] = useState(false);
  const go = (by: number) => setSearchParams({ month: shiftMonth(month, by) }, { replace: true });
  const [y, m] = month.split('-');

  return (
    <Stack gap="md">
      <Stack gap={2}>
        {data ? (
          <Anchor component={Link} to={`/units/${id}`} size="sm">
            {data.committeeName}
          </Anchor>
        ) : null}
        <Title order={2}>{t('committeeCalendar.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('committeeCalendar.intro')}
        </Text>
      </Stack>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => go(-1)}
            aria-label={t('committeeCalendar.previous')}
          >
            ‹
          </Button>
          <Text fw={600} data-testid="calendar-month">
            {t('committeeCalendar.month', { month: Number(m), year: y })}
          </Text>
          <Button size="xs" variant="default" onClick={() => go(1)} aria-label={t('committeeCalendar.next')}>
            ›
          </Button>
        </Group>
        <Checkbox
          label={t('committeeCalendar.mineOnly')}
          checked={mineOnly}
          onChange={(e) => setMineOnly(e.currentTarget.checked)}
        />
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data ? <CalendarDays calendar={data} mineOnly={mineOnly} /> : null}
    </Stack>
  );
}

function CalendarDays({ calendar, mineOnly }: { calendar: MeetingCalendar; mineOnly: boolean }) {
  const { t } = useTranslation();
  const meetings = mineOnly ? calendar.meetings.filter((m) => m.registered) : calendar.meetings;
  const days = new Map<string, CalendarMeeting[]>();
  for (const m of meetings) days.set(m.heldOn, [...(days.get(m.heldOn) ?? []), m]);
  return (
    <Stack gap="md">
      {calendar.truncated ? (
        <Alert color="yellow" variant="light">
          {t('committeeCalendar.truncated')}
        </Alert>
      ) : null}
      {days.size === 0 ? (
        <Text size="sm" c="dimmed">
          {t('committeeCalendar.none')}
        </Text>
      ) : null}
      {[...days].map(([day, list]) => (
        <Stack key={day} gap="xs" component="section" data-testid="calendar-day">
          <Title order={3} size="h5">
            {formatDate(day)}
          </Title>
          {list.map((m) => (
            <CalendarCard key={m.id} meeting={m} calendar={calendar} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function CalendarCard({ meeting: m, calendar }: { meeting: CalendarMeeting; calendar: MeetingCalendar }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['meetingCalendar', calendar.committeeId] });
    void queryClient.invalidateQueries({ queryKey: keys.meeting(m.id) });
  };
  const register = useMutation({ mutationFn: () => registerDelegate(m.id), onSuccess: done });
  const withdraw = useMutation({ mutationFn: () => withdrawDelegate(m.id), onSuccess: done });
  return (
    <Card withBorder padding="sm" data-testid="calendar-meeting">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text fw={700}>{m.startsAt}</Text>
            <Anchor component={Link} to={`/meetings/${m.id}`} fw={600}>
              {m.cellName}
            </Anchor>
            {m.parentName && m.parentId !== calendar.committeeId ? (
              <Text size="xs" c="dimmed">
                {m.parentName}
              </Text>
            ) : null}
          </Group>
          <Group gap={4}>
            <Badge variant="outline" tt="none" size="sm">
              {meetingKindLabel(t, m.kind)}
            </Badge>
            {m.model ? (
              <Badge color="grape" variant="filled" tt="none" size="sm" data-testid="calendar-model">
                {t('modelMeeting.badge')}
              </Badge>
            ) : null}
            {m.status !== 'scheduled' ? (
              <Badge color={MEETING_STATUS_COLORS[m.status]} variant="light" tt="none" size="sm">
                {meetingStatusLabel(t, m.status)}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">{meetingTitle(t, m)}</Text>
        <Text size="sm" c="dimmed">
          {t('committeeCalendar.place', { place: m.place })}
        </Text>
        <Text size="sm" data-testid="calendar-delegates">
          {m.delegates.length === 0
            ? t('committeeCalendar.noDelegates')
            : t('committeeCalendar.delegates', {
                names: m.delegates.map((d) => [d.fullName, d.unitName].filter(Boolean).join(', ')).join('; '),
              })}
        </Text>
        <ErrorAlert error={register.error ?? withdraw.error} />
        {m.canRegister || m.canWithdraw ? (
          <Group gap="xs">
            {m.canRegister ? (
              <Button size="xs" onClick={() => register.mutate()} loading={register.isPending}>
                {t('committeeCalendar.register')}
              </Button>
            ) : null}
            {m.canWithdraw ? (
              <>
                <Badge color="green" variant="light" tt="none">
                  {t('committeeCalendar.registered')}
                </Badge>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => withdraw.mutate()}
                  loading={withdraw.isPending}
                >
                  {t('committeeCalendar.withdraw')}
                </Button>
              </>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
