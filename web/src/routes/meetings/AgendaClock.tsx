import { Badge, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { HO_CHI_MINH_MIN_MINUTES, studyMinutes } from '#domain/meetings/timing.ts';
import { clockAgendaItem } from '../../api/endpoints.ts';
import type { Meeting, MeetingAgendaItem } from '../../api/models.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { agendaItemLabel, agendaPartLabel, formatElapsed, isLive } from '../../lib/meetings.ts';
import { partRuns } from './AgendaList.tsx';
import { useMeetingSaved } from './meeting-cache.ts';
import { useNow } from './use-now.ts';

const elapsed = (from: string | null, to: string | null, now: number) =>
  from ? (to ? Date.parse(to) : now) - Date.parse(from) : 0;

/**
 * The agenda with its clock: the meeting's running time, each item started and ended by the record's
 * keepers, the time of the Hồ Chí Minh study against its 30 minutes. The clock runs on this device from the
 * times the server recorded.
 */
export function AgendaClock({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const saved = useMeetingSaved();
  const live = isLive(meeting);
  const now = useNow(live);
  const controls = live && meeting.permissions.record;
  const mutation = useMutation({
    mutationFn: ({ item, event }: { item: MeetingAgendaItem; event: 'start' | 'end' }) =>
      clockAgendaItem(meeting.id, item.id, event),
    onSuccess: saved,
  });
  // Seed 002: the regular meeting's study item, or a Hồ Chí Minh topic's thematic part (timing.ts).
  const studied = studyMinutes(meeting.kind, meeting.topic?.kind ?? '', meeting.agenda, new Date(now));
  const study = studied !== null;
  let number = 0;

  return (
    <Section title={t('meeting.clock.title')} testId="agenda-clock">
      <Group gap="md">
        <Text size="sm">
          {t(live ? 'meeting.clock.running' : 'meeting.clock.total')}{' '}
          <Text span fw={700} className="meeting-clock" data-testid="meeting-clock">
            {formatElapsed(elapsed(meeting.startedAt, meeting.endedAt, now))}
          </Text>
        </Text>
        {study ? (
          <Text
            size="sm"
            c={(studied ?? 0) < HO_CHI_MINH_MIN_MINUTES ? 'red.8' : 'green.8'}
            data-testid="study-minutes"
          >
            {t('meeting.clock.study', { minutes: studied, required: HO_CHI_MINH_MIN_MINUTES })}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={mutation.error} />
      {partRuns(meeting.agenda).map((run) => (
        <div key={run.items[0]?.id}>
          <Text size="sm" fw={600}>
            {agendaPartLabel(t, run.part)}
          </Text>
          <ul className="meeting-rows">
            {run.items.map((item) => {
              number += 1;
              const running = item.startedAt !== null && item.endedAt === null;
              const ms = elapsed(item.startedAt, item.endedAt, now);
              const over = ms > item.plannedMinutes * 60_000;
              return (
                <li
                  key={item.id}
                  data-testid="agenda-item"
                  className={running ? 'meeting-item-running' : undefined}
                >
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <div>
                      <Text size="sm">
                        {number}. {agendaItemLabel(t, item)}
                      </Text>
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {t('meeting.agenda.plannedMinutes', { count: item.plannedMinutes })}
                        </Text>
                        {item.startedAt ? (
                          <Badge
                            color={running ? (over ? 'red' : 'orange') : over ? 'red' : 'green'}
                            variant={running ? 'filled' : 'light'}
                            tt="none"
                          >
                            {running ? t('meeting.clock.now') : t('meeting.clock.done')} {formatElapsed(ms)}
                          </Badge>
                        ) : null}
                      </Group>
                    </div>
                    {controls && !item.endedAt ? (
                      <Button
                        size="compact-sm"
                        variant={running ? 'filled' : 'light'}
                        color={running ? 'dark' : undefined}
                        aria-label={`${running ? t('meeting.clock.end') : t('meeting.clock.start')}: ${agendaItemLabel(t, item)}`}
                        loading={mutation.isPending && mutation.variables.item.id === item.id}
                        onClick={() => mutation.mutate({ item, event: running ? 'end' : 'start' })}
                      >
                        {running ? t('meeting.clock.end') : t('meeting.clock.start')}
                      </Button>
                    ) : null}
                  </Group>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </Section>
  );
}
