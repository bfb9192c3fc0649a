import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { refused, waiting } from '#domain/meetings/outbox.ts';
import type { Meeting } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ConsoleEntry, ConsoleOutbox } from './offline-outbox.ts';

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/**
 * Where the console's changes stand: "offline — n changes waiting", then "saved" once they all arrived
 * (announced to screen readers); a change the server refused is listed with its reason until it is
 * discarded or sent again.
 */
export function OfflineStatus({ meeting, outbox }: { meeting: Meeting; outbox: ConsoleOutbox }) {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const count = waiting(outbox.entries).length;
  const failed = refused(outbox.entries);
  const previous = useRef(count);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (count > 0) setSaved(false);
    else if (previous.current > 0) setSaved(true);
    previous.current = count;
  }, [count]);

  return (
    <Stack gap="xs" data-testid="offline-status">
      <Group gap="xs" wrap="wrap">
        <Text
          size="sm"
          fw={count > 0 ? 600 : 400}
          c={count > 0 ? 'orange.9' : 'green.9'}
          role="status"
          aria-live="polite"
          data-testid="offline-state"
        >
          {count > 0
            ? t('meeting.offline.offlineWaiting', { count })
            : saved
              ? t('meeting.offline.saved')
              : ''}
        </Text>
        {count > 0 && online ? (
          <Button size="compact-xs" variant="light" onClick={() => void outbox.flush()}>
            {t('meeting.offline.sendNow')}
          </Button>
        ) : null}
      </Group>
      {failed.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('meeting.offline.refusedTitle', { count: failed.length })}
          data-testid="offline-refused"
        >
          <Stack gap={6}>
            <Text size="sm">{t('meeting.offline.refusedHint')}</Text>
            {failed.map((entry) => (
              <Group key={entry.seq} gap="xs" justify="space-between" wrap="wrap">
                <Text size="sm">
                  <strong>{describe(t, meeting, entry)}</strong> — {entry.failure?.message}
                </Text>
                <Group gap={4}>
                  <Button size="compact-xs" variant="light" onClick={() => outbox.retry(entry.seq)}>
                    {t('meeting.offline.retry')}
                  </Button>
                  <Button
                    size="compact-xs"
                    color="red"
                    variant="light"
                    onClick={() => outbox.discard(entry.seq)}
                  >
                    {t('meeting.offline.discard')}
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}

function describe(
  t: (key: string, values?: Record<string, unknown>) => string,
  meeting: Meeting,
  entry: ConsoleEntry,
) {
  const { op } = entry;
  const person = (id: string | null | undefined) =>
    meeting.attendance.find((a) => a.personId === (id ?? meeting.me.personId))?.name ?? '…';
  switch (op.kind) {
    case 'attendance':
      return t('meeting.offline.op.attendance', { name: person(op.personId) });
    case 'speech':
      return t('meeting.offline.op.speech', {
        name: op.guestId
          ? (meeting.guests.find((g) => g.id === op.guestId)?.fullName ??
            meeting.delegates.find((d) => d.id === op.guestId)?.fullName ??
            '…')
          : person(op.personId),
      });
    case 'speechUpdate':
      return t('meeting.offline.op.speechUpdate', {
        name: meeting.speeches.find((s) => s.id === op.speechId)?.speaker ?? '…',
      });
    case 'task':
      return t('meeting.offline.op.task', { title: op.title });
    case 'conclusion':
      return t('meeting.offline.op.conclusion');
  }
}
