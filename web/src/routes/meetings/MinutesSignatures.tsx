import { Code, Stack, Text } from '@mantine/core';
import type { Meeting, MeetingMinutes } from '../../api/models.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { formatDateTime } from '../../lib/format.ts';

/** Who signed and when, the SHA-256 of the signed text (short), and the lock. */
export function MinutesSignatures({ meeting, minutes }: { meeting: Meeting; minutes: MeetingMinutes }) {
  const { t } = useTranslation();
  const line = (role: 'chair' | 'minuteTaker', name: string | null | undefined, at: string | null) => (
    <Text size="sm" data-testid={`signature-${role}`}>
      <Text span fw={500}>
        {t(`meeting.${role}`)}:
      </Text>{' '}
      {name ?? '—'} —{' '}
      {at ? t('meeting.minutes.signedAt', { at: formatDateTime(at) }) : t('meeting.minutes.notSigned')}
    </Text>
  );
  return (
    <Stack gap={4} data-testid="minutes-signatures">
      {line('chair', meeting.chair?.name, minutes.chairSignedAt)}
      {line('minuteTaker', meeting.minuteTaker?.name, minutes.minuteTakerSignedAt)}
      {minutes.textHash ? (
        <Text size="sm">
          {t('meeting.minutes.hash')}{' '}
          <Code title={minutes.textHash} data-testid="minutes-hash">
            {minutes.textHash.slice(0, 12)}…
          </Code>
        </Text>
      ) : null}
      {minutes.lockedAt ? (
        <Text size="sm" c="green.9" fw={500} data-testid="minutes-locked">
          {t('meeting.minutes.lockedLine', {
            number: minutes.number ?? '—',
            at: formatDateTime(minutes.lockedAt),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
